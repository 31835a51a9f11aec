import { inflateSync } from 'node:zlib';
import pako from 'pako';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/index.js';
import { renderPdf } from '../src/render/pdf.js';
import { northLocality } from './fixtures/north-locality.js';

/** Every compressed stream of a pdfkit PDF: the bytes between `stream\n` and `\nendstream` of a FlateDecode object. */
function flateStreams(pdf: Buffer): Buffer[] {
    const streams: Buffer[] = [];
    const text = pdf.toString('latin1');
    const object = /\/Length (\d+)[^]*?>>\nstream\n/g;
    for (let match = object.exec(text); match; match = object.exec(text)) {
        const dictionary = text.slice(text.lastIndexOf(' obj', match.index), match.index + match[0].length);
        const start = match.index + match[0].length;
        if (dictionary.includes('/FlateDecode')) streams.push(pdf.subarray(start, start + Number(match[1])));
        object.lastIndex = start + Number(match[1]);
    }
    return streams;
}

describe('PDF compression', () => {
    // The web edition's PDF equals the CLI's only if both compress with the same algorithm: Node's zlib
    // (Chromium's fork) and a browser's differ from zlib's reference output, pako's does not vary.
    it('compresses every stream with pako, whatever zlib Node brings', async () => {
        const input = await northLocality();
        const pdf = Buffer.from(await renderPdf(buildReport({ ...input, date: '2026-11-23', sourceFile: 'north-locality.autonomy' })));
        const streams = flateStreams(pdf);
        expect(streams.length).toBeGreaterThan(5);
        for (const stream of streams) {
            const plain = inflateSync(stream);
            expect(Buffer.from(pako.deflate(plain)).equals(stream)).toBe(true);
        }
    });
});
