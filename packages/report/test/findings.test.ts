import { formatMoney } from '@autonomy/domain';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { sampleAnalysis, sampleDiagnostics, sampleModel } from './fixtures/sample.js';

function report(edit?: (a: ReturnType<typeof sampleAnalysis>) => void) {
    const model = sampleModel();
    const analysis = sampleAnalysis(model);
    edit?.(analysis);
    return buildReport({ model, analysis, diagnostics: sampleDiagnostics, date: '2026-11-23', formulas: '# Formulas\n\nv(S) = max(0, ...)' });
}

describe('executive summary', () => {
    it('ranks a loss-making initiative first, then the consensus blocker, then the compensation', () => {
        const kinds = report().findings.map(f => f.kind);
        expect(kinds.slice(0, 3)).toEqual(['loss-making', 'blocker', 'compensation']);
        expect(kinds.length).toBeGreaterThanOrEqual(5);
        expect(kinds.length).toBeLessThanOrEqual(8);
    });

    it('covers every kind of finding before repeating one (the second blocker gives way)', () => {
        const findings = report().findings;
        expect(findings.map(f => f.kind)).toEqual(['loss-making', 'blocker', 'compensation', 'unstable', 'ceding', 'relationships', 'readiness', 'merger']);
        expect(findings.find(f => f.kind === 'blocker')!.initiative).toBe('Hub');
    });

    it('fills spare places with further findings of the most urgent kinds', () => {
        const findings = report(a => { a.mergers = []; a.initiatives[0].fair.inCore = null; }).findings;
        expect(findings.filter(f => f.kind === 'blocker').map(f => f.initiative)).toEqual(['Hub', 'Derm']);
        expect(findings).toHaveLength(8);
    });

    it('fills a quiet summary with good news: stable splits and initiatives that go ahead', () => {
        const findings = report(a => {
            a.initiatives = [a.initiatives[0]];
            a.initiatives[0].outcome = { ...a.initiatives[0].outcome, proceeds: true, blockers: [], agree: ['A', 'B', 'C'] };
            a.mergers = [];
        }).findings;
        expect(findings.map(f => f.kind)).toContain('stable');
        expect(findings.find(f => f.kind === 'proceeds')!.sentence)
            .toBe('Shared document hub goes ahead under consensus: Riverside Surgery, Hillside Medical Centre and Oakfield Practice agree.');
    });

    it('names practices by title and quotes the payments', () => {
        const doc = report();
        const compensation = doc.findings.find(f => f.kind === 'compensation')!;
        for (const p of doc.analysis.initiatives[0].payments) expect(compensation.sentence).toContain(formatMoney(p.amount, '£'));
        expect(compensation.sentence).toContain('Riverside Surgery pays Oakfield Practice');
        expect(compensation.sentence).toContain('As charged, Oakfield Practice loses money');
        const blocker = doc.findings.find(f => f.kind === 'blocker')!;
        expect(blocker.sentence).toContain('Oakfield Practice');
        expect(blocker.sentence).not.toMatch(/\bC\b/);
    });

    it('explains every term of art it uses', () => {
        const terms = report().terms.map(t => t.term);
        for (const term of ['Fair share (Shapley value)', 'Compensation', 'Expected autonomy', 'Consensus', 'Trust score (Green)']) {
            expect(terms).toContain(term);
        }
    });
});

describe('figures come from the analysis, never recomputed', () => {
    it('shows the analysis figures even when they disagree with the model', () => {
        // Deliberately inconsistent figures: a report that recomputed from the model would not show them.
        const doc = report(a => {
            a.initiatives[0].netSaving = 4_242_4200;
            a.initiatives[0].shares[0].charge = 1_234_567;
            a.practices[2].expectedCollective = 0.123;
            a.partners[0].after.relationships = 7.7;
        });
        const md = renderMarkdown(doc).replace(/\\(.)/g, '$1');
        expect(md).toContain(formatMoney(4_242_4200, '£'));
        expect(md).toContain(formatMoney(1_234_567, '£'));
        expect(md).toContain('12.3%');
        expect(md).toContain('7.7 relationships');
    });

    it('renders the formulas page given to it in the appendix', () => {
        const appendix = report().sections.find(s => s.id === 'appendix')!;
        expect(appendix.blocks).toContainEqual({ kind: 'heading', level: 3, text: 'Formulas' });
        expect(appendix.blocks).toContainEqual({ kind: 'paragraph', text: 'v(S) = max(0, ...)' });
    });

    it('rejects a date that is not YYYY-MM-DD with a message saying how to write it', () => {
        const model = sampleModel();
        expect(() => buildReport({ model, analysis: sampleAnalysis(model), diagnostics: [], date: '23/11/2026' }))
            .toThrow(/YYYY-MM-DD/);
    });
});
