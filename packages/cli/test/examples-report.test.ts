import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '@autonomy/analysis';
import { buildReport, renderHtml, renderJson, renderMarkdown, renderPdf } from '@autonomy/report';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../src/workspace.js';

// Issue 4: "a report for every file in examples/ is produced in CI". Every
// example (not the deliberately broken ones) goes through the same pipeline as
// `autonomy report`, in all four formats.
const examples = path.resolve(fileURLToPath(new URL('../../../examples', import.meta.url)));
const files = readdirSync(examples).filter(f => f.endsWith('.autonomy')).map(f => path.join(examples, f));
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPdftotext) {
    console.warn('\n*** SKIPPING the PDF text check of every example: pdftotext (poppler-utils) is not installed. ***\n');
}

describe('a briefing report for every example', () => {
    it('finds the examples', () => {
        expect(files.length).toBeGreaterThanOrEqual(8);
    });

    it.each(files.map(f => [path.basename(f), f]))('%s renders as Markdown, HTML, JSON and PDF', async (_name, file) => {
        const workspace = await loadWorkspace([file], examples);
        const document = workspace.requested[0];
        const model = workspace.services.model.DomainModelBuilder.build(document);
        const analysis = analyse(model);
        const report = buildReport({ model, analysis, diagnostics: [], date: '2026-11-23', sourceFile: path.basename(file) });

        const title = model.settings.title;
        expect(renderMarkdown(report)).toContain(title.replace(/[*_|]/g, ''));
        const html = await renderHtml(report);
        expect(html).toMatch(/^<!DOCTYPE html>/i);
        expect(JSON.parse(renderJson(report))).toBeTypeOf('object');
        const pdf = await renderPdf(report);
        expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
        if (hasPdftotext) {
            const out = path.join(mkdtempSync(path.join(tmpdir(), 'autonomy-example-')), 'report.pdf');
            writeFileSync(out, pdf);
            const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
            expect(text).toContain(title);
            for (const practice of model.practices.slice(0, 3)) {
                expect(text).toContain(practice.title);
            }
        }
    });
});
