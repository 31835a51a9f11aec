import {
    type DataCallback, type Disposable, ErrorCodes, type Event, type Message, type MessageReader, type MessageWriter,
    type PartialMessageInfo, type ResponseMessage
} from 'vscode-languageserver/node';
import { paramsProblem } from './param-checks.js';

type Phase = 'new' | 'running' | 'shut down';

/**
 * Stands between the transport and the JSON-RPC connection and answers the
 * messages the handlers must never see, with the errors the LSP specification
 * names: requests before `initialize` get -32002, requests after `shutdown`
 * -32600, requests with malformed params -32602 (notifications of those kinds
 * are dropped, as the spec says, with a line in the client's log). Everything
 * else passes through unchanged, in order.
 */
export class MessageGuard implements MessageReader {
    private phase: Phase = 'new';

    constructor(private readonly inner: MessageReader, private readonly writer: MessageWriter, private readonly log: (line: string) => void) {}

    get onError(): Event<Error> {
        return this.inner.onError;
    }

    get onClose(): Event<void> {
        return this.inner.onClose;
    }

    get onPartialMessage(): Event<PartialMessageInfo> {
        return this.inner.onPartialMessage;
    }

    listen(callback: DataCallback): Disposable {
        return this.inner.listen(message => this.admit(message, callback));
    }

    dispose(): void {
        this.inner.dispose();
    }

    /** Answers a message the reader could not read (bad JSON, bad framing); its id is unknown. */
    replyUnreadable(code: number, message: string): void {
        this.log(message);
        this.reply(null, code, message);
    }

    private admit(message: Message, callback: DataCallback): void {
        const raw = message as unknown as Record<string, unknown>;
        const method = raw['method'];
        const id = raw['id'];
        const isRequest = 'id' in raw && method !== undefined;
        if (method === undefined) {
            if ('result' in raw || 'error' in raw) {
                callback(message); // a response to a request the server sent
            } else {
                this.refuse(id, ErrorCodes.InvalidRequest, 'Invalid Request: a message needs a method (or, for a response, a result or an error).');
            }
            return;
        }
        if (typeof method !== 'string' || (isRequest && typeof id !== 'string' && typeof id !== 'number')) {
            this.refuse(isRequest ? id : undefined, ErrorCodes.InvalidRequest, 'Invalid Request: the method must be a string and the id a number or a string.');
            return;
        }
        const refusal = this.lifecycleRefusal(method) ?? this.paramsRefusal(method, raw['params']);
        if (refusal) {
            if (isRequest) {
                this.refuse(id, refusal.code, refusal.message);
            } else {
                this.log(`ignored the ${method} notification: ${refusal.message}`);
            }
            return;
        }
        if (method === 'initialize') {
            this.phase = 'running';
        } else if (method === 'shutdown') {
            this.phase = 'shut down';
        }
        callback(message);
    }

    private lifecycleRefusal(method: string): { code: number; message: string } | undefined {
        if (method === 'exit' || method.startsWith('$/')) {
            return undefined;
        }
        if (this.phase === 'new' && method !== 'initialize') {
            return { code: -32002, message: `Server not initialized: send initialize before ${method}.` };
        }
        if (this.phase === 'running' && method === 'initialize') {
            return { code: ErrorCodes.InvalidRequest, message: 'Invalid Request: the server is already initialized; initialize may be sent only once.' };
        }
        if (this.phase === 'shut down') {
            return { code: ErrorCodes.InvalidRequest, message: `Invalid Request: the server is shutting down; after shutdown only exit is accepted, not ${method}.` };
        }
        return undefined;
    }

    private paramsRefusal(method: string, params: unknown): { code: number; message: string } | undefined {
        if (params !== undefined && params !== null && typeof params !== 'object') {
            return { code: ErrorCodes.InvalidParams, message: `Invalid params for ${method}: params must be an object or an array.` };
        }
        const problem = paramsProblem(method, params);
        return problem ? { code: ErrorCodes.InvalidParams, message: `Invalid params for ${method}: ${problem}.` } : undefined;
    }

    private refuse(id: unknown, code: number, message: string): void {
        if (id === undefined) {
            this.log(message);
            return;
        }
        this.reply(typeof id === 'string' || typeof id === 'number' ? id : null, code, message);
    }

    private reply(id: string | number | null, code: number, message: string): void {
        const response: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
        this.writer.write(response).catch((error: unknown) => this.log(`could not answer a malformed message: ${String(error)}`));
    }
}
