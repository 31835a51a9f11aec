// No disk in the browser: nothing exists, every read fails as a missing file does.
function missing(path: unknown): never {
    throw Object.assign(new Error(`ENOENT: no file system in the web edition: ${String(path)}`), { code: 'ENOENT' });
}

export function existsSync(): boolean {
    return false;
}

export function readFileSync(path: unknown): never {
    return missing(path);
}

export const realpathSync = Object.assign((path: unknown): never => missing(path), { native: (path: unknown): never => missing(path) });
