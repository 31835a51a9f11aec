/**
 * Issue 11: two editions from one document, columns only where the model has
 * data, long words that cannot stall the PDF, and paged summaries of large models.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, type Block, chartFiles, plainText, renderHtml, renderMarkdown, renderPdf, type ReportDocument, type Section } from '../src/index.js';
import { fitWords } from '../src/long-words.js';
import { PAGED_ROWS, withPagedSummary } from '../src/sections/paged-summary.js';
import { northLocality } from './fixtures/north-locality.js';
import { hasPoppler, pdfText } from './fixtures/tools.js';

async function north(edition: 'partners' | 'analyst'): Promise<ReportDocument> {
    const { model, analysis, diagnostics } = await northLocality();
    return buildReport({ model, analysis, diagnostics, date: '2026-12-01', sourceFile: '/home/consultant/clients/north-locality.autonomy', edition });
}

function allText(doc: ReportDocument): string {
    const block = (b: Block): string[] => {
        switch (b.kind) {
            case 'table': return [b.caption ?? '', ...b.columns.map(c => c.header), ...b.rows.flatMap(r => r.cells.map(plainText))];
            case 'list': return b.items.map(plainText);
            case 'terms': return b.items.map(t => `${t.term} ${t.meaning}`);
            case 'chart': return [b.title, b.description];
            case 'paragraph': case 'note': return [plainText(b.text)];
            case 'heading': case 'code': return [b.text];
        }
    };
    return doc.sections.flatMap((s: Section) => [s.title, ...s.blocks.flatMap(block)]).join('\n');
}

describe('partner edition', () => {
    it('puts the recommendation and the deal first, then a page per practice, the paradox, trust in words and the method', async () => {
        const doc = await north('partners');
        const ids = doc.sections.map(s => s.id);
        expect(ids.slice(0, 2)).toEqual(['summary', 'deal']);
        expect(ids.filter(id => id.startsWith('practice-'))).toHaveLength(doc.analysis.practices.length);
        expect(ids.slice(-3)).toEqual(['paradox', 'trust', 'method']);
        expect(doc.sections.find(s => s.id === 'practice-Riverside')!.title).toBe('What this means for Riverside Surgery');
        expect(doc.edition).toBe('partners');
    });

    it('has no diagnostics, source locations, file paths, language syntax or software names', async () => {
        const doc = await north('partners');
        expect(doc.sections.map(s => s.id)).not.toContain('diagnostics');
        expect(doc.sections.map(s => s.id)).not.toContain('appendix');
        expect(doc.cover.sourceFile).toBeUndefined();
        expect(doc.diagnostics).toEqual([]);
        const text = allText(doc);
        expect(text).not.toMatch(/\.autonomy|:\d+:\d+|share fairly|charged by|BigInt|Langium|pdfmake|\bLP\b|javascript/i);
        const html = await renderHtml(doc, { sourceLinks: true });
        expect(html).not.toContain('data-uri="');
        expect(html).not.toContain('/home/consultant');
        expect(renderMarkdown(doc)).not.toContain('/home/consultant');
    });

    it('shows every split its deal refers to: charged, fair and the payment for each practice', async () => {
        const doc = await north('partners');
        const deal = doc.sections.find(s => s.id === 'deal')!;
        const tables = deal.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
        const splitting = doc.analysis.initiatives.filter(i => !i.lossMaking);
        expect(tables).toHaveLength(splitting.length);
        for (const [k, i] of splitting.entries()) expect(tables[k].rows).toHaveLength(i.shares.length);
    });

    it('the analyst edition keeps everything, the file name on the cover included', async () => {
        const doc = await north('analyst');
        expect(doc.sections.map(s => s.id)).toEqual(['summary', 'practices', 'initiatives', 'paradox', 'trust', 'structure', 'diagnostics', 'appendix']);
        expect(doc.cover.sourceFile).toContain('north-locality.autonomy');
        expect(doc.findings).toEqual((await north('partners')).findings);
    });
});

describe('columns only where the model gives data', () => {
    it('shows a Merger column only when a merger is modelled', async () => {
        const { model, analysis } = await northLocality();
        const header = (doc: ReportDocument) => (doc.sections.find(s => s.id === 'paradox')!.blocks.find(b => b.kind === 'table') as Extract<Block, { kind: 'table' }>).columns.map(c => c.header);
        expect(header(buildReport({ model, analysis, diagnostics: [], date: '2026-12-01' }))).toContain('Merger');
        const noMerger = buildReport({ model: { ...model, mergers: [] }, analysis: { ...analysis, mergers: [] }, diagnostics: [], date: '2026-12-01' });
        expect(header(noMerger)).not.toContain('Merger');
    });
});

describe('long unbroken words', () => {
    it('cuts a word past 60 characters with an ellipsis and gives long words break points', () => {
        const fitted = fitWords(`Title ${'A'.repeat(20_000)} end`);
        expect(fitted.length).toBeLessThan(100);
        expect(fitted).toContain('…');
        expect(fitted.endsWith(' end')).toBe(true);
        expect(fitWords('Riverside Surgery')).toBe('Riverside Surgery');
        expect(fitWords('Abcdefghijklmnopqrstuvwxyz')).toBe('Abcdefghijklmnopqrstuvwxyz');
        expect(fitWords('Abcdefghijklmnopqrstuvwxyz'.repeat(2))).toContain('\u200b');
    });

    it.skipIf(!hasPoppler)('a 20,000-character title stays one short line in the PDF', async () => {
        const { model, analysis } = await northLocality();
        const title = 'N'.repeat(20_000);
        const pdf = await renderPdf(buildReport({ model: { ...model, settings: { ...model.settings, title } }, analysis, diagnostics: [], date: '2026-12-01' }));
        const text = pdfText(pdf);
        expect(text).toContain('N'.repeat(29));
        expect(text).not.toContain('N'.repeat(61));
        expect(pdf.byteLength).toBeLessThan(1_000_000);
    }, 60_000);
});

describe('paged summaries of large tables', () => {
    it('keeps the heaviest rows, the totals row, and says where the full table is', () => {
        const rows = Array.from({ length: 100 }, (_, k) => ({ kind: 'practice' as const, weight: k, cells: [`P${k}`] }));
        const section: Section = { id: 's', title: 'S', blocks: [{ kind: 'table', columns: [{ header: 'P' }], rows: [...rows, { cells: ['All'] }] }] };
        const paged = withPagedSummary(section).pagedBlocks!;
        const table = paged[0] as Extract<Block, { kind: 'table' }>;
        expect(table.rows).toHaveLength(PAGED_ROWS + 1);
        expect(table.rows[0].cells[0]).toBe(`P${100 - PAGED_ROWS}`);
        expect(table.rows[PAGED_ROWS].cells[0]).toBe('All');
        expect(plainText((paged[1] as Extract<Block, { kind: 'note' }>).text)).toContain(`the ${PAGED_ROWS} rows of 100 with most at stake and the totals; the full table is in the HTML and JSON editions`);
        expect(withPagedSummary({ ...section, blocks: [{ ...section.blocks[0], rows: rows.slice(0, 10) } as Block] }).pagedBlocks).toBeUndefined();
    });
});

describe('chart export', () => {
    it('names every chart of the document in order with a file-safe slug', async () => {
        const doc = await north('analyst');
        const files = chartFiles(doc);
        const charts = doc.sections.flatMap(s => s.blocks).filter(b => b.kind === 'chart');
        expect(files).toHaveLength(charts.length);
        for (const f of files) {
            expect(f.name).toMatch(/^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/);
            expect(f.svg.startsWith('<svg')).toBe(true);
        }
    });
});
