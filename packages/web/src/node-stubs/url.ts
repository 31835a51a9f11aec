// Only file: URLs name files; a browser bundle's own URL is http(s), so there is no file to name.
export function fileURLToPath(url: string | URL): string {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') throw new TypeError(`not a file URL: ${parsed.href}`);
    return decodeURIComponent(parsed.pathname);
}
