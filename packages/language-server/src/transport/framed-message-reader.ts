import type { Readable } from 'node:stream';
import { AbstractMessageReader, type DataCallback, Disposable, type Message } from 'vscode-languageserver/node';

/** What the reader could not deliver: the JSON-RPC error to answer with (id null), and why. */
export interface UnreadableMessage {
    code: number;
    message: string;
}

const HEADER_END = '\r\n\r\n';
// A raw CR LF cannot occur inside a JSON string, and a header line is not JSON
// whitespace, so this inside a body means the next message began: the body's
// Content-Length was wrong.
const HEADER_LINE = /content-length:[ \t]*\d+[ \t]*\r\n/i;
const HEADER_START = /content-length:/i;
/** Bytes of header without its blank line before we give up on it as noise. */
const MAX_HEADER_BYTES = 8 * 1024;

/**
 * Reads LSP's `Content-Length:` framed JSON-RPC from a stream, and keeps
 * reading after bad input instead of stalling: a header without a usable
 * Content-Length, or a length that runs into the next header, is skipped up to
 * the next header; a body that is not JSON, or not a message object, is
 * reported through `unreadable` (the server answers it with -32700 or -32600)
 * and the stream goes on. vscode-jsonrpc's reader stops making progress after a
 * bad Content-Length, which leaves the client waiting forever.
 */
export class FramedMessageReader extends AbstractMessageReader {
    private buffer: Buffer = Buffer.alloc(0);
    /** How far into the current body the header search has looked (bodies can be large). */
    private scanned = 0;

    constructor(private readonly input: Readable, private readonly unreadable: (problem: UnreadableMessage) => void) {
        super();
    }

    listen(callback: DataCallback): Disposable {
        const onData = (chunk: Buffer): void => {
            this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
            this.drain(callback);
        };
        const onError = (error: Error): void => this.fireError(error);
        const onClose = (): void => this.fireClose();
        this.input.on('data', onData);
        this.input.on('error', onError);
        this.input.on('close', onClose);
        return Disposable.create(() => {
            this.input.off('data', onData);
            this.input.off('error', onError);
            this.input.off('close', onClose);
        });
    }

    private drain(callback: DataCallback): void {
        for (;;) {
            const headerEnd = this.buffer.indexOf(HEADER_END);
            if (headerEnd < 0) {
                if (this.buffer.length > MAX_HEADER_BYTES) {
                    this.skipToNextHeader(1, 'bytes with no message header');
                    continue;
                }
                return;
            }
            const length = contentLength(this.buffer.toString('latin1', 0, headerEnd));
            if (length === undefined) {
                this.skipToNextHeader(1, 'a message header without a usable Content-Length');
                continue;
            }
            const bodyStart = headerEnd + HEADER_END.length;
            const available = Math.min(this.buffer.length - bodyStart, length);
            const nextHeader = this.findHeader(bodyStart, available);
            if (nextHeader < 0 && available < length) {
                return; // the rest of the body is still on its way
            }
            const bodyEnd = nextHeader >= 0 ? bodyStart + nextHeader : bodyStart + length;
            const body = this.buffer.subarray(bodyStart, bodyEnd);
            this.buffer = this.buffer.subarray(bodyEnd);
            this.scanned = 0;
            this.deliver(body, callback, nextHeader >= 0);
        }
    }

    /** Offset of a header line inside the first `available` body bytes, or -1. */
    private findHeader(bodyStart: number, available: number): number {
        // Look again a little before where the last search stopped: a header may straddle two chunks.
        const from = Math.max(0, this.scanned - 64);
        const text = this.buffer.toString('latin1', bodyStart + from, bodyStart + available);
        this.scanned = available;
        const match = HEADER_LINE.exec(text);
        return match ? from + match.index : -1;
    }

    private skipToNextHeader(from: number, what: string): void {
        const text = this.buffer.toString('latin1', from);
        const match = HEADER_START.exec(text);
        const skipped = match ? from + match.index : this.buffer.length;
        this.buffer = this.buffer.subarray(skipped);
        this.scanned = 0;
        this.unreadable({ code: -32700, message: `Parse error: skipped ${skipped} bytes of ${what}; reading on from the next Content-Length header.` });
    }

    private deliver(body: Buffer, callback: DataCallback, cutShort: boolean): void {
        let message: unknown;
        try {
            message = JSON.parse(body.toString('utf8'));
        } catch (error) {
            const why = cutShort ? 'its Content-Length runs into the next message' : (error instanceof Error ? error.message : String(error));
            this.unreadable({ code: -32700, message: `Parse error: a message body of ${body.length} bytes is not JSON (${why}).` });
            return;
        }
        if (typeof message !== 'object' || message === null || Array.isArray(message)) {
            this.unreadable({ code: -32600, message: 'Invalid Request: a message must be one JSON object (batches are not part of LSP).' });
            return;
        }
        callback(message as Message);
    }
}

/** The Content-Length of a header block, or undefined when it has none or an unusable one. */
function contentLength(header: string): number | undefined {
    let length: number | undefined;
    for (const line of header.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) {
            return undefined;
        }
        if (line.slice(0, colon).trim().toLowerCase() === 'content-length') {
            const value = line.slice(colon + 1).trim();
            length = /^\d{1,10}$/.test(value) ? Number(value) : undefined;
            if (length === undefined) {
                return undefined;
            }
        }
    }
    return length;
}
