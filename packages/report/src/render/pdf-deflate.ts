import zlib from 'node:zlib';
import pako from 'pako';

/**
 * The deflate every PDF stream is compressed with: pako, a plain JavaScript
 * port of zlib, so the same report gives the same bytes from the CLI, the
 * language server and the web edition (a browser has no Node zlib). Node's
 * own zlib is Chromium's fork, whose output differs from zlib's and from
 * every browser's, and can change with the Node version and the processor's
 * instruction set: a pinned PDF could not stay byte-identical across machines.
 */
export function stableDeflate(data: Uint8Array): Buffer {
    const bytes = pako.deflate(data);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * pdfkit compresses through `zlib.deflateSync` with no options and offers no
 * hook, so the report points that function at the stable deflate. Any other
 * caller in the process still gets a valid zlib stream (the format is the
 * same; only the choice of matches differs), so the swap is safe to leave in place.
 */
export function useStableDeflate(): void {
    if (zlib.deflateSync !== stableDeflateSync) Object.assign(zlib, { deflateSync: stableDeflateSync });
}

function stableDeflateSync(data: Uint8Array): Buffer {
    return stableDeflate(data);
}
