import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, requireBuiltCli, runCli } from './run-cli.js';

// `autonomy lsp --stdio` starts the language server (packages/language-server);
// its behaviour is tested there and from Neovim. Here: the CLI starts it.

function frame(message: object): string {
    const body = JSON.stringify(message);
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('autonomy lsp', () => {
    it('answers initialize on stdio with the server\'s capabilities, and exits 0 after shutdown and exit', async () => {
        requireBuiltCli();
        const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
        });
        const exited = new Promise<number | null>(resolve => child.once('exit', resolve));
        child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
        const deadline = Date.now() + 30_000;
        while (!stdout.includes('"id":1') && Date.now() < deadline) {
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        expect(stdout).toContain('"renameProvider"');
        expect(stdout).toContain('"semanticTokensProvider"');
        child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
        child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
        expect(await exited).toBe(0);
    });

    it('refuses a transport it does not offer with a usage message, not a stack trace', () => {
        const run = runCli(['lsp', '--socket=5007']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('autonomy: lsp: unknown option --socket=5007: start it with --stdio');
        expect(run.stderr).not.toContain('    at ');
    });
});
