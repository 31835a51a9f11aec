import { EmptyFileSystem } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, type Connection, createConnection } from 'vscode-languageserver/browser';
import type { ReportSources } from './report-sources.js';
import { createAutonomyServerServices } from './server-module.js';

/** What a Web Worker offers the server: its message port (the worker's global scope). */
export type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];

/**
 * Starts the Autonomy language server inside a Web Worker (the web edition):
 * the same services as the Node server, talking over postMessage, with no file
 * system (documents arrive from the editor). The host passes the report
 * sources because a browser cannot read docs/formulas.md from disk and bundles
 * its own renderer. Nothing here imports Node's transports; the Node server's
 * default report sources come along with the module but are never called (the
 * web build maps their Node built-ins to stand-ins).
 */
export function startBrowserLanguageServer(scope: WorkerScope, sources: ReportSources): Connection {
    const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
    const { shared, Autonomy } = createAutonomyServerServices({ connection, ...EmptyFileSystem }, sources);
    Autonomy.server.CustomRequests.register(connection);
    startLanguageServer(shared);
    return connection;
}

export type { ReportModule, ReportSources } from './report-sources.js';
export * from './protocol.js';
