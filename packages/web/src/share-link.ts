// A share link carries the model itself, compressed into the URL fragment: the fragment never reaches a server.

const PREFIX = 'm=';

async function streamBytes(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
    const stream = new Blob([bytes]).stream().pipeThrough(transform);
    return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, c => c.charCodeAt(0));
}

/** The fragment (without '#') that carries `model`. */
export async function encodeShareFragment(model: string): Promise<string> {
    return PREFIX + toBase64Url(await streamBytes(new TextEncoder().encode(model), new CompressionStream('deflate-raw')));
}

/**
 * The model a fragment carries; undefined when the fragment is not a share link;
 * an error sentence when it is one but was cut short or altered on the way.
 */
export async function decodeShareFragment(fragment: string): Promise<{ model: string } | { error: string } | undefined> {
    const body = fragment.replace(/^#/, '');
    if (!body.startsWith(PREFIX)) return undefined;
    try {
        const bytes = await streamBytes(fromBase64Url(body.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
        return { model: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
        return { error: 'This share link is damaged (cut short or altered), so its model could not be opened. Ask for the link again, copied whole.' };
    }
}
