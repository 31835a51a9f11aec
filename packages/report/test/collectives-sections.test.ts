/** The report content for DOMAIN.md items 19 and 20, on the two examples written for them. */
import { readFileSync } from 'node:fs';
import { analyse } from '@autonomy/analysis';
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/build-report.js';
import { structureSvg } from '../src/charts/structure-svg.js';
import type { Block, ReportDocument, StructureNode } from '../src/document.js';
import { plainText } from '../src/document.js';
import { renderMarkdown } from '../src/render/markdown.js';

const { Autonomy } = createAutonomyServices(EmptyFileSystem);

async function reportOf(example: string): Promise<ReportDocument> {
    const text = readFileSync(new URL(`../../../examples/${example}`, import.meta.url), 'utf8');
    const model = Autonomy.model.DomainModelBuilder.build(await parseHelper(Autonomy)(text));
    return buildReport({ model, analysis: analyse(model), diagnostics: [], date: '2026-12-01', formulas: '' });
}

function tables(doc: ReportDocument, section: string): Extract<Block, { kind: 'table' }>[] {
    return doc.sections.find(s => s.id === section)!.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
}

describe('collectives that trust and vote in the report (item 19)', () => {
    it('marks the network that will not follow in the structure diagram, with its trust', async () => {
        const doc = await reportOf('place-leadership-group.autonomy');
        const chart = doc.sections.find(s => s.id === 'structure')!.blocks.find(b => b.kind === 'chart');
        if (chart?.kind !== 'chart' || chart.chart.kind !== 'structure') throw new Error('no structure chart');
        const east = chart.chart.roots[0].children.find((c: StructureNode) => c.label === 'Ashby East PCN');
        expect(east?.alert).toEqual({ text: 'trusts Ashby place leadership group 2.0 (below 3) · will not follow on Place-wide acute home visiting', bad: true });
        const north = chart.chart.roots[0].children.find((c: StructureNode) => c.label === 'Ashby North PCN');
        expect(north?.alert).toEqual({ text: 'trusts Ashby place leadership group 6.0', bad: false });
        const svg = structureSvg(chart.chart);
        expect(svg).toContain('will not follow on');
        expect(renderMarkdown(doc)).toContain('**Ashby East PCN** (network · majority vote): trusts Ashby place leadership group 2.0 (below 3)');
    });

    it('tables the trust between collectives and the member collectives\' votes', async () => {
        const doc = await reportOf('place-leadership-group.autonomy');
        const trust = tables(doc, 'structure').find(t => t.columns[1].header === 'Trusts')!;
        expect(trust.rows.map(r => r.cells.map(plainText))).toEqual([
            ['Ashby North PCN', 'Ashby place leadership group', '6.00', 'yes', '—'],
            ['Ashby Central PCN', 'Ashby place leadership group', '6.33', 'yes', '—'],
            ['Ashby East PCN', 'Ashby place leadership group', '2.00', 'no', 'Place-wide acute home visiting']
        ]);
        const votes = tables(doc, 'initiatives').find(t => t.columns[0].header === 'Member collective')!;
        expect(votes.rows.map(r => [plainText(r.cells[0]), plainText(r.cells[4])]))
            .toEqual([['Ashby North PCN', 'yes'], ['Ashby Central PCN', 'yes'], ['Ashby East PCN', 'no, nor its 3 practices']]);
        // Nominal one unit for the whole place; effectively the group speaks for six practices and East's three stand alone.
        const partners = tables(doc, 'structure').find(t => t.columns[0].header === 'System partner')!;
        // Units today -> organised -> effectively; relationships rounded beside the division they come from (2.8 and 11.2).
        expect(plainText(partners.rows[0].cells[1])).toMatch(/ → 1 → 4$/);
        expect(partners.rows[0].cells.slice(3).map(plainText)).toEqual([
            'about 3 (250,000 patients / units of 89,000 on average)', 'about 11 (250,000 patients / units of 22,250 on average)'
        ]);
    });
});

describe('the summary about a member collective that will not follow (item 19)', () => {
    it('names the network and its practices without saying they lose, and gives the effective relationships', async () => {
        const doc = await reportOf('place-leadership-group.autonomy');
        const sentences = doc.findings.map(f => f.sentence);
        expect(sentences).toContain('Ashby East PCN will not follow Ashby place leadership group on Place-wide acute home visiting '
            + '(its trust is below the threshold), so nothing happens in Granary Wharf Surgery, Harbour View Practice and Ivy Lane Surgery.');
        // Every practice gains here (see the initiative's table), so no sentence may say any of them loses.
        expect(sentences.filter(s => / lose| loses/.test(s))).toEqual([]);
        expect(sentences.find(s => s.includes('relationships'))).toContain('Effectively about 11 (250,000 patients / units of 22,250 on average): ');
    });
});

describe('investment in the report (item 20)', () => {
    it('shows each practice\'s share, payback and benefit over the horizon, the late one marked', async () => {
        const doc = await reportOf('hub-set-up-investment.autonomy');
        const table = tables(doc, 'initiatives').find(t => t.columns[1].header === 'Share of investment')!;
        expect(table.rows.map(r => r.cells.map(plainText))).toEqual([
            ['Elm Tree Surgery', '£24,000', '+£8,000', '3.0 years', '+£16,000'],
            ['Oakwood Medical Practice', '£18,000', '+£6,000', '3.0 years', '+£12,000'],
            ['Ash Grove Surgery', '£14,000', '+£5,333.33', '2.6 years', '+£12,666.65'],
            ['Birchfield Practice', '£10,000', '+£3,666.67', '2.7 years', '+£8,333.35'],
            ['Hazel Grove Surgery', '£6,000', '+£500', '12.0 years', '-£3,500']
        ]);
        expect(table.rows.map(r => r.tone)).toEqual([undefined, undefined, undefined, undefined, 'bad']);
        const text = JSON.stringify(doc.sections.find(s => s.id === 'initiatives'));
        expect(text).toContain('Hazel Grove Surgery would not get its money back within the horizon.');
    });
});

describe('voting power in the report (item 18)', () => {
    it('counts a practice shared by two member networks once in the shares of patients, and says with which', async () => {
        // North = Alpha (1,000) and Shared (6,000); South = Beta (5,000) and Shared: 12,000 patients, Shared's once.
        // Counted with North (listed first): 7,000 and 5,000 votes, 58.3% and 41.7%; counted twice, 7,000 of 18,000 (38.9%).
        const text = `
practice A "Alpha" { list size 1,000 }
practice S "Shared" { list size 6,000 }
practice B "Beta" { list size 5,000 }
collective North { members A, S decides by consensus }
collective South { members B, S decides by consensus }
collective G "Group" { members North, South decides by weighted-vote }`;
        const model = Autonomy.model.DomainModelBuilder.build(await parseHelper(Autonomy)(text));
        const doc = buildReport({ model, analysis: analyse(model, { decisionSupport: true }), diagnostics: [], date: '2026-12-01', formulas: '' });
        const section = doc.sections.find(s => s.id === 'voting-power')!;
        const table = section.blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!;
        expect(table.rows.map(r => r.cells.slice(0, 3).map(plainText))).toEqual([['North', '7,000', '58.3%'], ['South', '5,000', '41.7%']]);
        expect(section.blocks.filter(b => b.kind === 'note').map(b => (b.kind === 'note' ? plainText(b.text) : '')))
            .toEqual(['Shares of patients count each practice once, with the first member collective listed that contains it (Shared with North).']);
    });
});

describe('a member collective with exactly half its practices believing (item 19)', () => {
    it('is not said to have most of its practices disbelieve', async () => {
        // Network N = Xley (believes going alone is unsustainable) and Yford (does not): 1 of 2 is not a majority, so
        // N, trusting F at 6 >= 3, is not ready and will not follow F's delegated decision; half of its practices believe.
        const text = `
model "Tie" { currency £ horizon 5 years trust threshold 3.0 }
practice X "Xley" { list size 4,000 believes going alone is unsustainable }
practice Y "Yford" { list size 4,000 }
practice Z "Zeal" { list size 4,000 believes going alone is unsustainable }
collective N "Network N" { members X, Y decides by consensus }
collective F "Federation F" { members N, Z decides by delegation }
trust X -> N { credibility 6 reliability 6 intimacy 6 self-orientation 3 }
trust Y -> N { credibility 6 reliability 6 intimacy 6 self-orientation 3 }
trust N -> F { credibility 6 reliability 6 intimacy 6 self-orientation 3 }
trust Z -> F { credibility 6 reliability 6 intimacy 6 self-orientation 3 }
initiative I "I" { run by F participants X, Y, Z current cost X £12,000, Y £12,000, Z £12,000
    shared cost £30,000 fixed charged equally share as charged }`;
        const model = Autonomy.model.DomainModelBuilder.build(await parseHelper(Autonomy)(text));
        const doc = buildReport({ model, analysis: analyse(model), diagnostics: [], date: '2026-12-01', formulas: '' });
        const sentence = doc.findings.map(f => f.sentence).find(s => s.startsWith('Network N will not follow'));
        expect(sentence).toBe('Network N will not follow Federation F on I (no more than half of its practices believe going alone is unsustainable), '
            + 'so nothing happens in Xley and Yford.');
        expect(renderMarkdown(doc)).not.toContain('most of its practices do not believe');
    });
});
