import { PassThrough } from 'node:stream';
import type { FileSystemProvider, LangiumSharedCoreServices } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import {
    createConnection, createMessageConnection, type MessageConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter
} from 'vscode-languageserver/node';
import { createAutonomyServices } from '../../src/autonomy-module.js';

/**
 * The language server started as main.ts starts it, and a client connected to
 * it through in-memory streams, answering the requests every server sends (not
 * yet listening: add handlers, then call `listen`).
 */
export function serverOverStreams(fileSystem: { fileSystemProvider: (services: LangiumSharedCoreServices) => FileSystemProvider }): MessageConnection {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const { shared } = createAutonomyServices({ connection, ...fileSystem });
    startLanguageServer(shared);
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onRequest('workspace/configuration', () => []);
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('window/workDoneProgress/create', () => null);
    return client;
}
