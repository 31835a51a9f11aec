/**
 * Lists in plain British English for every message and report: "A", "A and B",
 * "A, B and C" (no serial comma), and "A, B or C" for alternatives: what
 * Intl.ListFormat gives for en-GB (a test holds them equal), joined here
 * because ICU's formatter cost a full build of the 50,000-line workspace about
 * 24 ms of the main thread's analysis, for every message that names practices.
 */
function joined(names: readonly string[], word: 'and' | 'or'): string {
    if (names.length <= 1) {
        return names.length === 1 ? names[0] : '';
    }
    return `${names.slice(0, -1).join(', ')} ${word} ${names[names.length - 1]}`;
}

/** "A, B and C"; an empty list is empty. */
export function joinNames(names: readonly string[]): string {
    return joined(names, 'and');
}

/** As joinNames, but an empty list reads "nobody". */
export function listNames(names: readonly string[]): string {
    return names.length === 0 ? 'nobody' : joinNames(names);
}

/** "A, B or C"; an empty list is empty. */
export function anyOfNames(names: readonly string[]): string {
    return joined(names, 'or');
}
