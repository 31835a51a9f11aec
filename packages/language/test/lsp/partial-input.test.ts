import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { isResolved } from '../resolved-reference.js';
import { createTestServices, EXAMPLES_DIR, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

/**
 * Half-typed models: every provider must answer (or decline) without
 * throwing, whatever prefix of a real model the editor holds.
 */
// Between them: imports, nesting, explicit shares, coalition values, compensation, mergers, partners.
const MODELS = ['north-locality.autonomy', 'federation-of-networks.autonomy', 'dermatology-cross-referral.autonomy', 'extended-access.autonomy', 'southvale-staff-bank.autonomy'];

describe.each(MODELS)('providers on prefixes of %s as it is typed', model => {
    const text = readText(`${EXAMPLES_DIR}${model}`);
    const cuts: number[] = [];
    for (let at = 0; at <= text.length; at += Math.max(23, Math.floor(text.length / 60))) {
        cuts.push(at);
    }
    // Cut just after each `->`, `by`, `,` too: the places where a reference is still missing.
    for (const match of text.matchAll(/import |import "|->|run by|members|participants|charged|coalition|compensation|pays|, /g)) {
        cuts.push(match.index + match[0].length);
    }

    it(`answers on ${cuts.length} prefixes without throwing`, async () => {
        const failures: string[] = [];
        for (const cut of cuts) {
            const prefix = text.slice(0, cut);
            const document = await parse(prefix, { validation: true });
            const textDocument = { uri: document.uri.toString() };
            const end = document.textDocument.positionAt(prefix.length);
            const everywhere = { start: { line: 0, character: 0 }, end };
            const calls: Record<string, () => unknown> = {
                format: () => Autonomy.lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }),
                symbols: () => Autonomy.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument }),
                folding: () => Autonomy.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument }),
                tokens: () => Autonomy.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument }),
                hints: () => Autonomy.lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: everywhere }),
                completion: () => Autonomy.lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end }),
                links: () => Autonomy.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument }),
                hover: async () => {
                    for (let offset = Math.max(0, prefix.length - 60); offset < prefix.length; offset += 5) {
                        await Autonomy.lsp.HoverProvider!.getHoverContent(document, { textDocument, position: document.textDocument.positionAt(offset) });
                    }
                }
            };
            for (const [name, call] of Object.entries(calls)) {
                try {
                    await call();
                } catch (error) {
                    failures.push(`${name} at ${cut} (…${JSON.stringify(prefix.slice(-30))}): ${(error as Error).message}`);
                }
            }
        }
        expect(failures).toEqual([]);
    });
});

describe('a half-typed import', () => {
    it('does not stop the names of the file from resolving', async () => {
        const document = await parse('import \npractice P { }\nmerger M { merges P }', { validation: true });
        expect(document.references.map(ref => [ref.$refText, isResolved(ref)])).toEqual([['P', true]]);
        const links = await Autonomy.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        expect(links).toEqual([]);
    });
});
