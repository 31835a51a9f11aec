/**
 * The briefing's verdicts on fair shares estimated by Monte Carlo (above the exact limit). Where an
 * estimate within two standard errors of zero decides whether a practice agrees, the summary, the
 * deal's "who would still say no", the initiatives section and the practice pages may not state the
 * verdict it could change, nor the practice's part in it, as fact.
 */
import { analyse } from '@autonomy/analysis';
import type { DecisionRule, DomainModel } from '@autonomy/domain';
import fc from 'fast-check';
import { thirteenPractices } from '../../analysis/test/thirteen-practices.js';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';


function briefing(rule: DecisionRule) {
    const model = thirteenPractices(rule);
    const analysis = analyse(model, { exactLimit: 12, decisionSupport: true });
    const build = (edition: 'analyst' | 'partners') => buildReport({ model, analysis, diagnostics: [], date: '2026-12-03', formulas: '# Formulas', edition });
    const doc = build('analyst');
    // The partners' edition adds a page per practice.
    return { analysis, doc, md: renderMarkdown(doc) + renderMarkdown(build('partners')) };
}

describe('a 13-practice consensus whose one blocker is estimated at -£76.36 with a standard error of £114.13', () => {
    const { analysis, doc, md } = briefing('consensus');

    it('rests on an uncertain outcome (the analysis says so)', () => {
        expect(analysis.initiatives[0].outcome).toMatchObject({ proceeds: false, blockers: ['P1'], proceedsUncertain: true });
    });

    it('the summary does not say the initiative will not go ahead, nor that P1 would block it', () => {
        const s = doc.findings.find(f => f.kind === 'blocker')!;
        expect(s.sentence).not.toContain('will not go ahead');
        expect(s.sentence).not.toContain('would block it');
        // P1's figures are said once, in its reason, not again after "uncertain".
        expect(s.sentence).toBe('Under consensus and the fair split, on the estimated fair shares, Document hub would not go ahead: Practice P1 '
            + '(it would lose an estimated £76.36 ± £114.13 a year under the fair split, within two standard errors of zero) may block it; '
            + 'but that is uncertain.');
        expect(s.claims).toContainEqual({ about: 'proceeds', initiative: 'Hub', proceeds: false, uncertain: true });
        expect(s.claims).toContainEqual({ about: 'near-zero', initiative: 'Hub', practice: 'P1', amount: -7_636, standardError: 11_413 });
    });

    it('the deal section and the initiatives section say the verdict is uncertain', () => {
        expect(md).not.toMatch(/it does not go ahead as proposed/);
        expect(md).toContain('Decided by consensus, on the estimated fair shares it would not go ahead as proposed, but whether it does is uncertain');
        expect(md).toContain('Practice P1 may block it (');
        expect(md).not.toMatch(/Under consensus it does not go ahead/);
        expect(md).toContain('Under consensus it would not go ahead on the estimated fair shares, but that is uncertain.');
        expect(md).toContain('Blockers: Practice P1, on the estimated fair shares only (');
    });

    it('the practice\'s own page does not say it would block', () => {
        expect(md).not.toContain('It would block it as proposed');
        expect(md).toContain('On estimated fair shares too close to zero to be sure, it may block it as proposed');
    });
});

describe('a 13-practice majority vote that carries whatever P1 does', () => {
    const { doc, md } = briefing('majority-vote');

    it('goes ahead as fact, with P1\'s part in it on the estimate', () => {
        const s = doc.findings.find(f => f.kind === 'defection')!;
        expect(s.sentence).toMatch(/^Document hub goes ahead by majority vote, but Practice P1 \(it would lose an estimated £76.36 ± £114.13 a year under the fair split, within two standard errors of zero\) may go rogue\.$/);
        expect(md).toContain('Defection risks: Practice P1, on the estimated fair shares only.');
    });
});

/** A generated fair-shared initiative of 2-7 practices run by Network C, most of them trusting it. */
const generated = fc.integer({ min: 2, max: 7 }).chain(n => fc.record({
    pops: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: n, maxLength: n }),
    costs: fc.array(fc.integer({ min: 0, max: 8_000_000 }), { minLength: n, maxLength: n }),
    fixed: fc.integer({ min: 0, max: 5_000_000 }),
    perPatient: fc.integer({ min: 0, max: 400 }),
    step: fc.record({ amount: fc.integer({ min: 0, max: 6_000_000 }), stepSize: fc.integer({ min: 1, max: 30_000 }) }),
    trusts: fc.array(fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }), { minLength: n, maxLength: n }),
    rule: fc.constantFrom<DecisionRule>('consensus', 'majority-vote', 'weighted-vote', 'delegated'),
    samples: fc.integer({ min: 5, max: 80 })
}));

interface Generated {
    pops: number[];
    costs: number[];
    fixed: number;
    perPatient: number;
    step: { amount: number; stepSize: number };
    trusts: boolean[];
    rule: DecisionRule;
}

function generatedModel(g: Generated): DomainModel {
    const model = thirteenPractices(g.rule);
    const ids = g.pops.map((_, k) => `P${k}`);
    return {
        ...model,
        practices: ids.map((id, k) => ({ id, title: `Practice ${id}`, listSize: g.pops[k], gap: 1_000_000, crisisRisk: 0.3, believesAloneUnsustainable: true })),
        collectives: [{ ...model.collectives[0], members: ids }],
        trust: ids.map((id, k) => ({ practice: id, collective: 'C', credibility: 8, reliability: 8, intimacy: 8, selfOrientation: g.trusts[k] ? 2 : 10 })),
        initiatives: [{
            ...model.initiatives[0], participants: ids, currentCosts: Object.fromEntries(ids.map((id, k) => [id, g.costs[k]])),
            sharedCost: [{ kind: 'fixed', amount: g.fixed }, { kind: 'per-patient', amount: g.perPatient }, { kind: 'per-step', ...g.step }]
        }]
    };
}

describe('the briefing over generated games with fair shares estimated from a few orderings', () => {
    it('states no verdict, blocker or agreement as fact where an estimate within two standard errors of zero could change it', () => {
        let open = 0;
        let doubtfulParts = 0;
        fc.assert(fc.property(generated, g => {
            const model = generatedModel(g);
            const analysis = analyse(model, { exactLimit: 1, samples: g.samples });
            const i = analysis.initiatives[0];
            const doubt = new Set(i.outcome.uncertain ?? []);
            const title = (id: string): string => `Practice ${id}`;
            const doc = buildReport({ model, analysis, diagnostics: [], date: '2026-12-03', formulas: '# F', edition: 'partners' });
            const md = renderMarkdown(doc);
            const summary = doc.findings.map(f => f.sentence);
            if (i.outcome.proceedsUncertain) {
                open++;
                for (const s of summary) expect(s).not.toMatch(/will not go ahead|Document hub goes ahead/);
                expect(md).not.toMatch(/it does not go ahead as proposed|, it goes ahead\b|every participant agrees as proposed\.|Under [a-z -]+ it (goes|does not go) ahead/);
            }
            for (const id of doubt) {
                doubtfulParts++;
                // Its part is read on the estimate: never "would block", "does not agree" or "would agree" as settled.
                expect(md).not.toContain(`${title(id)} would block it`);
                expect(md).not.toContain(`${title(id)} does not agree as proposed`);
                for (const s of summary) expect(s).not.toMatch(new RegExp(`${title(id)} \\([^)]*\\) would block it`));
            }
        }), { numRuns: 600, seed: 5 });
        expect(open).toBeGreaterThan(5);
        expect(doubtfulParts).toBeGreaterThan(20);
    });
});

describe('a member collective whose own decision rests on an estimate within two standard errors of zero', () => {
    /** The 13 practices in Networks A (P0-P4, with P1), B (P5-P8) and D (P9-P12), each by consensus, inside Federation F deciding by majority vote. */
    function federation(): DomainModel {
        const model = thirteenPractices('consensus');
        const ids = model.practices.map(p => p.id);
        const groups: Record<string, string[]> = { A: ids.slice(0, 5), B: ids.slice(5, 9), D: ids.slice(9) };
        const trusting = { credibility: 8, reliability: 8, intimacy: 8, selfOrientation: 2 };
        return {
            ...model,
            collectives: [
                ...Object.entries(groups).map(([id, members]) => ({ id, title: `Network ${id}`, kind: 'network' as const, members, decisionRule: 'consensus' as const, speaksForMembers: true })),
                { id: 'F', title: 'Federation F', kind: 'federation', members: ['A', 'B', 'D'], decisionRule: 'majority-vote', speaksForMembers: true }
            ],
            trust: [
                ...ids.map(id => ({ practice: id, collective: Object.keys(groups).find(g => groups[g].includes(id))!, ...trusting })),
                ...Object.keys(groups).map(g => ({ practice: g, collective: 'F', ...trusting }))
            ],
            initiatives: model.initiatives.map(i => ({ ...i, collective: 'F' }))
        };
    }

    it('is not said to refuse to follow as fact, in the summary, the tables or the reasons', () => {
        const model = federation();
        const analysis = analyse(model, { exactLimit: 12, decisionSupport: true });
        expect(analysis.initiatives[0].outcome.memberVotes![0]).toMatchObject({ collective: 'A', agrees: false, outcome: { proceeds: false, proceedsUncertain: true } });
        const doc = buildReport({ model, analysis, diagnostics: [], date: '2026-12-03', formulas: '# F' });
        const md = renderMarkdown(doc);
        expect(md).not.toMatch(/Network A will not follow|Network A, which it belongs to, will not follow|its own decision does not carry|\| no, nor its 5 practices/);
        expect(doc.findings.map(f => f.sentence)).toContainEqual('Network A may not follow Federation F on Document hub (its own decision would not carry on the estimated fair shares; '
            + 'on estimated fair shares within two standard errors of zero, so this is uncertain), so nothing may happen in '
            + 'Practice P0, Practice P1, Practice P2, Practice P3 and Practice P4.');
        expect(md).toContain('| Network A | consensus | would not carry on the estimated fair shares (uncertain) | yes | on the estimates no (uncertain), nor its 5 practices |');
        expect(md).toContain('Practice P0 may go its own way (Network A, which it belongs to, may not follow Federation F, on estimated fair shares within two standard errors of zero)');
        expect(md).toContain('trusts Federation F 12.0 · may not follow on Document hub (on the estimates)');
    });

    it('is not said to follow as fact when its own decision carries only on the estimate', () => {
        const model = federation();
        const analysis = analyse(model, { exactLimit: 12, decisionSupport: true });
        // As if Network A's own consensus carried on the estimate (P1 estimated just above zero).
        Object.assign(analysis.initiatives[0].outcome.memberVotes![0], { agrees: true, outcome: { ...analysis.initiatives[0].outcome.memberVotes![0].outcome, proceeds: true } });
        const md = renderMarkdown(buildReport({ model, analysis, diagnostics: [], date: '2026-12-03', formulas: '# F' }));
        expect(md).toContain('| Network A | consensus | would carry on the estimated fair shares (uncertain) | yes | on the estimates yes (uncertain) |');
    });
});

describe('a fair split estimated to give every participant a gain', () => {
    it('names a gain estimated within two standard errors of zero', async () => {
        const { sampleAnalysis, sampleDiagnostics, sampleModel } = await import('./fixtures/sample.js');
        const model = sampleModel();
        const analysis = sampleAnalysis(model);
        const hubInitiative = analysis.initiatives.find(i => i.id === 'Hub')!;
        Object.assign(hubInitiative, { method: 'monte-carlo', samples: 1000, seed: 7, fair: { inCore: null, individuallyIrrational: [], method: 'not-checked' }, coreEmpty: null });
        for (const s of hubInitiative.shares) s.fairShareStandardError = 2_500;
        Object.assign(hubInitiative.shares.find(s => s.practice === 'C')!, { fairShare: 2_000, benefitUnderRule: 2_000 });
        const doc = buildReport({ model, analysis, diagnostics: sampleDiagnostics, date: '2026-11-23', formulas: '# Formulas' });
        const s = doc.findings.find(f => f.sentence.startsWith('As charged') && f.sentence.includes('Shared document hub'))!;
        expect(s.sentence).toContain('The proposed fair split is estimated to give every participant a gain (fair shares from 1,000 random orderings, '
            + 'though the estimate of Oakfield Practice is within two standard errors of zero)');
        expect(s.claims).toContainEqual({ about: 'near-zero', initiative: 'Hub', practice: 'C', amount: 2_000, standardError: 2_500 });
    });
});

describe('scenarios compared, one outcome resting on estimates within two standard errors of zero', () => {
    it('does not say "does not proceed" nor a settled change', async () => {
        const { compareScenarios } = await import('@autonomy/analysis');
        const { buildComparisonDocument } = await import('../src/index.js');
        const model = thirteenPractices('consensus');
        // The same locality, exactly (it proceeds) and above an exact limit of 12 (on the estimates it would not).
        const exact = analyse(model);
        const estimated = analyse(model, { exactLimit: 12 });
        const comparison = compareScenarios([{ name: 'exact', result: exact }, { name: 'estimated', result: estimated }]);
        expect(comparison.initiatives[0].figures[1]).toMatchObject({ proceeds: false, proceedsUncertain: true });
        expect(comparison.initiatives[0].figures[0]!.proceedsUncertain).toBeUndefined();
        const md = renderMarkdown(buildComparisonDocument({ comparison, baseline: exact, date: '2026-12-03' }));
        const row = md.split('\n').find(l => l.startsWith('| Document hub |'))!;
        expect(row).toContain('; proceeds under consensus |');
        expect(row).toContain('; would not proceed on the estimates (uncertain) under consensus (changed on the estimates) |');
        expect(row).not.toContain('does not proceed');
    });
});
