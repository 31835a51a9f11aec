/**
 * The deal section's "who would still say no" under delegation: the leaders
 * decide, so the initiative goes ahead, and only practices that do not trust
 * the collective enough are defection risks. A practice that trusts it but
 * loses money, or whose partners do not believe going alone is unsustainable,
 * does not agree: the section may not say every participant agrees.
 * And a term sheet that was not worked out is no verdict that none exists.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { sampleAnalysis, sampleDiagnostics, sampleModel } from './fixtures/sample.js';

type Analysis = ReturnType<typeof sampleAnalysis>;

function dealText(edit: (a: Analysis) => void): string {
    const model = sampleModel();
    const analysis = sampleAnalysis(model);
    edit(analysis);
    const doc = buildReport({ model, analysis, diagnostics: sampleDiagnostics, date: '2026-11-23', formulas: '# Formulas', edition: 'partners' });
    const md = renderMarkdown(doc);
    return md.slice(md.indexOf('The deal'));
}

/** PCN delegates; Oakfield trusts it (no defection risk) but its partners do not believe going alone is unsustainable. */
function delegated(a: Analysis): void {
    const hub = a.initiatives.find(i => i.id === 'Hub')!;
    const c = a.trust.find(t => t.practice === 'C')!;
    Object.assign(c, { score: 4, clearsThreshold: true, believesAloneUnsustainable: false, ready: false });
    hub.outcome = { rule: 'delegated', proceeds: true, agree: ['A', 'B'], blockers: [], defectionRisks: [], explanation: 'North Primary Care Network delegates the decision to its leaders, so it proceeds.' };
}

describe('who would still say no, under delegation', () => {
    it('says every participant agrees only when every one does', () => {
        const text = dealText(a => {
            delegated(a);
            a.trust.find(t => t.practice === 'C')!.ready = true;
            a.trust.find(t => t.practice === 'C')!.believesAloneUnsustainable = true;
            a.initiatives.find(i => i.id === 'Hub')!.outcome.agree = ['A', 'B', 'C'];
        });
        expect(text).toContain('Decided by delegation to leaders, every participant agrees as proposed.');
    });

    it('names a participant that does not agree though it is no defection risk', () => {
        const text = dealText(delegated);
        expect(text).not.toContain('every participant agrees as proposed');
        expect(text).toContain('Decided by delegation to leaders, it goes ahead, but Oakfield Practice does not agree as proposed '
            + '(its partners do not believe going alone is unsustainable).');
    });
});

describe('a term sheet that was not worked out', () => {
    const withDeal = (status: 'no-deal' | 'not-computed', reason: string) => dealText(a => {
        const hub = a.initiatives.find(i => i.id === 'Hub')!;
        hub.deal = {
            status, reason, fairCompensationMoved: 123_333, levers: [],
            consensus: { exists: false, sentence: status === 'no-deal' ? `No deal everyone signs exists for Shared document hub: ${reason}.` : `Whether a deal everyone signs exists for Shared document hub was not worked out: ${reason}.` }
        };
    });

    it('says there is none only when the analysis found none', () => {
        expect(withDeal('no-deal', 'the initiative has no participants')).toContain('**The deal.** None: the initiative has no participants');
    });

    it('does not say "None" when the deal was not computed', () => {
        const text = withDeal('not-computed', 'more than 20 participants: the deal\'s LP over every coalition is not attempted');
        expect(text).not.toContain('**The deal.** None');
        expect(text).toContain('**The deal.** Not worked out: more than 20 participants: the deal\'s LP over every coalition is not attempted.');
    });
});
