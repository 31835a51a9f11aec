import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { inspect } from 'node:util';
import {
    type Connection, createConnection, IPCMessageReader, IPCMessageWriter, type MessageReader, type MessageWriter,
    ProposedFeatures, StreamMessageWriter
} from 'vscode-languageserver/node';
import { startIdleMemoryRelease } from './idle-memory-release.js';
import { createAutonomyServerServices } from './server-module.js';
import { FramedMessageReader } from './transport/framed-message-reader.js';
import { MessageGuard } from './transport/message-guard.js';

export type Transport = 'stdio' | 'node-ipc';

/** The usage line for the transports, for the CLI's and the bin's messages. */
export const TRANSPORT_USAGE = 'start it with --stdio (every editor) or --node-ipc (VS Code); sockets and pipes are not supported';

/** Which transport the command line asks for: `--stdio` (also the default) or `--node-ipc`. */
export function transportFromArgs(args: readonly string[]): Transport | { error: string } {
    const unknown = args.filter(arg => arg !== '--stdio' && arg !== '--node-ipc' && !arg.startsWith('--clientProcessId'));
    if (unknown.length > 0) {
        return { error: `unknown option ${unknown[0]}: ${TRANSPORT_USAGE}.` };
    }
    return args.includes('--node-ipc') ? 'node-ipc' : 'stdio';
}

/**
 * Starts the Autonomy language server on this process's stdio or IPC channel:
 * Langium's LSP features, the custom requests (CUSTOM_REQUESTS), the user's
 * settings, and a guard that answers malformed messages with JSON-RPC errors
 * instead of passing them to handlers that would fail on them.
 */
export function startAutonomyLanguageServer(transport: Transport): Connection {
    const log = (line: string): void => {
        process.stderr.write(`autonomy-language-server: ${line}\n`);
    };
    const { reader, writer } = openTransport(transport, log);
    const connection = createConnection(ProposedFeatures.all, reader, writer);
    routeConsoleToClient(connection);
    keepRunningAfterBugs(log);
    const { shared, Autonomy } = createAutonomyServerServices({ connection, ...NodeFileSystem });
    Autonomy.server.CustomRequests.register(connection);
    startLanguageServer(shared);
    startIdleMemoryRelease(shared);
    return connection;
}

function openTransport(transport: Transport, log: (line: string) => void): { reader: MessageReader; writer: MessageWriter } {
    if (transport === 'node-ipc') {
        const writer = new IPCMessageWriter(process);
        return { reader: new MessageGuard(new IPCMessageReader(process), writer, log), writer };
    }
    const writer = new StreamMessageWriter(process.stdout);
    // The framed reader reports what it cannot read through the guard, which owns the replies.
    const owner: { guard?: MessageGuard } = {};
    const framed = new FramedMessageReader(process.stdin, problem => owner.guard?.replyUnreadable(problem.code, problem.message));
    const guard = new MessageGuard(framed, writer, log);
    owner.guard = guard;
    return { reader: guard, writer };
}

/**
 * On stdio, stdout is the protocol channel: a stray console.log from any
 * library would corrupt it. vscode-languageserver reroutes the console only for
 * connections it opens itself, so this server does it for its own, sending the
 * lines to the client's log (window/logMessage) as that does.
 */
function routeConsoleToClient(connection: Connection): void {
    const line = (args: unknown[]): string => args.map(arg => (typeof arg === 'string' ? arg : inspect(arg))).join(' ');
    console.log = (...args: unknown[]) => connection.console.log(line(args));
    console.info = (...args: unknown[]) => connection.console.info(line(args));
    console.debug = (...args: unknown[]) => connection.console.log(line(args));
    console.warn = (...args: unknown[]) => connection.console.warn(line(args));
    console.error = (...args: unknown[]) => connection.console.error(line(args));
    console.trace = (...args: unknown[]) => connection.console.log(line(args));
    console.dir = (value: unknown) => connection.console.log(inspect(value));
    console.table = (value: unknown) => connection.console.log(inspect(value));
}

/**
 * The last line of defence: an exception no handler caught is logged and the
 * server carries on, because a dead server loses the user's diagnostics for
 * the rest of the session. (Malformed input is stopped earlier, by the guard.)
 */
function keepRunningAfterBugs(log: (line: string) => void): void {
    const report = (error: unknown): void => {
        log(`internal error, carrying on: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    };
    process.on('uncaughtException', report);
    process.on('unhandledRejection', report);
}

/** Starts the server as the command line says, or explains the command line; returns the exit code when it cannot start. */
export function runLanguageServer(args: readonly string[]): number | undefined {
    const transport = transportFromArgs(args);
    if (typeof transport === 'object') {
        process.stderr.write(`autonomy-language-server: ${transport.error}\n`);
        return 2;
    }
    startAutonomyLanguageServer(transport);
    return undefined;
}
