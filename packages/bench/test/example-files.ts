/** The example models on disk, for the tests that replay or mutate them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Every `.autonomy` file under a folder, its subfolders included. */
export function modelFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? modelFiles(path) : name.endsWith('.autonomy') ? [path] : [];
    });
}

/** The file and, transitively, the files it imports (those that exist). */
export function withImports(path: string, seen = new Set<string>()): string[] {
    if (seen.has(path)) {
        return [];
    }
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    const imported = [...text.matchAll(/^\s*import\s+"([^"]+)"/gm)].map(m => resolve(dirname(path), m[1]));
    return [path, ...imported.flatMap(p => (statSync(p, { throwIfNoEntry: false })?.isFile() ? withImports(p, seen) : []))];
}
