// POSIX paths, enough for the project root (documents live under file:///).
export const sep = '/';

function normalise(parts: string[]): string {
    const out: string[] = [];
    for (const part of parts) {
        if (part === '' || part === '.') continue;
        if (part === '..') out.pop();
        else out.push(part);
    }
    return '/' + out.join('/');
}

export function resolve(...paths: string[]): string {
    const from = paths.reduce((acc, p) => (p.startsWith('/') ? p : `${acc}/${p}`), '/');
    return normalise(from.split('/'));
}

export function join(...paths: string[]): string {
    return normalise(paths.join('/').split('/'));
}

export function dirname(path: string): string {
    const cut = path.replace(/\/+$/, '').lastIndexOf('/');
    return cut <= 0 ? '/' : path.slice(0, cut);
}

export function basename(path: string): string {
    return path.replace(/\/+$/, '').split('/').pop() ?? '';
}
