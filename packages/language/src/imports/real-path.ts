import { realpathSync } from 'node:fs';
import * as path from 'node:path';

// Deliberately free of Langium: the command line's start-up and output code use these without loading the language.

/** True when `file` (a real path) is one of `folders` or beneath one. */
export function isInside(file: string, folders: string[]): boolean {
    return folders.some(folder => file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep));
}

/**
 * The path with every link resolved. For a path that does not exist (yet) the
 * nearest existing folder above it is resolved and the rest kept as written, so
 * a missing file behind a linked folder is still placed where the link leads.
 */
export function realPath(file: string): string {
    const absolute = path.resolve(file);
    try {
        return realpathSync.native(absolute);
    } catch {
        const parent = path.dirname(absolute);
        return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
    }
}
