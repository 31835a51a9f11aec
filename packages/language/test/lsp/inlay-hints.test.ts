import { formatMoney } from '@autonomy/domain';
import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { InlayHint } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { createTestServices, EXAMPLES_DIR, exampleFiles, FIXTURES_DIR, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

/** A hint's label as text, whether it is a string or a list of parts. */
function labelText(hint: InlayHint | undefined): string {
    const label = hint?.label;
    return typeof label === 'string' ? label : (label ?? []).map(part => part.value).join('');
}
const HAND_MODEL = readText(`${FIXTURES_DIR}hand-worked.autonomy`);

async function hintsOf(document: LangiumDocument): Promise<InlayHint[]> {
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return await Autonomy.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end }
    }) ?? [];
}

/** The text of the line a hint sits on, up to the hint. */
function lineBefore(document: LangiumDocument, hint: InlayHint): string {
    return document.textDocument.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position });
}

describe('inlay hints', () => {
    it("puts each practice's benefit, fair share and compensation at the end of its header line", async () => {
        const document = await parse(HAND_MODEL, { validation: true });
        const hints = await hintsOf(document);
        const byLine = Object.fromEntries(hints.map(h => [lineBefore(document, h), h.label]));
        expect(byLine['practice A "Alpha Surgery" {']).toBe('benefit £5,000 · fair share £5,000 · should receive £4,000');
        expect(byLine['practice B "Beta Practice" {']).toBe('benefit £7,000 · fair share £7,000 · should pay £4,000');
    });

    it("gives each initiative its verdict and saving", async () => {
        const document = await parse(HAND_MODEL, { validation: true });
        const hints = await hintsOf(document);
        const hub = hints.find(h => lineBefore(document, h).startsWith('initiative Hub'));
        expect(hub?.label).toBe('blocked by Beta Practice · saves £12,000');
        expect(JSON.stringify(hub?.tooltip)).toContain('blocked by');
    });

    it.each(exampleFiles().filter(f => !f.includes('/broken/')).map(f => [relative(EXAMPLES_DIR, f), f]))(
        'agrees with the analysis on every initiative and practice of %s', async (_name, file) => {
            const document = await parse(readText(file), { validation: true });
            const analysis = Autonomy.analysis.AnalysisProvider.getAnalysis(document);
            expect(analysis, 'the example should be analysable').toBeDefined();
            const { result } = analysis!;
            const money = (m: number) => formatMoney(m, result.settings.currency);
            const title = (id: string) => result.practices.find(p => p.id === id)?.title ?? id;
            const hints = await hintsOf(document);
            for (const initiative of result.initiatives) {
                const hint = hints.find(h => new RegExp(`^initiative ${initiative.id}\\b`).test(lineBefore(document, h)));
                const label = labelText(hint);
                expect(label).toContain(initiative.netSaving < 0 ? `costs the group ${money(-initiative.netSaving)}` : `saves ${money(initiative.netSaving)}`);
                expect(label).toMatch(initiative.outcome.proceeds ? /^proceeds/ : /^(blocked by|does not proceed|outcome unknown)/);
                for (const blocker of initiative.outcome.proceeds === false ? initiative.outcome.blockers : []) {
                    expect(label).toContain(title(blocker));
                }
                if (initiative.outcome.defectionRisks.length > 0) {
                    expect(label).toContain(`defection risk ${initiative.outcome.defectionRisks.map(title).join(', ')}`);
                } else {
                    expect(label).not.toContain('defection risk');
                }
            }
            const own = result.practices.filter(p => p.initiatives.length > 0 && new RegExp(`^practice ${p.id}\\b`, 'm').test(document.textDocument.getText()));
            for (const practice of own) {
                const hint = hints.find(h => new RegExp(`^practice ${practice.id}\\b`).test(lineBefore(document, h)));
                expect(labelText(hint)).toContain(`benefit ${money(practice.benefit)} · fair share ${money(practice.fairShareTotal)}`);
            }
        });

    it('only gives hints for declarations in the requested range', async () => {
        const document = await parse(HAND_MODEL, { validation: true });
        const line = document.textDocument.getText().split('\n').findIndex(l => l.startsWith('initiative Hub'));
        const hints = await Autonomy.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }
        });
        expect(hints?.map(h => lineBefore(document, h))).toEqual(['initiative Hub "Hand hub" {']);
    });

    it('says the analysis is pending on initiatives, and shows no figures, before the document is checked', async () => {
        const document = await parse(HAND_MODEL, { validation: false });
        const hints = await hintsOf(document);
        expect(hints.map(h => h.label)).toEqual(['analysis pending']);
    });

    it('says the analysis is unavailable when the language server has no analysis service', async () => {
        const { Autonomy: bare } = createTestServices();
        // Services without the analysis: what a client sees if the analysis cannot run at all.
        const document = await parseHelper(bare)(HAND_MODEL, { validation: true });
        const withoutAnalysis = { ...bare, analysis: undefined };
        const { lookupAnalysis } = await import('../../src/lsp/analysis-lookup.js');
        expect(lookupAnalysis(withoutAnalysis, document).status).toBe('unavailable');
    });
});
