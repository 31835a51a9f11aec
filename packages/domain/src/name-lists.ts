/**
 * Lists in plain British English for every message and report: "A", "A and B",
 * "A, B and C" (no serial comma), and "A, B or C" for alternatives.
 */
const AND = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });

/** "A, B and C"; an empty list is empty. */
export function joinNames(names: readonly string[]): string {
    return AND.format(names);
}

/** As joinNames, but an empty list reads "nobody". */
export function listNames(names: readonly string[]): string {
    return names.length === 0 ? 'nobody' : joinNames(names);
}

/** "A, B or C"; an empty list is empty. */
export function anyOfNames(names: readonly string[]): string {
    return OR.format(names);
}
