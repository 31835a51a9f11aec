const NAME_LIST = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** Plain-English lists for messages and reports: "A", "A and B", "A, B and C" (British: no serial comma). */
export function joinNames(names: readonly string[]): string {
    return NAME_LIST.format(names);
}

/** As joinNames, but an empty list reads "nobody". */
export function listNames(names: readonly string[]): string {
    return names.length === 0 ? 'nobody' : joinNames(names);
}

/** "A + B + C", the way the language writes a coalition. */
export function coalitionNames(names: string[]): string {
    return names.join(' + ');
}
