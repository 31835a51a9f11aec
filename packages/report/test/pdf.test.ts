import type { AnalysisResult } from '@autonomy/analysis';
import { formatMoney, formatPercent } from '@autonomy/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, type ReportDocument } from '../src/index.js';
import { renderPdf } from '../src/render/pdf.js';
import { northLocality } from './fixtures/north-locality.js';
import { hasPoppler, pdfFontsList, pdfInfo, pdfText } from './fixtures/tools.js';

describe('PDF of the north-locality example', () => {
    let analysis: AnalysisResult;
    let doc: ReportDocument;
    let pdf: Uint8Array;

    beforeAll(async () => {
        const input = await northLocality();
        analysis = input.analysis;
        doc = buildReport({ ...input, date: '2026-11-23', sourceFile: 'north-locality.autonomy' });
        pdf = await renderPdf(doc);
    });

    it('is byte-identical when rendered twice for the same model and date', async () => {
        const again = await renderPdf(doc);
        expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
    });

    it('changes when the date changes (the date is really in it)', async () => {
        const other = await renderPdf({ ...doc, cover: { ...doc.cover, date: '2027-01-02' } });
        expect(Buffer.from(other).equals(Buffer.from(pdf))).toBe(false);
    });

    it.skipIf(!hasPoppler)('is A4 with embedded DejaVu fonts and several pages', () => {
        const info = pdfInfo(pdf);
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(5);
        const fonts = pdfFontsList(pdf).split('\n').filter(l => /DejaVu/.test(l));
        expect(fonts.length).toBeGreaterThan(0);
        // pdffonts columns: name type encoding emb sub uni ...; every font must be embedded.
        for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+/);
    });

    it.skipIf(!hasPoppler)('carries the analysis figures for every initiative and practice', () => {
        const text = pdfText(pdf);
        const money = (minor: number) => formatMoney(minor, analysis.settings.currency);
        for (const initiative of analysis.initiatives) {
            expect(text).toContain(initiative.title);
            expect(text).toContain(money(initiative.sharedCost));
            expect(text).toContain(money(initiative.totalCurrentCost));
            for (const share of initiative.shares) {
                expect(text).toContain(money(share.charge));
                expect(text).toContain(money(Math.abs(share.fairShare)));
                expect(text).toContain(money(Math.abs(share.realisedBenefit)));
            }
            for (const payment of initiative.payments) expect(text).toContain(money(payment.amount));
        }
        for (const practice of analysis.practices) {
            expect(text).toContain(practice.title);
            expect(text).toContain(formatPercent(practice.expectedAlone));
            expect(text).toContain(formatPercent(practice.expectedCollective));
        }
        for (const merger of analysis.mergers) expect(text).toContain(money(merger.saving));
    });

    it.skipIf(!hasPoppler)('has a contents page, page numbers and the symbols £ → ≥', () => {
        const text = pdfText(pdf);
        expect(text).toContain('Contents');
        for (const section of doc.sections) expect(text).toContain(section.title);
        expect(text).toMatch(/Page 2 of \d+/);
        expect(text).toContain('£');
        expect(text).toContain('→');
        expect(text).toContain('≥');
    });

    it.skipIf(!hasPoppler)('states every executive-summary finding', () => {
        const text = pdfText(pdf);
        expect(doc.findings.length).toBeGreaterThanOrEqual(5);
        for (const finding of doc.findings) expect(text).toContain(finding.sentence.replace(/\s+/g, ' '));
    });
});

describe('PDF navigation', () => {
    it('has bookmarks for every section and initiative', async () => {
        const input = await northLocality();
        const doc = buildReport({ ...input, date: '2026-11-23' });
        const raw = Buffer.from(await renderPdf(doc)).toString('latin1');
        expect(raw).toContain('/Outlines');
        // Bookmark titles are written as PDF text strings (UTF-16 with a byte-order mark when not plain ASCII).
        const count = (raw.match(/\/Title /g) ?? []).length;
        expect(count).toBeGreaterThanOrEqual(doc.sections.length + input.analysis.initiatives.length);
    });
});
