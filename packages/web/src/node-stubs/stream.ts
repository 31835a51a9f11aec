// pdfkit's document is a Node Readable the PDF bytes are pushed into; pdfmake collects them on
// 'readable' and 'end'. This is that much of a Readable, over the `events` package.
import { Buffer } from 'buffer';
import { EventEmitter } from 'events';

export class Readable extends EventEmitter {
    private chunks: Buffer[] = [];

    push(chunk: Buffer | null): boolean {
        if (chunk === null) {
            // As in Node, the end is announced after the caller's turn, once everything is buffered.
            queueMicrotask(() => {
                this.emit('readable');
                this.emit('end');
            });
        } else {
            this.chunks.push(chunk);
        }
        return true;
    }

    read(): Buffer | null {
        if (this.chunks.length === 0) return null;
        const all = Buffer.concat(this.chunks);
        this.chunks = [];
        return all;
    }
}

export const Stream = Readable;

export default { Readable, Stream };
