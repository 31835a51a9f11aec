import { CliError } from '../errors.js';
import type { CliIO } from '../io.js';

/**
 * `autonomy lsp --stdio`: the language server every editor starts (the same
 * one the VS Code extension bundles). It answers on stdin/stdout until the
 * client sends exit or closes the stream, so the returned promise settles only
 * if the server could not start.
 */
export async function lspCommand(args: string[], _io: CliIO): Promise<number> {
    const server = await import('@autonomy/language-server');
    const transport = server.transportFromArgs(args);
    if (typeof transport === 'object') {
        throw new CliError(`lsp: ${transport.error}`);
    }
    server.startAutonomyLanguageServer(transport);
    return new Promise<number>(() => undefined);
}
