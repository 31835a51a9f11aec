/**
 * Issue 12 item 14: a model with errors is analysed as far as it can be read
 * (a misspelt `lis size` reads as a list size of 0, making a fair share four
 * times too large), so hovers and inlay hints say the analysis is unavailable
 * instead of showing those figures.
 */
import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { Hover, InlayHint, MarkupContent } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { ERRORS_MESSAGE } from '../../src/lsp/analysis-lookup.js';
import { createTestServices, FIXTURES_DIR, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);
const HAND_MODEL = readText(`${FIXTURES_DIR}hand-worked.autonomy`);
const MISSPELT = HAND_MODEL.replace('list size 1,000', 'lis size 1,000');

async function hoverOver(document: LangiumDocument, text: string): Promise<string> {
    const offset = document.textDocument.getText().indexOf(text);
    expect(offset).toBeGreaterThanOrEqual(0);
    const hover: Hover | undefined = await Autonomy.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + 'practice '.length)
    });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

async function hintsOf(document: LangiumDocument): Promise<InlayHint[]> {
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return await Autonomy.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end }
    }) ?? [];
}

describe('figures for a model with errors', () => {
    it('the misspelt model has an error (the premise of the test)', async () => {
        const document = await parse(MISSPELT, { validation: true });
        expect((document.diagnostics ?? []).some(d => d.severity === 1)).toBe(true);
    });

    it('a hover says the analysis is unavailable, with no figures', async () => {
        const document = await parse(MISSPELT, { validation: true });
        const text = await hoverOver(document, 'practice B');
        expect(text).toContain(ERRORS_MESSAGE);
        expect(text).not.toMatch(/fair share|£/);
    });

    it('inlay hints show no practice figures and say so on each initiative', async () => {
        const document = await parse(MISSPELT, { validation: true });
        const hints = await hintsOf(document);
        expect(hints.length).toBeGreaterThan(0);
        for (const hint of hints) {
            expect(hint.label).toBe(ERRORS_MESSAGE);
        }
    });

    it('the same model without the typo still shows figures', async () => {
        const document = await parse(HAND_MODEL, { validation: true });
        expect(await hoverOver(document, 'practice B')).toMatch(/£/);
        expect((await hintsOf(document)).some(h => (typeof h.label === 'string' ? h.label : h.label.map(part => part.value).join('')).includes('fair share'))).toBe(true);
    });
});
