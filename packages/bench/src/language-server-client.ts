/**
 * Starts the real autonomy language server as a separate process over stdio
 * and talks LSP to it, as an editor would. Used by the editor-latency
 * benchmark and the stress tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    CancellationTokenSource, CompletionRequest, type CompletionItem, type CompletionList, createProtocolConnection,
    type Diagnostic, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
    DocumentFormattingRequest, ExitNotification, HoverRequest, type Hover, InitializedNotification, InitializeRequest,
    type Position, type ProtocolConnection, PublishDiagnosticsNotification, type Range, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter, type TextEdit
} from 'vscode-languageserver-protocol/node';
import { MEMORY_PROBE_PREFIX } from './memory-probe-protocol.js';

/** The repository root, found from this file's place in packages/bench/dist or packages/bench/src. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The server the VS Code extension starts: the bundle packages/vscode/esbuild.mjs writes. */
export const BUNDLED_SERVER_ENTRY = 'packages/vscode/out/server.cjs';
/** The language-server package's build of the same server (packages/language-server/src/main.ts). */
export const LANGUAGE_SERVER_ENTRY = 'packages/language-server/dist/main.js';

/**
 * Where the server entry point lives: the extension's bundle when it has been
 * built (it is what users run), else the language package's build.
 */
const SERVER_CANDIDATES = [BUNDLED_SERVER_ENTRY, LANGUAGE_SERVER_ENTRY];

/**
 * The Node/V8 options the VS Code extension starts its server with
 * (SERVER_EXEC_ARGV in packages/vscode/src/shared/server-node-options.ts; a
 * test keeps the two equal). `npm run bench` starts the server with these
 * unless `--server-node-args` says otherwise, so it measures what users run.
 */
export const DEFAULT_SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=16', '--expose-gc'];

/**
 * The environment the extension adds to its server's (SERVER_ENV in the same
 * file; a test keeps the two equal): every server the benchmark starts has it,
 * unless a variable is set otherwise, or unset with an empty value, in `env`.
 */
export const DEFAULT_SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };

/** This process's environment with DEFAULT_SERVER_ENV and `env` added, and the variables `env` gives empty left out. */
export function serverEnvironment(env: Record<string, string> = {}): NodeJS.ProcessEnv {
    const merged: NodeJS.ProcessEnv = { ...process.env, ...DEFAULT_SERVER_ENV, ...env };
    for (const [name, value] of Object.entries(env)) {
        if (value === '') {
            delete merged[name];
        }
    }
    return merged;
}

export function findServerEntry(): string | undefined {
    for (const candidate of SERVER_CANDIDATES) {
        const path = REPO_ROOT + candidate;
        if (existsSync(path)) {
            return path;
        }
    }
    return undefined;
}

/**
 * Which server the benchmark starts, for its output, with a warning when the
 * bundle is older than the package builds it bundles (then it measures old code).
 */
export function describeServerEntry(entry: string): string {
    const relative = entry.startsWith(REPO_ROOT) ? entry.slice(REPO_ROOT.length) : entry;
    if (relative !== BUNDLED_SERVER_ENTRY) {
        return relative;
    }
    const bundled = statSync(entry).mtimeMs;
    const newer = ['packages/language/dist', 'packages/analysis/dist', 'packages/domain/dist']
        .flatMap(dir => (existsSync(REPO_ROOT + dir) ? readdirSync(REPO_ROOT + dir).map(f => `${dir}/${f}`) : []))
        .filter(file => file.endsWith('.js') && statSync(REPO_ROOT + file).mtimeMs > bundled);
    return `${relative} (the extension's bundle)` + (newer.length > 0
        ? `; WARNING: older than ${newer.length} file(s) it bundles, e.g. ${newer[0]}: rebuild it (npm run build in packages/vscode) or delete it to measure ${LANGUAGE_SERVER_ENTRY}`
        : '');
}

interface ProbedMemory {
    rss: number;
    heapUsed: number;
    heapTotal: number;
    external: number;
}

export interface ServerMemoryUse {
    rssMb: number;
    heapUsedMb: number;
    heapTotalMb: number;
    externalMb: number;
}

export interface PublishedDiagnostics {
    uri: string;
    diagnostics: Diagnostic[];
    at: number;
}

export interface StartOptions {
    /** Folder opened as the workspace (its *.autonomy files are loaded by the server). */
    workspaceFolder?: string;
    entry?: string;
    /** Extra Node options for the server process, e.g. ['--cpu-prof', '--cpu-prof-dir=/tmp/prof']. */
    nodeArgs?: string[];
    /** Extra environment variables for the server process (added to this process's and DEFAULT_SERVER_ENV; an empty value unsets one), e.g. { MALLOC_ARENA_MAX: '2' }. */
    env?: Record<string, string>;
}

export class LanguageServerClient {
    readonly connection: ProtocolConnection;
    private readonly waiters: Array<{ uri: string; resolve: (d: PublishedDiagnostics) => void; reject: (e: Error) => void }> = [];
    readonly latest = new Map<string, PublishedDiagnostics>();
    private exitCode: number | null | undefined;
    private readonly probeWaiters: Array<(memory: ProbedMemory) => void> = [];
    private stderr = '';
    readonly exited: Promise<number | null>;

    private constructor(readonly process: ChildProcess) {
        this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const published = { uri: params.uri, diagnostics: params.diagnostics, at: performance.now() };
            this.latest.set(params.uri, published);
            for (let i = 0; i < this.waiters.length; i++) {
                if (this.waiters[i].uri === params.uri) {
                    this.waiters.splice(i, 1)[0].resolve(published);
                    break;
                }
            }
        });
        // The server may log to the client; an editor shows these, we ignore them.
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('workspace/configuration', params => (params as { items: unknown[] }).items.map(() => null));
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        process.stderr!.on('data', (chunk: Buffer) => {
            const text = chunk.toString();
            for (const line of text.split('\n')) {
                if (line.startsWith(MEMORY_PROBE_PREFIX)) {
                    this.probeWaiters.shift()?.(JSON.parse(line.slice(MEMORY_PROBE_PREFIX.length)) as ProbedMemory);
                }
            }
            this.stderr = (this.stderr + text).slice(-4000);
        });
        this.exited = new Promise(resolve => process.on('exit', code => {
            this.exitCode = code;
            // Nothing more will be published: fail whoever still waits, rather than hang.
            for (const waiter of this.waiters.splice(0)) {
                waiter.reject(new Error(`the language server exited (code ${code}) before publishing diagnostics for ${waiter.uri}: ${this.stderr.trim().split('\n').slice(-3).join(' / ')}`));
            }
            resolve(code);
        }));
        this.connection.listen();
    }

    static async start(options: StartOptions = {}): Promise<LanguageServerClient> {
        const entry = options.entry ?? findServerEntry();
        if (!entry) {
            throw new Error(`no language server build found (looked for ${SERVER_CANDIDATES.join(', ')}); run npm run build`);
        }
        // The probe runs as compiled JavaScript even when this file runs from source under vitest.
        const probe = REPO_ROOT + 'packages/bench/dist/server-memory-probe.js';
        const preload = existsSync(probe) ? ['--expose-gc', '--import', pathToFileURL(probe).toString()] : [];
        const child = spawn(process.execPath, [...preload, ...(options.nodeArgs ?? []), entry, '--stdio'], {
            stdio: ['pipe', 'pipe', 'pipe'], env: serverEnvironment(options.env)
        });
        const client = new LanguageServerClient(child);
        const folder = options.workspaceFolder;
        const rootUri = folder ? `file://${folder}` : null;
        const initialized = client.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri,
            workspaceFolders: folder ? [{ uri: rootUri!, name: 'bench' }] : null,
            capabilities: {
                textDocument: {
                    publishDiagnostics: {},
                    completion: { completionItem: { snippetSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] }
                },
                workspace: { workspaceFolders: true, configuration: true }
            }
        });
        await Promise.race([initialized, client.exited.then(code => {
            throw new Error(`the language server (${entry}) exited with code ${code} while starting: ${client.stderr.trim().split('\n').filter(l => /Error/.test(l)).slice(0, 2).join(' / ')}`);
        })]);
        await client.connection.sendNotification(InitializedNotification.type, {});
        return client;
    }

    get running(): boolean {
        return this.exitCode === undefined;
    }

    get recentStderr(): string {
        return this.stderr;
    }

    /** The next diagnostics published for `uri` after this call. */
    nextDiagnostics(uri: string, timeoutMs = 30_000): Promise<PublishedDiagnostics> {
        return new Promise((resolve, reject) => {
            const waiter = {
                uri,
                resolve: (d: PublishedDiagnostics) => {
                    clearTimeout(timer);
                    resolve(d);
                },
                reject: (e: Error) => {
                    clearTimeout(timer);
                    reject(e);
                }
            };
            if (!this.running) {
                reject(new Error(`the language server has exited (code ${this.exitCode})`));
                return;
            }
            const timer = setTimeout(() => {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
            }, timeoutMs);
            this.waiters.push(waiter);
        });
    }

    /**
     * Waits until the server has published diagnostics for `uri` and then stayed
     * quiet for `quietMs`: a build already under way when the last change was
     * sent may publish stale diagnostics first, and the fresh ones follow.
     */
    async settledDiagnostics(uri: string, quietMs = 400, timeoutMs = 30_000): Promise<PublishedDiagnostics> {
        let latest = await this.nextDiagnostics(uri, timeoutMs);
        for (;;) {
            try {
                latest = await this.nextDiagnostics(uri, quietMs);
            } catch (error) {
                if (!this.running) {
                    throw error;
                }
                return latest;
            }
        }
    }

    async open(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'autonomy', version, text }
        });
    }

    async change(uri: string, version: number, range: Range, text: string): Promise<void> {
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: [{ range, text }]
        });
    }

    async close(uri: string): Promise<void> {
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    hover(uri: string, position: Position, token?: CancellationTokenSource): Promise<Hover | null> {
        return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }, token?.token);
    }

    completion(uri: string, position: Position, token?: CancellationTokenSource): Promise<CompletionItem[] | CompletionList | null> {
        return this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }, token?.token);
    }

    format(uri: string, token?: CancellationTokenSource): Promise<TextEdit[] | null> {
        return this.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true }
        }, token?.token);
    }

    /** Resident memory of the server process, from /proc (Linux). */
    rssMb(): number | undefined {
        return this.residentMb().rss;
    }

    /**
     * Resident memory from /proc/<pid>/status (Linux), in MB: the total, its
     * anonymous part (heaps: V8's and malloc's) and its file-backed part (the
     * node binary and shared libraries that have been paged in), and the
     * largest the total has been since the process started (its peak).
     */
    residentMb(): { rss?: number; anon?: number; file?: number; peak?: number } {
        try {
            const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
            const field = (name: string) => {
                const match = new RegExp(`${name}:\\s+(\\d+) kB`).exec(status);
                return match ? Math.round(Number(match[1]) / 1024) : undefined;
            };
            return { rss: field('VmRSS'), anon: field('RssAnon'), file: field('RssFile'), peak: field('VmHWM') };
        } catch {
            return {};
        }
    }

    /**
     * CPU time the server's main thread has run so far, in ms, from the kernel's
     * scheduler statistics (nanoseconds; Linux): on a loaded machine a request's
     * wall time includes waiting for a core, its main-thread CPU time does not.
     */
    mainThreadCpuMs(): number | undefined {
        try {
            const runNs = Number(readFileSync(`/proc/${this.process.pid}/schedstat`, 'utf8').split(' ')[0]);
            return Number.isFinite(runNs) ? runNs / 1e6 : undefined;
        } catch {
            return undefined;
        }
    }

    /**
     * CPU time of the whole server process so far (every thread: the main
     * thread, V8's garbage-collector and compiler threads), in ms, from
     * /proc/<pid>/stat (user + system, in clock ticks of 10 ms; Linux).
     */
    processCpuMs(): number | undefined {
        try {
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
            const stat = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8');
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            const ticks = Number(fields[11]) + Number(fields[12]);
            return Number.isFinite(ticks) ? ticks * 10 : undefined;
        } catch {
            return undefined;
        }
    }

    /** Memory after a full garbage collection in the server, in MB (via the preloaded probe). */
    async memoryAfterGc(timeoutMs = 10_000): Promise<ServerMemoryUse> {
        if (!existsSync(REPO_ROOT + 'packages/bench/dist/server-memory-probe.js')) {
            throw new Error('the memory probe is not built: run npx tsc -b packages/bench');
        }
        const probed = new Promise<ProbedMemory>(resolve => this.probeWaiters.push(resolve));
        this.process.kill('SIGUSR2');
        const memory = await withTimeout(probed, timeoutMs, 'memory probe');
        const mb = (bytes: number) => Math.round(bytes / 1048576);
        return { rssMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed), heapTotalMb: mb(memory.heapTotal), externalMb: mb(memory.external) };
    }

    /** Polite shutdown; kills the process if it does not exit within the time limit. Returns the exit code. */
    async stop(timeoutMs = 5000): Promise<number | null> {
        if (this.running) {
            try {
                await withTimeout(this.connection.sendRequest(ShutdownRequest.type), timeoutMs);
                await this.connection.sendNotification(ExitNotification.type);
            } catch {
                this.process.kill('SIGKILL');
            }
        }
        const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
        const code = await this.exited;
        clearTimeout(timer);
        this.connection.dispose();
        return code;
    }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'request'): Promise<T> {
    let timer: NodeJS.Timeout;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
        })
    ]);
}

export { CancellationTokenSource };
