// No disk in the browser: nothing exists and every read fails as a missing file does, except the files a
// bundle mounts (the PDF renderer's fonts, which pdfkit opens by path when it draws a chart's text).

/** Read-only files by path. */
export interface MountedFiles {
    existsSync(path: string): boolean;
    readFileSync(path: string): Uint8Array;
}

let mounted: MountedFiles | undefined;

export function mount(files: MountedFiles): void {
    mounted = files;
}

function missing(path: unknown): never {
    throw Object.assign(new Error(`ENOENT: no file system in the web edition: ${String(path)}`), { code: 'ENOENT' });
}

export function existsSync(path: unknown): boolean {
    return typeof path === 'string' && mounted?.existsSync(path) === true;
}

export function readFileSync(path: unknown): Uint8Array {
    return typeof path === 'string' && mounted?.existsSync(path) ? mounted.readFileSync(path) : missing(path);
}

export const realpathSync = Object.assign((path: unknown): never => missing(path), { native: (path: unknown): never => missing(path) });

// pdfkit imports the module whole.
export default { existsSync, readFileSync, realpathSync };
