/** The editor for DOMAIN.md items 19 and 20: completion, hover, inlay hints, rename and formatting of the new constructs. */
import { expectCompletion, parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { CompletionList, InlayHint } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices, EXAMPLES_DIR, formatText, hoverReader, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);
const complete = expectCompletion(Autonomy);
const HUB = readText(`${EXAMPLES_DIR}hub-set-up-investment.autonomy`);
const PLACE = readText(`${EXAMPLES_DIR}place-leadership-group.autonomy`);

const hoverAt = hoverReader(Autonomy);

async function hintsOf(document: LangiumDocument): Promise<InlayHint[]> {
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return await Autonomy.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end } }) ?? [];
}

describe('investment in the editor (item 20)', () => {
    it('hovers an initiative with each practice\'s share and payback, the late one marked', async () => {
        const document = await parse(HUB, { validation: true });
        const text = await hoverAt(document, 'Hub "Document hub"');
        expect(text).toContain('Investment: £72,000 up front.');
        expect(text).toContain('| Elm Tree Surgery | £24,000 | £8,000 | 3.0 years | £16,000 |');
        expect(text).toContain('| Hazel Grove Surgery | £6,000 | £500 | 12.0 years ⚠ | -£3,500 |');
        expect(await hoverAt(document, 'Elm   "Elm')).toContain('| Money up front | £24,000 (£4,800 a year over the horizon) |');
    });

    it('puts the payback range at the end of the investment line', async () => {
        const document = await parse(HUB, { validation: true });
        const hint = (await hintsOf(document)).find(h => document.textDocument.getText({ start: { line: h.position.line, character: 0 }, end: h.position }).includes('investment'));
        expect(hint?.label).toBe('payback 2.6–12.0 years · Hazel Grove Surgery not within 5 years');
    });

    it('completes the investment keyword and the split forms', async () => {
        await complete({
            text: 'practice A { list size 1 }\ninitiative I { investment £1,000 split <|> }',
            index: 0,
            assert: (list: CompletionList) => {
                const labels = list.items.map(i => i.label);
                expect(labels).toEqual(expect.arrayContaining(['by', 'equally', 'A']));
            }
        });
        await complete({
            text: 'initiative I { inv<|> }',
            index: 0,
            assert: (list: CompletionList) => expect(list.items.find(i => i.label === 'investment')?.detail).toMatch(/up front/)
        });
    });

    it('formats an investment line like any other property', async () => {
        const before = 'initiative I {\nparticipants A\n  investment   £1,000   split  A  100%\n}\n';
        expect(await formatText(Autonomy, before)).toBe('initiative I {\n    participants A\n    investment £1,000 split A 100%\n}\n');
    });
});

describe('collectives that trust in the editor (item 19)', () => {
    it('offers first the collectives that contain the trusting collective', async () => {
        await complete({
            text: 'collective K { members X }\ncollective Top { members K }\ncollective Aside { members Y }\ntrust K -> <|>',
            index: 0,
            assert: (list: CompletionList) => {
                const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(i => i.label);
                expect(sorted[0]).toBe('Top');
                expect(list.items.find(i => i.label === 'Top')?.detail).toMatch(/K is a member/);
            }
        });
    });

    it('hovers a collective\'s trust statement with its readiness, and a partner with its effective relationships', async () => {
        const document = await parse(PLACE, { validation: true });
        const trust = await hoverAt(document, 'trust EastPCN');
        expect(trust).toContain('Ashby East PCN → Ashby place leadership group');
        expect(trust).toContain('T = 2');
        expect(await hoverAt(document, 'AshbyGeneral')).toContain('Effective (a collective speaks only for the practices that trust it enough): 11.2 relationships (4 units');
    });

    it('renames a collective where it trusts, as everywhere else', async () => {
        const document = await parse(PLACE, { validation: true });
        const offset = document.textDocument.getText().indexOf('EastPCN "Ashby East');
        const edit = await Autonomy.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName: 'Eastern'
        });
        const edits = edit?.changes?.[document.uri.toString()] ?? [];
        const lines = edits.map(e => document.textDocument.getText({ start: { line: e.range.start.line, character: 0 }, end: { line: e.range.start.line + 1, character: 0 } }).trim());
        expect(lines.some(l => l.startsWith('trust EastPCN    -> Leadership'))).toBe(true);
        expect(lines.some(l => l.startsWith('members NorthPCN, CentralPCN, EastPCN'))).toBe(true);
    });
});
