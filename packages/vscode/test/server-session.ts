import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter
} from 'vscode-jsonrpc/node';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles the extension into a fresh folder, exactly as the .vsix gets it. */
export function bundleIntoTemp(): string {
    const out = mkdtempSync(join(tmpdir(), 'autonomy-bundle-'));
    execFileSync(process.execPath, [join(packageDir, 'esbuild.mjs'), '--outdir', out, ...(process.env['AUTONOMY_BUNDLE_DEV'] ? ['--dev'] : [])], { stdio: 'pipe' });
    return out;
}

export interface PublishedDiagnostics {
    uri: string;
    diagnostics: { code?: string | number; severity?: number; message: string; range: { start: { line: number } } }[];
}

/**
 * A language client talking JSON-RPC over stdio to the bundled server, the way
 * VS Code talks to it over IPC: it answers workspace/configuration with the
 * given settings and records every publishDiagnostics.
 */
export class ServerSession {
    readonly connection: MessageConnection;
    private readonly child: ChildProcess;
    private readonly published = new Map<string, PublishedDiagnostics>();
    private readonly waiters: (() => void)[] = [];

    constructor(bundleDir: string, private settings: Record<string, unknown>) {
        this.child = spawn(process.execPath, [join(bundleDir, 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
        this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
            params.items.map(item => item.section === 'autonomy' ? this.settings : null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
            this.published.set(params.uri, params);
            this.waiters.splice(0).forEach(wake => wake());
        });
        this.connection.listen();
    }

    async initialize(rootUri: string): Promise<void> {
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'examples' }],
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }
        });
        await this.connection.sendNotification('initialized', {});
    }

    async open(uri: string, text: string): Promise<void> {
        await this.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: 'autonomy', version: 1, text }
        });
    }

    async changeSettings(settings: Record<string, unknown>): Promise<void> {
        this.settings = settings;
        this.published.clear();
        await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { autonomy: settings } });
    }

    /** Resolves with the next diagnostics for `uri` that satisfy `accept`. */
    async diagnostics(uri: string, accept: (d: PublishedDiagnostics) => boolean = () => true, timeoutMs = 20_000): Promise<PublishedDiagnostics> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const current = this.published.get(uri);
            if (current && accept(current)) {
                return current;
            }
            if (Date.now() > deadline) {
                throw new Error(`No matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(current)}`);
            }
            await new Promise<void>(resolve => {
                this.waiters.push(resolve);
                setTimeout(resolve, 250);
            });
        }
    }

    async close(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
            await this.connection.sendNotification('exit');
        } finally {
            this.connection.dispose();
            this.child.kill();
        }
    }
}
