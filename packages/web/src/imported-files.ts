// Which stored files a model imports, directly or through another import, for the share link.

/** `import "path"` (or 'path') at the start of a line, as the grammar has it; paths are relative to the importing file. */
const IMPORT = /^\s*import\s+(?:"([^"\n]+)"|'([^'\n]+)')/gm;

function resolve(from: string, path: string): string {
    const parts = from.split('/').slice(0, -1);
    for (const part of path.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.' && part !== '') parts.push(part);
    }
    return parts.join('/');
}

/** The files `name` imports, transitively, that `read` knows (by store name, relative paths resolved), without `name` itself. */
export function importedFiles(name: string, read: (name: string) => string | undefined): Record<string, string> {
    const found: Record<string, string> = {};
    const pending = [name];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        for (const match of (read(next) ?? '').matchAll(IMPORT)) {
            const target = resolve(next, match[1] ?? match[2]);
            const text = read(target);
            if (target === name || text === undefined || found[target] !== undefined) continue;
            found[target] = text;
            pending.push(target);
        }
    }
    return found;
}
