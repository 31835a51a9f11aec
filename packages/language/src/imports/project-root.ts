import * as path from 'node:path';
import { URI } from 'langium';
import { isInside, realPath } from './real-path.js';

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
