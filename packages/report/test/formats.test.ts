import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type ReportDocument } from '../src/index.js';
import { escapeXml } from '../src/charts/xml.js';
import { renderHtml } from '../src/render/html.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { northLocality } from './fixtures/north-locality.js';

/** Undoes the Markdown renderer's escaping, to compare text with the document. */
function unescapeMarkdown(md: string): string {
    return md.replace(/&amp;/g, '&').replace(/\\(.)/g, '$1');
}

describe('the four formats render one document', () => {
    let doc: ReportDocument;
    let md: string;
    let html: string;
    let json: ReportDocument;

    beforeAll(async () => {
        const input = await northLocality();
        doc = buildReport({ ...input, date: '2026-11-23' });
        md = unescapeMarkdown(renderMarkdown(doc));
        html = await renderHtml(doc);
        json = JSON.parse(renderJson(doc)) as ReportDocument;
    });

    it('has five to eight ranked findings', () => {
        expect(doc.findings.length).toBeGreaterThanOrEqual(5);
        expect(doc.findings.length).toBeLessThanOrEqual(8);
        expect(doc.findings.map(f => f.rank)).toEqual(doc.findings.map((_, i) => i + 1));
    });

    it('states the same findings in Markdown, HTML and JSON', () => {
        expect(json.findings).toEqual(doc.findings);
        for (const finding of doc.findings) {
            expect(md).toContain(finding.sentence);
            expect(html).toContain(escapeXml(finding.sentence));
        }
    });

    it('has the same sections, in order, in every format', () => {
        const titles = doc.sections.map(s => s.title);
        expect(json.sections.map(s => s.title)).toEqual(titles);
        const mdHeadings = md.split('\n').filter(l => l.startsWith('## ')).map(l => l.slice(3)).filter(t => t !== 'Contents');
        expect(mdHeadings).toEqual(titles);
        const htmlHeadings = [...html.matchAll(/<section id="[^"]+"><h2>([^<]+)<\/h2>/g)].map(m => m[1]);
        expect(htmlHeadings).toEqual(titles.map(escapeXml));
    });

    it('carries every table cell in Markdown and HTML', () => {
        for (const section of doc.sections) {
            for (const block of section.blocks) {
                if (block.kind !== 'table') continue;
                for (const row of block.rows) {
                    for (const cell of row.cells) {
                        const runs = typeof cell === 'string' ? [cell] : cell.map(r => r.text.trim());
                        for (const run of runs.filter(r => r !== '')) {
                            expect(md).toContain(run);
                            expect(html).toContain(escapeXml(run));
                        }
                    }
                }
            }
        }
    });

    it('names things by their display titles, never by identifiers', async () => {
        const { model } = await northLocality();
        const entities = [...model.practices, ...model.collectives, ...model.initiatives, ...model.mergers, ...model.partners, ...model.domains];
        const titles = entities.map(e => e.title).join(' ');
        // Identifiers that do not also occur inside some title (e.g. NorthPCN, DocumentHub, CountyHospital).
        const ids = entities.map(e => e.id).filter(id => !new RegExp(`\\b${id}\\b`).test(titles));
        expect(ids.length).toBeGreaterThan(3);
        // Diagnostics quote the validator's messages and the appendix the formulas page; everything else is the report's wording.
        const body = md.slice(0, md.indexOf('## Diagnostics'));
        for (const id of ids) expect(body).not.toMatch(new RegExp(`\\b${id}\\b`));
    });

    it('puts the raw analysis figures in the JSON', () => {
        expect(json.analysis).toEqual(JSON.parse(JSON.stringify(doc.analysis)));
        expect(json.analysis.initiatives.length).toBeGreaterThan(0);
    });

    it('marks practices, initiatives and diagnostics with their source when asked', async () => {
        const input = await northLocality();
        const diagnostics = [{ file: 'file:///m/north.autonomy', line: 12, column: 3, severity: 'warning' as const, code: 'x', message: 'm' }];
        const linked = await renderHtml(buildReport({ ...input, diagnostics, date: '2026-11-23' }), { sourceLinks: true });
        for (const item of [...input.model.practices, ...input.model.initiatives]) {
            expect(item.source).toBeDefined();
            expect(linked).toContain(`data-uri="${escapeXml(item.source!.uri)}" data-line="${item.source!.line}" data-character="${item.source!.character}"`);
        }
        expect(linked).toContain('data-kind="diagnostic" data-uri="file:///m/north.autonomy" data-line="11" data-character="2"');
        expect(html).not.toContain('data-uri=');
    });

    it('draws three kinds of chart as inline SVG in the HTML', () => {
        for (const kind of ['split', 'paradox', 'structure']) expect(html).toMatch(new RegExp(`<figure class="chart chart-${kind}"[^>]*><svg`));
        expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    });
});
