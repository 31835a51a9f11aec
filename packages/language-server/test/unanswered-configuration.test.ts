import { afterAll, expect, test } from 'vitest';
import { OPEN_DOCUMENT, RawStdioClient } from './raw-stdio-client.js';

// Validation waits for the editor's settings (so the first diagnostics already
// carry the user's severity overrides), but an editor that claims
// workspace/configuration and never answers must not leave the user without
// diagnostics: after 10 s the server uses the defaults.

const client = new RawStdioClient();

afterAll(async () => {
    await client.stop();
});

test('diagnostics arrive even when the editor never answers workspace/configuration', async () => {
    client.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } } });
    await client.reply(1);
    client.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    client.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: OPEN_DOCUMENT, languageId: 'autonomy', version: 1, text: 'practice Hillside { list size 9000 }\n' } } });
    const deadline = Date.now() + 40_000;
    const published = () => client.received.find(m => m.method === 'textDocument/publishDiagnostics');
    while (!published() && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    expect(client.received.some(m => m.method === 'workspace/configuration')).toBe(true);
    expect(published()).toBeDefined();
    expect(client.received.some(m => m.method === 'window/logMessage' && JSON.stringify(m).includes('did not answer workspace/configuration'))).toBe(true);
}, 60_000);
