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
    // Issue 11 changed these two: findings rank by money at stake within a severity (the blocker of the
    // £ larger Hub now comes before the smaller loss), and a second blocker no longer gives way.
    it('ranks high-severity findings by money at stake, then medium, then low', () => {
        const findings = report().findings;
        expect(findings.slice(0, 3).map(f => f.kind).sort()).toEqual(['blocker', 'compensation', 'loss-making']);
        const order = { high: 0, medium: 1, low: 2 };
        for (let k = 1; k < findings.length; k++) {
            const [a, b] = [findings[k - 1], findings[k]];
            expect(order[a.severity] < order[b.severity] || (a.severity === b.severity && a.atStake >= b.atStake)).toBe(true);
        }
        expect(findings.length).toBeGreaterThanOrEqual(5);
    });

    it('covers every initiative with a blocker, even when two block (the second blocker no longer gives way)', () => {
        const findings = report().findings;
        expect(findings.filter(f => f.kind === 'blocker').map(f => f.initiative).sort()).toEqual(['Derm', 'Hub']);
        for (const kind of ['loss-making', 'compensation', 'ceding', 'relationships']) expect(findings.map(f => f.kind)).toContain(kind);
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
        // Issue 11: the sentence now cites the loss itself instead of "loses money".
        expect(compensation.sentence).toContain('As charged, Oakfield Practice loses £500 a year');
        const blocker = doc.findings.find(f => f.kind === 'blocker')!;
        expect(blocker.sentence).toContain('Oakfield Practice');
        expect(blocker.sentence).not.toMatch(/\bC\b/);
    });

    // A briefing of 2 December listed the first three of four payments and called the fourth
    // "smaller" though it was larger than one listed: the largest are named now, the rest summed.
    it('names the largest payments and sums the rest, so no unnamed payment is larger than a named one', () => {
        const amounts = [10_000, 90_000, 5_000, 30_000, 70_000];
        const doc = report(a => {
            a.initiatives[0].payments = amounts.map(amount => ({ from: 'A', to: 'C', amount }));
        });
        const sentence = doc.findings.find(f => f.kind === 'compensation')!.sentence;
        for (const named of [90_000, 70_000, 30_000]) expect(sentence).toContain(`pays Oakfield Practice ${formatMoney(named, '£')}`);
        expect(sentence).toContain(`and 2 more payments totalling ${formatMoney(15_000, '£')}`);
        expect(sentence).not.toContain('smaller');
        const four = report(a => {
            a.initiatives[0].payments = amounts.slice(0, 4).map(amount => ({ from: 'A', to: 'C', amount }));
        }).findings.find(f => f.kind === 'compensation')!.sentence;
        for (const named of amounts.slice(0, 4)) expect(four).toContain(formatMoney(named, '£'));
        expect(four).not.toContain('more payment');
    });

    it('explains every term of art it uses', () => {
        const terms = report().terms.map(t => t.term);
        for (const term of ['Fair share (Shapley value)', 'Compensation', 'Expected autonomy', 'Consensus', 'Trust score (Green)']) {
            expect(terms).toContain(term);
        }
    });
});

describe('the best group of a loss-making initiative', () => {
    const lossMaking = (edit: (best: { members: string[]; value: number; exhaustive: boolean }) => void) => report(a => {
        const derm = a.initiatives.find(i => i.id === 'Derm')!;
        edit(derm.bestCoalition!);
    }).findings.find(f => f.kind === 'loss-making')!.sentence;

    it('is called the most valuable only when every group was compared', () => {
        expect(lossMaking(b => Object.assign(b, { value: 40_000 }))).toContain('The most valuable group is');
        const tried = lossMaking(b => Object.assign(b, { value: 40_000, exhaustive: false }));
        expect(tried).not.toContain('most valuable');
        expect(tried).toContain('Of the groups tried, Hillside Medical Centre on its own saves the most, £400 a year; with 2 participants not every group is tried.');
    });

    it('says no group saves money only when every group was compared', () => {
        expect(lossMaking(() => undefined)).toContain('No group of its participants saves money with it.');
        const tried = lossMaking(b => Object.assign(b, { exhaustive: false }));
        expect(tried).not.toContain('No group of its participants');
        expect(tried).toContain('None of the groups tried saves money with it; with 2 participants not every group is tried.');
    });
});

describe('the appendix on estimated fair shares', () => {
    const appendix = (edit: (a: ReturnType<typeof sampleAnalysis>) => void) =>
        renderMarkdown(report(edit)).replace(/\\(.)/g, '$1').split('\n').find(l => l.includes('Fair shares are estimated by sampling'))!;
    const estimate = (i: ReturnType<typeof sampleAnalysis>['initiatives'][number]) => Object.assign(i, { method: 'monte-carlo', samples: 1_000, seed: 7 });

    it('says the rest are exact only when some initiative is exact', () => {
        expect(appendix(a => { estimate(a.initiatives[0]); })).toContain('; the rest are exact.');
        const all = appendix(a => { a.initiatives.forEach(estimate); });
        expect(all).toContain('1,000 samples, seed 7');
        expect(all).not.toContain('the rest');
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
        // Issue 11: a relationship count is an average and reads "about 8 relationships (...)", not a bare 7.7.
        expect(md).toContain('about 8 relationships');
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
