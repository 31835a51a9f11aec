import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/index.js';
import { escapeXml } from '../src/charts/xml.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderPdf } from '../src/render/pdf.js';
import { HOSTILE, sampleAnalysis, sampleDiagnostics, sampleModel } from './fixtures/sample.js';
import { hasPoppler, pdfText } from './fixtures/tools.js';

function hostileDoc() {
    const model = sampleModel(HOSTILE);
    const diagnostics = [...sampleDiagnostics, {
        file: 'file:///x/"><script>alert(7)</script>.autonomy', line: 3, column: 1, severity: 'error' as const,
        code: 'x"><b>', message: '<img src=x onerror=alert(8)> & more'
    }];
    return buildReport({ model, analysis: sampleAnalysis(model), diagnostics, date: '2026-11-23', sourceFile: '<script>alert(9)</script>' });
}

/** Raw tags that only hostile text could have produced. */
const INJECTED = /<\s*(script|img|iframe|b>|svg\s+onload)|onmouseover='|<style>body/i;

describe('a hostile model (names containing markup and script)', () => {
    it('cannot inject markup into the HTML, including chart SVG and source-link attributes', async () => {
        const html = await renderHtml(hostileDoc(), { sourceLinks: true, theme: 'dark' });
        expect(html).not.toMatch(INJECTED);
        expect(html.match(/<style>/g)).toHaveLength(1);
        expect(html.match(/<\/style>/g)).toHaveLength(1);
        expect(html).not.toMatch(/<script/i);
        // The names are still there, as text.
        expect(html).toContain(escapeXml(HOSTILE.A));
        expect(html).toContain(escapeXml(HOSTILE.B));
        expect(html).toContain(`data-uri="${escapeXml('file:///x/"><script>alert(7)</script>.autonomy')}"`);
        // Each chart is one well-formed SVG element: hostile labels did not close it early.
        const opened = html.match(/<svg\b/g)?.length ?? 0;
        const closed = html.match(/<\/svg>/g)?.length ?? 0;
        expect(opened).toBe(closed);
        expect(opened).toBeGreaterThanOrEqual(4);
    });

    it('cannot inject markup into the Markdown', () => {
        const md = renderMarkdown(hostileDoc());
        // Apart from the renderer's own section anchors, no "<" reaches the page unescaped.
        const withoutAnchors = md.replace(/<a id="[a-z]+"><\/a>/g, '');
        expect(withoutAnchors).not.toMatch(/(?<!\\)</);
        expect(withoutAnchors).toContain('\\<script\\>alert(1)');
        expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
        // Table rows keep their column count: a pipe in a name is escaped.
        const lines = md.split('\n');
        const header = lines.findIndex(l => l.startsWith('| Practice | List size | Gap a year'));
        const cells = (line: string) => line.split(/(?<!\\)\|/).length;
        const rows = lines.slice(header + 2, header + 5);
        expect(rows).toHaveLength(3);
        for (const row of rows) expect(cells(row)).toBe(cells(lines[header]));
    });

    it.skipIf(!hasPoppler)('renders to PDF with the names as plain text', async () => {
        const text = pdfText(await renderPdf(hostileDoc()));
        expect(text).toContain('<script>alert(1)</script>');
    });
});
