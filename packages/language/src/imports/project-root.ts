import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';

/**
 * The folders whose files may be read: nothing outside them is loaded, however
 * an import or a link points there. The command line sets them (the working
 * directory or --root); the language server takes the workspace folders, or,
 * when the editor opened no folder, the folder of each opened file. Until one
 * of those is set (a library caller, a test) every file may be read.
 */
export class ProjectRoot {
    private folders: string[] | undefined;
    private perFile = false;

    /** The command line's root (and any folder it adds): real paths, links resolved. */
    setFolders(folders: string[]): void {
        this.folders = folders.map(realPath);
        this.perFile = false;
    }

    /** The language server's workspace folders; none means each opened file's own folder is its root. */
    setWorkspaceFolders(folderUris: string[]): void {
        const folders = folderUris.map(uri => URI.parse(uri)).filter(uri => uri.scheme === 'file').map(uri => uri.fsPath);
        this.setFolders(folders);
        this.perFile = folders.length === 0;
    }

    /** The root folders that apply to a file read on behalf of `from`, or undefined when nothing restricts reading. */
    foldersFor(from: URI): string[] | undefined {
        if (this.perFile) {
            return [realPath(path.dirname(from.fsPath))];
        }
        return this.folders;
    }

    /** Whether `target`, after following every link, lies inside the roots that apply to `from`. */
    allows(target: URI, from: URI): boolean {
        const folders = this.foldersFor(from);
        if (folders === undefined || target.scheme !== 'file') {
            return true;
        }
        return isInside(realPath(target.fsPath), folders);
    }

    /** The roots for `from`, as a person reads them in a message. */
    describe(from: URI): string {
        const folders = this.foldersFor(from) ?? [];
        return folders.length === 1 ? folders[0] : folders.join(', ');
    }
}

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
