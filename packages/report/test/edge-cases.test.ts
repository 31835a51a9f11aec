import { ANALYSIS_SCHEMA_VERSION, type AnalysisResult } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderJson, renderMarkdown, renderPdf, type ReportDocument } from '../src/index.js';
import { sampleAnalysis, sampleDiagnostics, sampleModel } from './fixtures/sample.js';

describe('unusual models', () => {
    it('renders an empty model in every format, saying what is missing', async () => {
        const settings = { title: 'Empty', currency: '€', horizonYears: 5, trustThreshold: 3 };
        const model: DomainModel = { settings, domains: [], practices: [], collectives: [], trust: [], initiatives: [], mergers: [], partners: [] };
        const analysis: AnalysisResult = { schemaVersion: ANALYSIS_SCHEMA_VERSION, settings, initiatives: [], practices: [], trust: [], mergers: [], partners: [], findings: [] };
        const doc = buildReport({ model, analysis, diagnostics: [], date: '2026-11-23', formulas: '' });
        const md = renderMarkdown(doc);
        expect(md).toContain('The model declares no initiatives.');
        expect(md).toContain('The model has no errors, warnings or hints.');
        expect(await renderHtml(doc)).toContain('The model declares no practices or collectives.');
        expect((JSON.parse(renderJson(doc)) as ReportDocument).findings).toEqual([]);
        const pdf = await renderPdf(doc);
        expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    });

    it('names a few practices and counts the rest when many share a verdict', () => {
        const model = sampleModel();
        const analysis = sampleAnalysis(model);
        const template = analysis.practices[2];
        for (let n = 1; n <= 9; n++) {
            model.practices.push({ ...model.practices[2], id: `X${n}`, title: `Extra ${n} Surgery` });
            analysis.practices.push({ ...template, id: `X${n}`, title: `Extra ${n} Surgery` });
        }
        const doc = buildReport({ model, analysis, diagnostics: sampleDiagnostics, date: '2026-11-23', formulas: '' });
        const ceding = doc.findings.find(f => f.kind === 'ceding')!.sentence;
        expect(ceding).toContain('Oakfield Practice, Extra 1 Surgery, Extra 2 Surgery, Extra 3 Surgery, Extra 4 Surgery and 5 other practices keep more autonomy');
        expect(ceding).not.toContain('Extra 9 Surgery');
    });

    it('does not say a practice that neither cedes nor gains keeps more by going alone', () => {
        const model = sampleModel();
        const analysis = sampleAnalysis(model);
        const bystander = { ...analysis.practices[2], id: 'D', title: 'Bystander Surgery', autonomyRetained: 1, benefit: 0,
            residualRisk: 0.3, crisisRisk: 0.3, expectedAlone: 0.7, expectedCollective: 0.7, paradoxResolved: false, paradoxVerdict: 'no-difference' as const };
        model.practices.push({ ...model.practices[2], id: 'D', title: 'Bystander Surgery' });
        analysis.practices.push(bystander);
        const doc = buildReport({ model, analysis, diagnostics: sampleDiagnostics, date: '2026-11-23', formulas: '' });
        const ceding = doc.findings.find(f => f.kind === 'ceding')!.sentence;
        expect(ceding).toContain('For Bystander Surgery, ceding makes no difference as modelled.');
        expect(ceding).not.toMatch(/Bystander Surgery[^.]*keeps? more/);
        expect(renderMarkdown(doc)).toMatch(/\| Bystander Surgery \|[^\n]*\| no difference \|/);
    });
});
