import { EmptyFileSystem } from 'langium';
import type { InlayHint, InitializeResult, MessageConnection } from 'vscode-languageserver/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, readText } from './lsp-test-services.js';
import { serverOverStreams } from './server-over-streams.js';

/**
 * The language server as an editor sees it: started as main.ts starts it,
 * spoken to over JSON-RPC through in-memory streams.
 */
let client: MessageConnection;
let initialized: InitializeResult;
const refreshRequests: number[] = [];
const uri = 'file:///ws/hand-worked.autonomy';
const text = readText(`${FIXTURES_DIR}hand-worked.autonomy`);

beforeAll(async () => {
    client = serverOverStreams(EmptyFileSystem);
    client.onRequest('workspace/inlayHint/refresh', () => {
        refreshRequests.push(Date.now());
        return null;
    });
    client.listen();
    initialized = await client.sendRequest('initialize', {
        processId: null,
        rootUri: null,
        capabilities: { workspace: { inlayHint: { refreshSupport: true } } }
    });
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'autonomy', version: 1, text } });
});

afterAll(() => {
    client?.dispose();
});

function positionOf(needle: string) {
    const before = text.slice(0, text.indexOf(needle));
    const lines = before.split('\n');
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

async function hints(): Promise<InlayHint[]> {
    return await client.sendRequest('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }
    });
}

describe('the language server over JSON-RPC', () => {
    it('advertises every editor feature', () => {
        const caps = initialized.capabilities;
        expect(caps.hoverProvider).toBeTruthy();
        expect(caps.completionProvider).toBeTruthy();
        expect(caps.definitionProvider).toBeTruthy();
        expect(caps.referencesProvider).toBeTruthy();
        expect(caps.renameProvider).toBeTruthy();
        expect(caps.documentSymbolProvider).toBeTruthy();
        expect(caps.workspaceSymbolProvider).toBeTruthy();
        expect(caps.foldingRangeProvider).toBeTruthy();
        expect(caps.documentFormattingProvider).toBeTruthy();
        expect(caps.inlayHintProvider).toBeTruthy();
        expect(caps.documentLinkProvider).toBeTruthy();
        expect(caps.workspace?.fileOperations?.willRename).toBeTruthy();
        expect(caps.semanticTokensProvider?.legend.tokenTypes).toEqual(expect.arrayContaining(['money', 'percentage', 'class', 'namespace']));
    });

    it('shows the figures in inlay hints once the model is checked, asking the editor to refresh if it answered "pending" first', async () => {
        let labels = (await hints()).map(h => h.label);
        if (labels.includes('analysis pending')) {
            const deadline = Date.now() + 10_000;
            while (refreshRequests.length === 0 && Date.now() < deadline) {
                await new Promise(resolve => setTimeout(resolve, 20));
            }
            expect(refreshRequests.length, 'the server should ask the editor to fetch hints again').toBeGreaterThan(0);
            labels = (await hints()).map(h => h.label);
        }
        expect(labels).toContain('benefit £5,000 · fair share £5,000 · should receive £4,000');
        expect(labels).toContain('blocked by Beta Practice · saves £12,000');
    });

    it('answers a hover with the analysis figures', async () => {
        // Hints above waited for the check, so the analysis is cached by now.
        const hover = await client.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf('A "Alpha') });
        expect(hover.contents.value).toContain('| Net benefit | £5,000 per year |');
    });

    it('formats over the protocol', async () => {
        const edits = await client.sendRequest<unknown[]>('textDocument/formatting', {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true }
        });
        // The hand-worked fixture has its settings on one line, which the formatter spreads out.
        expect(edits.length).toBeGreaterThan(0);
    });
});
