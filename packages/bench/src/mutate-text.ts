/**
 * Token-level mutations of model text for fuzzing: delete, duplicate and
 * swap tokens, insert random bytes, truncate. A mutation is plain data, so
 * fast-check can generate it, shrink it and print it when a property fails.
 */

export type Mutation =
    | { kind: 'delete-token'; at: number }
    | { kind: 'duplicate-token'; at: number }
    | { kind: 'swap-tokens'; at: number }
    | { kind: 'insert-bytes'; at: number; bytes: string }
    | { kind: 'truncate'; at: number };

/** Positions are fractions in [0, 1) of the tokens (or characters), so one mutation fits any text. Names as the grammar reads them (hyphens inside only). */
const TOKEN = /\s+|"(?:\\.|[^"\\])*"?|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[£€$¥]?-?\d[\d,]*(?:\.\d+)?%?|[A-Za-z_](?:\w|-(?=\w))*|->|./gs;

export function tokens(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

export function mutate(text: string, mutation: Mutation): string {
    if (mutation.kind === 'truncate') {
        return text.slice(0, Math.floor(mutation.at * text.length));
    }
    if (mutation.kind === 'insert-bytes') {
        const at = Math.floor(mutation.at * (text.length + 1));
        return text.slice(0, at) + mutation.bytes + text.slice(at);
    }
    const parts = tokens(text);
    // Mutate only non-blank tokens: changing whitespace alone is rarely interesting.
    const solid = parts.flatMap((t, i) => (/^\s+$/.test(t) ? [] : [i]));
    if (solid.length === 0) {
        return text;
    }
    const which = solid[Math.floor(mutation.at * solid.length)];
    switch (mutation.kind) {
        case 'delete-token':
            parts.splice(which, 1);
            break;
        case 'duplicate-token':
            parts.splice(which, 0, parts[which], ' ');
            break;
        case 'swap-tokens': {
            const next = solid[solid.indexOf(which) + 1];
            if (next !== undefined) {
                [parts[which], parts[next]] = [parts[next], parts[which]];
            }
            break;
        }
    }
    return parts.join('');
}

export function applyAll(text: string, mutations: readonly Mutation[]): string {
    return mutations.reduce(mutate, text);
}
