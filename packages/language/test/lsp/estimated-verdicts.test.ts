/**
 * Above the editor's exact limit (12 participants) fair shares are Monte Carlo estimates. Where a
 * participant's estimate is within two standard errors of zero, whether it agrees is not known: the
 * initiative's hover and inlay hint may not say "blocked by" it, nor "does not proceed", as fact.
 */
import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { MarkupContent } from 'vscode-languageserver';
import { THIRTEEN_COSTS, THIRTEEN_POPS } from '../../../analysis/test/thirteen-practices.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestServices } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

const POPS = THIRTEEN_POPS;
const COSTS = THIRTEEN_COSTS;

function money(minor: number): string {
    return `£${(minor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

function model(rule: string): string {
    const ids = POPS.map((_, k) => `P${k}`);
    return [
        'model "Thirteen" { currency £ horizon 5 years trust threshold 3 }',
        'domain documents weight 1',
        ...ids.map((id, k) => `practice ${id} {\n    list size ${POPS[k]}\n    sustainability gap £10,000 per year\n    crisis risk 30%\n    believes going alone is unsustainable\n}`),
        `collective Net {\n    kind network\n    members ${ids.join(', ')}\n    decides by ${rule}\n}`,
        ...ids.map(id => `trust ${id} -> Net { credibility 8 reliability 8 intimacy 8 self-orientation 2 }`),
        'initiative Hub {',
        '    run by Net',
        `    participants ${ids.join(', ')}`,
        '    cedes documents fully',
        `    current cost ${ids.map((id, k) => `${id} ${money(COSTS[k])}`).join(', ')}`,
        '    shared cost £20,000 fixed + £5 per patient + £31,066.19 per 33,779 patients',
        '    charged by list size',
        '    share fairly',
        '}'
    ].join('\n');
}

async function initiativeFigures(document: LangiumDocument): Promise<{ hint: string; hover: string; diagnostics: string[] }> {
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const hints = await Autonomy.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end } }) ?? [];
    const line = text.split('\n').findIndex(l => l.startsWith('initiative Hub'));
    const raw = hints.find(h => h.position.line === line)?.label;
    const hint = typeof raw === 'string' ? raw : (raw ?? []).map(part => part.value).join('');
    const hover = await Autonomy.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf('Hub {'))
    });
    return { hint, hover: (hover?.contents as MarkupContent | undefined)?.value ?? '', diagnostics: (document.diagnostics ?? []).map(d => (typeof d.message === 'string' ? d.message : d.message.value)) };
}

describe('an initiative of 13 practices, P1\'s fair share estimated near zero (-£306.73, standard error £270.45)', () => {
    let consensus: Awaited<ReturnType<typeof initiativeFigures>>;
    let vote: Awaited<ReturnType<typeof initiativeFigures>>;
    beforeAll(async () => {
        consensus = await initiativeFigures(await parse(model('consensus'), { validation: true }));
        vote = await initiativeFigures(await parse(model('majority-vote'), { validation: true }));
    });

    it('under consensus is not "blocked by P1" as fact', () => {
        expect(consensus.hover).toContain('| P1 | £38,843.98 | -£2,881.47 | -£306.73 ± £270.45 |');
        expect(consensus.hint).toBe('may be blocked by P1 on estimates (uncertain) · saves £48,809.35');
        expect(consensus.hover).not.toContain('**blocked by P1**');
        expect(consensus.hover).toContain('Outcome: **may be blocked by P1 on the estimated fair shares (uncertain)**. '
            + 'Net decides by consensus and on the estimated fair shares, P1 would not agree, so it would not proceed; but whether P1 and P12 agree is uncertain');
        const blocker = consensus.diagnostics.filter(m => m.includes('block Hub'));
        expect(blocker).toEqual([expect.stringMatching(/^P1 may block Hub under consensus on the estimated fair shares: .*whether it would agree is uncertain/)]);
    });

    it('under a majority vote that carries either way, proceeds, with P1\'s part in it on the estimate only', () => {
        expect(vote.hint).toBe('proceeds · defection risk P1 (estimated) · saves £48,809.35');
        expect(vote.hover).toContain('Outcome: **proceeds under majority-vote** · defection risk: P1 (on the estimate only).');
    });
});
