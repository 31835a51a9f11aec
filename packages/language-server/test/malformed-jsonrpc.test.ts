import { afterEach, describe, expect, test } from 'vitest';
import { frame, RawStdioClient, symbolsRequest } from './raw-stdio-client.js';

// Issue 12 item 7: the server must never die on malformed JSON-RPC, and must
// answer with the error codes the JSON-RPC 2.0 and LSP specifications name
// (https://www.jsonrpc.org/specification#error_object;
// https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#errorCodes).
// Before the guard, `didOpen` with `text: null` killed the server (exit 1, a
// TypeError in the lexer), and the other cases went unanswered.

const hover = (id: number, uri = 'file:///tmp/a.autonomy'): object =>
    ({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 0 } } });
const didOpen = (uri: string, text: unknown): object =>
    ({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'autonomy', version: 1, text } } });

let client: RawStdioClient | undefined;

afterEach(async () => {
    await client?.stop();
    client = undefined;
});

describe('the language server and malformed messages', () => {
    test('survives didOpen whose text is null or a number, and answers bad request params with -32602', async () => {
        client = new RawStdioClient();
        await client.initialize();
        client.send(didOpen('file:///tmp/null.autonomy', null));
        client.send(didOpen('file:///tmp/number.autonomy', 42));
        client.send({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: null, position: 3 } });
        const refused = await client.reply(2);
        expect(refused.error?.code).toBe(-32602);
        expect(refused.error?.message).toContain('params.textDocument');
        // Still working: a good document opens and is validated.
        client.send(didOpen('file:///tmp/good.autonomy', 'practice Hillside { list size 9000 }\n'));
        client.send({ jsonrpc: '2.0', id: 3, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///tmp/good.autonomy' } } });
        const symbols = await client.reply(3);
        expect(symbols.error).toBeUndefined();
        expect(JSON.stringify(symbols.result)).toContain('Hillside');
        expect(client.alive).toBe(true);
        expect(client.stderr).toContain('params.textDocument.text must be a string, not null');
    });

    test('answers a body that is not JSON with -32700 and goes on', async () => {
        client = new RawStdioClient();
        await client.initialize();
        client.send('{"jsonrpc": "2.0", "id": 2, "method": ');
        const parseError = await client.reply(null);
        expect(parseError.error?.code).toBe(-32700);
        client.send(symbolsRequest(3));
        expect((await client.reply(3)).error).toBeUndefined();
    });

    test('answers requests before initialize with -32002', async () => {
        client = new RawStdioClient();
        client.send(hover(7));
        expect((await client.reply(7)).error?.code).toBe(-32002);
        await client.initialize();
        expect(client.alive).toBe(true);
    });

    test('answers requests after shutdown with -32600, and exits on exit', async () => {
        client = new RawStdioClient();
        await client.initialize();
        client.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
        expect((await client.reply(2)).error).toBeUndefined();
        client.send(hover(3));
        expect((await client.reply(3)).error?.code).toBe(-32600);
        const exited = new Promise(resolve => client!.child.once('exit', code => resolve(code)));
        client.send({ jsonrpc: '2.0', method: 'exit' });
        expect(await exited).toBe(0);
    });

    test('recovers from a Content-Length that is not a number, too short or too long', async () => {
        client = new RawStdioClient();
        await client.initialize();
        client.write('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":5,"method":"shutdown"}');
        client.send(symbolsRequest(6));
        expect((await client.reply(6)).error).toBeUndefined();
        const body = JSON.stringify(symbolsRequest(8));
        client.write(`Content-Length: ${body.length - 5}\r\n\r\n${body}`);
        client.send(symbolsRequest(9));
        expect((await client.reply(9)).error).toBeUndefined();
        const long = JSON.stringify(symbolsRequest(10));
        client.write(`Content-Length: ${long.length + 500}\r\n\r\n${long}`);
        client.write(frame(JSON.stringify(symbolsRequest(11))));
        expect((await client.reply(11)).error).toBeUndefined();
        // The message whose length ran into the next one was still whole JSON: it is answered too.
        expect((await client.reply(10)).error).toBeUndefined();
        expect(client.received.filter(m => m.id === null).every(m => m.error?.code === -32700)).toBe(true);
        expect(client.alive).toBe(true);
    });

    test('answers a batch or a message without a method with -32600', async () => {
        client = new RawStdioClient();
        await client.initialize();
        client.send('[{"jsonrpc":"2.0","id":4,"method":"shutdown"}]');
        expect((await client.reply(null)).error?.code).toBe(-32600);
        client.send({ jsonrpc: '2.0', id: 12 });
        expect((await client.reply(12)).error?.code).toBe(-32600);
        client.send(symbolsRequest(13));
        expect((await client.reply(13)).error).toBeUndefined();
    });
});
