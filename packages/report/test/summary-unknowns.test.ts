/**
 * Summary sentences on figures the analysis did not work out or only
 * estimated: above the exact limit the fair split's stability is not checked
 * (fair.inCore null) and fair shares are Monte Carlo estimates. A sentence may
 * not turn "not checked" into "no group would do better alone", nor an
 * estimate into a settled gain or loss.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { sampleAnalysis, sampleDiagnostics, sampleModel } from './fixtures/sample.js';

type Analysis = ReturnType<typeof sampleAnalysis>;

function sentences(edit: (a: Analysis) => void): string[] {
    const model = sampleModel();
    const analysis = sampleAnalysis(model);
    edit(analysis);
    return buildReport({ model, analysis, diagnostics: sampleDiagnostics, date: '2026-11-23', formulas: '# Formulas' }).findings.map(f => f.sentence);
}

function hub(a: Analysis) {
    return a.initiatives.find(i => i.id === 'Hub')!;
}

/** Everyone ready, so the fair split's stability is all that stands between the Hub and "signable". */
function everyoneReady(a: Analysis): void {
    a.trust = a.trust.map(t => ({ ...t, clearsThreshold: true, believesAloneUnsustainable: true, ready: true }));
    hub(a).outcome = { rule: 'consensus', proceeds: true, agree: ['A', 'B', 'C'], blockers: [], defectionRisks: [], explanation: 'Every participant agrees.' };
}

function hubSentence(all: string[]): string {
    return all.find(s => s.startsWith('As charged') && s.includes('Shared document hub'))!;
}

describe('the fair split of an initiative whose groups were not all checked', () => {
    it('is signable when every group was checked and none would break away', () => {
        const s = hubSentence(sentences(everyoneReady));
        expect(s).toContain('every participant is ready to cede and no group would do better alone, so it is signable');
    });

    it('is not called signable, nor free of breakaways, when its stability was not checked', () => {
        const s = hubSentence(sentences(a => {
            everyoneReady(a);
            hub(a).fair = { inCore: null, individuallyIrrational: [], method: 'not-checked' };
            hub(a).coreEmpty = null;
        }));
        expect(s).not.toContain('signable');
        expect(s).not.toContain('no group would do better alone');
        expect(s).toContain('every participant is ready to cede, but whether some group would do better alone was not checked '
            + '(3 participants are too many to test every group), so whether every participant signs is not known.');
    });

    it('says it was not checked beside the practices that are not ready', () => {
        const s = hubSentence(sentences(a => {
            hub(a).fair = { inCore: null, individuallyIrrational: [], method: 'not-checked' };
        }));
        expect(s).toContain('it is not yet a deal every participant signs: Oakfield Practice is not ready to cede; whether some group would do better alone was not checked');
    });
});

/** Fair shares from 1,000 random orderings, each with its standard error, as above the exact limit. */
function estimated(a: Analysis): void {
    const h = hub(a);
    Object.assign(h, { method: 'monte-carlo', samples: 1000, seed: 7 });
    h.fair = { inCore: null, individuallyIrrational: [], method: 'not-checked' };
    h.coreEmpty = null;
    for (const s of h.shares) s.fairShareStandardError = 2_500;
}

describe('fair shares estimated by Monte Carlo', () => {
    it('a gain under the fair split is stated as an estimate', () => {
        const s = hubSentence(sentences(estimated));
        expect(s).not.toContain('The proposed fair split gives every participant a gain');
        expect(s).toContain('The proposed fair split is estimated to give every participant a gain (fair shares from 1,000 random orderings)');
    });

    it('a loss under the fair split is stated as an estimate, with its standard error', () => {
        const s = hubSentence(sentences(a => {
            estimated(a);
            const c = hub(a).shares.find(x => x.practice === 'C')!;
            Object.assign(c, { fairShare: -4_000, benefitUnderRule: -4_000 });
        }));
        expect(s).not.toContain('Oakfield Practice loses £40 a year:');
        expect(s).toContain('Even under a fair split Oakfield Practice is estimated to lose £40 ± £25 a year');
    });

    it('a blocker losing under an estimated fair split is said to lose an estimated amount', () => {
        const all = sentences(a => {
            estimated(a);
            const c = hub(a).shares.find(x => x.practice === 'C')!;
            Object.assign(c, { fairShare: -4_000, benefitUnderRule: -4_000 });
        });
        const blocker = all.find(s => s.includes('would block it'))!;
        expect(blocker).toContain('it would lose an estimated £40 ± £25 a year under the fair split');
    });
});

describe('the readiness of a practice with no trust statement', () => {
    // No trust statement: the prediction counts it as not ready, but nobody knows it is not.
    it('is unknown, not "not ready to cede"', () => {
        const s = hubSentence(sentences(a => {
            everyoneReady(a);
            a.trust = a.trust.map(t => (t.practice === 'C' ? { ...t, score: null, clearsThreshold: null, ready: null } : t));
        }));
        expect(s).not.toContain('not ready to cede');
        expect(s).toContain("it is not yet a deal every participant signs: Oakfield Practice's readiness to cede is unknown (no trust statement)");
    });

    it('names known and unknown readiness apart', () => {
        const s = hubSentence(sentences(a => {
            everyoneReady(a);
            a.trust = a.trust.map(t => (t.practice === 'C' ? { ...t, score: null, clearsThreshold: null, ready: null }
                : t.practice === 'B' ? { ...t, clearsThreshold: false, ready: false } : t));
        }));
        expect(s).toContain("Hillside Medical Centre is not ready to cede and Oakfield Practice's readiness to cede is unknown (no trust statement)");
    });
});

/**
 * Item 19: Oakfield Practice votes inside Oakfield Locality, a member collective of the network that runs
 * the Hub, so its readiness is read towards that member collective, as the predicted outcome reads it.
 * Its trust in the network says the opposite in each case, so reading that instead fails the test.
 */
describe('the readiness of a practice inside a member collective', () => {
    function nested(readyInside: boolean) {
        return (a: Analysis): void => {
            everyoneReady(a);
            const inner = { practice: 'C', collective: 'Inner', score: readyInside ? 5 : 2, clearsThreshold: readyInside, believesAloneUnsustainable: true, ready: readyInside };
            a.trust = [...a.trust.map(t => (t.practice === 'C' ? { ...t, clearsThreshold: !readyInside, ready: !readyInside } : t)), inner];
            const innerOutcome = { rule: 'consensus' as const, proceeds: true, agree: ['C'], blockers: [], defectionRisks: [], explanation: 'Oakfield Locality decides by consensus.' };
            hub(a).outcome.memberVotes = [{ collective: 'Inner', parent: 'PCN', depth: 1, practices: ['C'], outcome: innerOutcome, ready: true, clearsThreshold: true, agrees: true }];
        };
    }

    function nestedSentences(readyInside: boolean): string[] {
        const model = sampleModel();
        model.collectives.push({ id: 'Inner', title: 'Oakfield Locality', kind: 'network', members: ['C'], decisionRule: 'consensus', speaksForMembers: false });
        model.collectives[0].members = ['A', 'B', 'Inner'];
        const analysis = sampleAnalysis(model);
        nested(readyInside)(analysis);
        return buildReport({ model, analysis, diagnostics: sampleDiagnostics, date: '2026-11-23', formulas: '# Formulas' }).findings.map(f => f.sentence);
    }

    it('is ready when it is ready towards the member collective, though not towards the network', () => {
        const s = hubSentence(nestedSentences(true));
        expect(s).not.toContain('not ready to cede');
        // Towards which collective: the practice is not ready towards the network it also belongs to.
        expect(s).toContain('every participant is ready to cede to the collective it decides through and no group would do better alone, so it is signable');
    });

    it('is not ready when it is not ready towards the member collective, though ready towards the network', () => {
        const s = hubSentence(nestedSentences(false));
        expect(s).not.toContain('signable');
        expect(s).toContain('it is not yet a deal every participant signs: Oakfield Practice is not ready to cede');
    });
});

describe('the deal table\'s readiness of a practice inside a member collective', () => {
    it('is read towards the member collective whose vote it takes part in', () => {
        const model = sampleModel();
        model.collectives.push({ id: 'Inner', title: 'Oakfield Locality', kind: 'network', members: ['C'], decisionRule: 'consensus', speaksForMembers: false });
        model.collectives[0].members = ['A', 'B', 'Inner'];
        const analysis = sampleAnalysis(model);
        // Oakfield is ready towards Oakfield Locality (its vote) and not towards the network (as the fixture has it).
        analysis.trust.push({ practice: 'C', collective: 'Inner', score: 5, clearsThreshold: true, believesAloneUnsustainable: true, ready: true });
        const innerOutcome = { rule: 'consensus' as const, proceeds: true, agree: ['C'], blockers: [], defectionRisks: [], explanation: 'Oakfield Locality decides by consensus.' };
        hub(analysis).outcome.memberVotes = [{ collective: 'Inner', parent: 'PCN', depth: 1, practices: ['C'], outcome: innerOutcome, ready: true, clearsThreshold: true, agrees: true }];
        const md = renderMarkdown(buildReport({ model, analysis, diagnostics: sampleDiagnostics, date: '2026-11-23', formulas: '# Formulas', edition: 'partners' }));
        // The deal section's row: its gain as charged, fair share, payment to reach it, and readiness.
        const row = md.split('\n').find(l => l.startsWith('| Oakfield Practice |') && l.includes('receives £1,233.33'))!;
        expect(row).toMatch(/\| receives £1,233\.33 \| yes \|$/);
    });
});
