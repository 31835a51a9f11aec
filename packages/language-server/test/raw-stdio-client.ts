import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server as other editors start it: the package's bin on stdio. */
export const SERVER_BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'autonomy-language-server.js');

export interface JsonRpcReply {
    id?: number | string | null;
    method?: string;
    result?: unknown;
    error?: { code: number; message: string };
}

/**
 * Talks to the server byte by byte, so a test can send what no well-behaved
 * client library would: broken headers, bodies that are not JSON, wrong params.
 */
export class RawStdioClient {
    readonly child: ChildProcessWithoutNullStreams;
    readonly received: JsonRpcReply[] = [];
    stderr = '';
    private buffer = Buffer.alloc(0);

    constructor() {
        this.child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
        this.child.stderr.on('data', (chunk: Buffer) => {
            this.stderr += chunk.toString();
        });
    }

    get alive(): boolean {
        return this.child.exitCode === null && this.child.signalCode === null;
    }

    /** Sends raw bytes. */
    write(raw: string): void {
        this.child.stdin.write(raw);
    }

    /** Sends one message, framed correctly. */
    send(message: object | string): void {
        this.write(frame(typeof message === 'string' ? message : JSON.stringify(message)));
    }

    async initialize(id = 1): Promise<void> {
        this.send({ jsonrpc: '2.0', id, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        await this.reply(id);
        this.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
        this.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: OPEN_DOCUMENT, languageId: 'autonomy', version: 1, text: 'practice Hillside { list size 9000 }\n' } } });
    }

    /** The reply to request `id` (null: a reply to a message whose id could not be read). */
    async reply(id: number | string | null, timeoutMs = 20_000): Promise<JsonRpcReply> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const found = this.received.find(m => m.id === id && m.method === undefined);
            if (found) {
                return found;
            }
            if (Date.now() > deadline || !this.alive) {
                throw new Error(`no reply to id ${String(id)} within ${timeoutMs} ms (server ${this.alive ? 'alive' : 'exited'}); stderr: ${this.stderr.slice(0, 2000)}`);
            }
            await new Promise(resolve => setTimeout(resolve, 20));
        }
    }

    async stop(): Promise<void> {
        if (!this.alive) {
            return;
        }
        this.child.kill();
        await new Promise(resolve => this.child.once('exit', resolve));
    }

    private read(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const end = this.buffer.indexOf('\r\n\r\n');
            if (end < 0) {
                return;
            }
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.toString('latin1', 0, end))?.[1]);
            if (this.buffer.length < end + 4 + length) {
                return;
            }
            this.received.push(JSON.parse(this.buffer.toString('utf8', end + 4, end + 4 + length)) as JsonRpcReply);
            this.buffer = this.buffer.subarray(end + 4 + length);
        }
    }
}

/** A document `initialize` opens, so requests about it get real answers. */
export const OPEN_DOCUMENT = 'file:///tmp/open.autonomy';

/** A request that succeeds on OPEN_DOCUMENT once the server works. */
export function symbolsRequest(id: number): object {
    return { jsonrpc: '2.0', id, method: 'textDocument/documentSymbol', params: { textDocument: { uri: OPEN_DOCUMENT } } };
}

export function frame(body: string): string {
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}
