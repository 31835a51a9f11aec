/**
 * Above the editor's exact limit (12 participants) fair shares are Monte
 * Carlo estimates (1,000 samples). A practice's hint and hover quote its fair
 * share and compensation, and its benefit when the initiative is shared
 * fairly: they say the figures are estimates rather than print them as exact.
 */
import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { MarkupContent } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestServices } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

function model(n: number): string {
    const ids = Array.from({ length: n }, (_, k) => `P${k + 1}`);
    return [
        'model "Estimated" { currency £ horizon 5 years trust threshold 3 }',
        'domain documents weight 1',
        ...ids.map((id, k) => `practice ${id} {\n    list size ${1000 + 100 * k}\n    sustainability gap £10,000 per year\n    crisis risk 20%\n    believes going alone is unsustainable\n}`),
        `collective Net {\n    kind network\n    members ${ids.join(', ')}\n    decides by consensus\n}`,
        ...ids.map(id => `trust ${id} -> Net { credibility 6 reliability 6 intimacy 6 self-orientation 2 }`),
        'initiative Hub {',
        '    run by Net',
        `    participants ${ids.join(', ')}`,
        '    cedes documents fully',
        `    current cost ${ids.map((id, k) => `${id} £${(5000 + 700 * k).toLocaleString('en-GB')}`).join(', ')}`,
        '    shared cost £20,000 fixed + £2 per patient',
        '    charged by list size',
        '    share fairly',
        '}'
    ].join('\n');
}

async function figures(document: LangiumDocument): Promise<{ hint: string; hover: string }> {
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const hints = await Autonomy.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end } }) ?? [];
    const line = text.split('\n').findIndex(l => l.startsWith('practice P1 '));
    const raw = hints.find(h => h.position.line === line)?.label;
    const hint = typeof raw === 'string' ? raw : (raw ?? []).map(part => part.value).join('');
    const hover = await Autonomy.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf('P1 {'))
    });
    return { hint, hover: (hover?.contents as MarkupContent | undefined)?.value ?? '' };
}

describe('a practice in an initiative above the exact limit', () => {
    let exact: { hint: string; hover: string };
    let estimated: { hint: string; hover: string };
    beforeAll(async () => {
        exact = await figures(await parse(model(12), { validation: true }));
        estimated = await figures(await parse(model(13), { validation: true }));
    });

    it('prints its figures plainly when they are exact', () => {
        expect(exact.hint).toMatch(/^benefit .* · fair share .*$/);
        expect(exact.hint).not.toContain('estimate');
        expect(exact.hover).not.toContain('estimate');
    });

    it('says its fair share, compensation and benefit are estimates', () => {
        expect(estimated.hint).toMatch(/^benefit .* · fair share .* · estimated \(Monte Carlo\)$/);
        expect(estimated.hover).toContain('Fair shares of Hub are Monte Carlo estimates (1,000 samples): its fair share, compensation and net benefit here are estimates; '
            + 'the initiative\'s hover gives each standard error.');
    });
});
