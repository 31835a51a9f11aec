import type { Transport } from '@codemirror/lsp-client';

/** The LSP client's transport to the language server's worker: JSON text on the client side, objects over postMessage. */
export function workerTransport(worker: Worker): Transport {
    const handlers = new Set<(message: string) => void>();
    worker.onmessage = (event: MessageEvent) => {
        const text = JSON.stringify(event.data);
        for (const handler of handlers) handler(text);
    };
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe: handler => handlers.add(handler),
        unsubscribe: handler => handlers.delete(handler)
    };
}
