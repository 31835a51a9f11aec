// pdfkit compresses through zlib.deflateSync; packages/report's renderer points it at its own
// JavaScript deflate (render/pdf-deflate.ts) before rendering, here as under Node.
const zlib = {
    deflateSync(_data: Uint8Array): Uint8Array {
        throw new Error('zlib.deflateSync is set by the report renderer (useStableDeflate) before any PDF is drawn');
    }
};

export default zlib;

/** For CommonJS callers (pdfkit's own build), which see this module's exports rather than its default. */
export function deflateSync(data: Uint8Array): Uint8Array {
    return zlib.deflateSync(data);
}
