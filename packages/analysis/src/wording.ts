/** Plain-English lists for messages: "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
    if (names.length <= 1) {
        return names[0] ?? 'nobody';
    }
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "A + B + C", the way the language writes a coalition. */
export function coalitionNames(names: string[]): string {
    return names.join(' + ');
}
