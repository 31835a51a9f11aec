import * as path from 'node:path';
import { isInside, realPath } from '@autonomy/language/real-path';
import { isFolder } from './root-option.js';

/**
 * The folders this run may read: the project root, and the folder of each file
 * or folder named on the command line that lies outside it (you named it, so
 * you mean it to be read, and the files beside it that it imports). Where a
 * named path sits is taken from its folder, not from where a link leads: a link
 * inside the project that points out of it adds nothing.
 */
export function runRoots(root: string, named: string[]): string[] {
    const roots = [realPath(root)];
    for (const file of named) {
        const location = path.join(realPath(path.dirname(file)), path.basename(file));
        if (isInside(location, roots)) {
            continue;
        }
        roots.push(isFolder(file) ? realPath(file) : realPath(path.dirname(file)));
    }
    return roots;
}
