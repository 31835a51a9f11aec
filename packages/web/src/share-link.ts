// A share link carries the model itself, compressed into the URL fragment: the fragment never reaches a server.

/** `m=`: one model's text. `f=`: a model and the files it imports, as JSON `{ name, files }`. */
const PREFIX = 'm=';
const FILES_PREFIX = 'f=';

/** What a share link carries: the model, and when it imports others, its name and every file by name. */
export type SharedModel = { model: string; name?: string; files?: Record<string, string> };

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

/** The fragment (without '#') that carries `model`, and with `context` the files it imports (its name is a key of `files`). */
export async function encodeShareFragment(model: string, context?: { name: string; files: Record<string, string> }): Promise<string> {
    const compress = async (text: string) => toBase64Url(await streamBytes(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
    if (!context) return PREFIX + await compress(model);
    return FILES_PREFIX + await compress(JSON.stringify({ name: context.name, files: { ...context.files, [context.name]: model } }));
}

/**
 * The model a fragment carries; undefined when the fragment is not a share link;
 * an error sentence when it is one but was cut short or altered on the way.
 */
export async function decodeShareFragment(fragment: string): Promise<SharedModel | { error: string } | undefined> {
    const body = fragment.replace(/^#/, '');
    const prefix = [PREFIX, FILES_PREFIX].find(p => body.startsWith(p));
    if (!prefix) return undefined;
    try {
        const bytes = await streamBytes(fromBase64Url(body.slice(prefix.length)), new DecompressionStream('deflate-raw'));
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return prefix === PREFIX ? { model: text } : sharedFiles(JSON.parse(text));
    } catch {
        return { error: DAMAGED };
    }
}

const DAMAGED = 'This share link is damaged (cut short or altered), so its model could not be opened. Ask for the link again, copied whole.';

function sharedFiles(value: unknown): SharedModel | { error: string } {
    if (typeof value !== 'object' || value === null || !('name' in value) || !('files' in value)) return { error: DAMAGED };
    const { name, files } = value;
    if (typeof name !== 'string' || typeof files !== 'object' || files === null) return { error: DAMAGED };
    const texts = Object.entries(files);
    if (!texts.every((entry): entry is [string, string] => typeof entry[1] === 'string')) return { error: DAMAGED };
    const model = (files as Record<string, string>)[name];
    return model === undefined ? { error: DAMAGED } : { model, name, files: Object.fromEntries(texts) };
}
