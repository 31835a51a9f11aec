import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CONFIGURATION_SECTION } from '@autonomy/language-server/protocol';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../shared/server-node-options.js';

/**
 * Starts the bundled language server (out/server.cjs) as a child process over
 * IPC, with the Node/V8 options of SERVER_EXEC_ARGV (a bounded young
 * generation, and gc for the server's idle memory release) and the
 * environment of SERVER_ENV (malloc's threshold for blocks of their own),
 * which keep its memory down on large workspaces.
 */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const serverModule = context.asAbsolutePath('out/server.cjs');
    const env = { ...process.env, ...SERVER_ENV };
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'], env } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'autonomy' }],
        synchronize: {
            configurationSection: CONFIGURATION_SECTION,
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.autonomy')
        }
    };
    const client = new LanguageClient('autonomy', 'Autonomy Language Server', serverOptions, clientOptions);
    await client.start();
    return client;
}
