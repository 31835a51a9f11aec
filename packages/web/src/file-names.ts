// What a file in the web edition may be called, and the URI the language server knows it by.

export const EXTENSION = '.autonomy';

/** The URI the language server knows a file by: its name is a path under the root, so imports between files resolve. */
export function fileUri(name: string): string {
    return `file:///${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** The name a user typed, made a file name (`.autonomy` added), or a sentence saying what to change. */
export function fileName(typed: string): { name: string } | { error: string } {
    const trimmed = typed.trim().replace(/^\/+/, '');
    const name = trimmed.endsWith(EXTENSION) ? trimmed : `${trimmed}${EXTENSION}`;
    const parts = name.split('/');
    if (trimmed === '' || parts.some(part => part === '' || part === '.' || part === '..' || part === EXTENSION)) {
        return { error: `'${typed}' is not a file name: give a name such as 'scenario.autonomy' or 'register/practices.autonomy' (folders separated by /, no empty, '.' or '..' parts).` };
    }
    if (name.includes('\\') || [...name].some(c => c.charCodeAt(0) < 32)) {
        return { error: `'${typed}' has a backslash or a control character; use letters, digits, '-', '_' and '/' between folders.` };
    }
    return { name };
}
