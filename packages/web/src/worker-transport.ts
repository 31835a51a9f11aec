import type { Transport } from '@codemirror/lsp-client';

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';

/** The client's transport to the worker, and a way to show a file's last diagnostics again. */
export interface WorkerTransport extends Transport {
    /**
     * Hands the client the server's latest diagnostics for `uri` once more. Every stored file stays open in
     * the server (src/store-workspace.ts), so a file's diagnostics usually arrive while no editor shows it,
     * and the client drops them; the editor that opens it later asks for them here.
     */
    replayDiagnostics(uri: string): void;
}

function isDiagnostics(message: unknown): message is { method: string; params: { uri: string } } {
    if (typeof message !== 'object' || message === null || !('method' in message) || message.method !== PUBLISH_DIAGNOSTICS) return false;
    return 'params' in message && typeof message.params === 'object' && message.params !== null && 'uri' in message.params && typeof message.params.uri === 'string';
}

/** The LSP client's transport to the language server's worker: JSON text on the client side, objects over postMessage. */
export function workerTransport(worker: Worker): WorkerTransport {
    const handlers = new Set<(message: string) => void>();
    const latestDiagnostics = new Map<string, string>();
    const deliver = (text: string) => {
        for (const handler of handlers) handler(text);
    };
    worker.onmessage = (event: MessageEvent) => {
        const text = JSON.stringify(event.data);
        if (isDiagnostics(event.data)) latestDiagnostics.set(event.data.params.uri, text);
        deliver(text);
    };
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe: handler => handlers.add(handler),
        unsubscribe: handler => handlers.delete(handler),
        replayDiagnostics: uri => {
            const text = latestDiagnostics.get(uri);
            if (text !== undefined) deliver(text);
        }
    };
}
