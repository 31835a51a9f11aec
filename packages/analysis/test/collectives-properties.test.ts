/** Properties of items 19 and 20 on small generated models (fast-check). */
import type { Collective, DecisionRule, DomainModel, TrustStatement } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/index.js';
import { gameSpec, initiative, modelOf, practice } from './fixtures.js';

const RULES: DecisionRule[] = ['consensus', 'majority-vote', 'weighted-vote', 'delegated'];

interface Voters {
    n: number;
    pops: number[];
    costs: number[];
    /** Self-orientation 1..10 of each practice's trust in the top collective (credibility etc. 6: T = 18 / so). */
    selfOrientation: number[];
    believes: boolean[];
    top: DecisionRule;
    /** The rule of each practice's own one-practice collective (delegation would agree whatever the benefit). */
    inner: DecisionRule[];
}

const voters: fc.Arbitrary<Voters> = fc.integer({ min: 1, max: 6 }).chain(n => fc.record({
    n: fc.constant(n),
    pops: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: n, maxLength: n }),
    costs: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: n, maxLength: n }),
    selfOrientation: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
    believes: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    top: fc.constantFrom(...RULES),
    inner: fc.array(fc.constantFrom<DecisionRule>('consensus', 'majority-vote', 'weighted-vote'), { minLength: n, maxLength: n })
}));

function component(unit: string, collective: string, so: number): TrustStatement {
    return { practice: unit, collective, credibility: 6, reliability: 6, intimacy: 6, selfOrientation: so };
}

function votingModel(v: Voters, nested: boolean): DomainModel {
    const ids = Array.from({ length: v.n }, (_, i) => `P${i}`);
    // Under delegation item 11 counts a practice's trust, item 19 a member collective's readiness (trust and belief):
    // the two agree only when the practices believe.
    const believes = v.top === 'delegated' ? ids.map(() => true) : v.believes;
    const top: Collective = { id: 'Top', title: 'Top', kind: 'network', members: nested ? ids.map(id => `K${id}`) : ids, decisionRule: v.top, speaksForMembers: false };
    const singles: Collective[] = nested
        ? ids.map((id, i) => ({ id: `K${id}`, title: `K${id}`, kind: 'network', members: [id], decisionRule: v.inner[i], speaksForMembers: false }))
        : [];
    const trust = nested
        ? ids.flatMap((id, i) => [component(id, `K${id}`, 1), component(`K${id}`, 'Top', v.selfOrientation[i])])
        : ids.map((id, i) => component(id, 'Top', v.selfOrientation[i]));
    return {
        settings: { title: 'Votes', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: ids.map((id, i) => practice(id, v.pops[i], { believesAloneUnsustainable: believes[i] })),
        collectives: [...singles, top],
        trust,
        initiatives: [initiative('I', ids, v.costs, [{ kind: 'fixed', amount: 3_000_000 }], { collective: 'Top', charging: { kind: 'equal' }, sharing: 'as-charged' })],
        mergers: [],
        partners: []
    };
}

describe('collectives that vote (item 19)', () => {
    test('a model with one practice per member collective votes exactly as the flat model', () => {
        fc.assert(fc.property(voters, v => {
            const flat = analyse(votingModel(v, false)).initiatives[0].outcome;
            const nested = analyse(votingModel(v, true)).initiatives[0].outcome;
            expect(nested.memberVotes?.length).toBe(v.n);
            const { proceeds, rule, agree, blockers, defectionRisks } = flat;
            expect({ proceeds: nested.proceeds, rule: nested.rule, agree: nested.agree, blockers: nested.blockers, defectionRisks: nested.defectionRisks })
                .toEqual({ proceeds, rule, agree, blockers, defectionRisks });
        }), { numRuns: 200 });
    });
});

describe('investment (item 20)', () => {
    test('an investment of 0 changes nothing', () => {
        const split = fc.constantFrom<'charging' | 'equal' | 'list-size'>('charging', 'equal', 'list-size');
        fc.assert(fc.property(gameSpec(1, 5), split, fc.integer({ min: 1, max: 30 }), (spec, how, horizon) => {
            const without = modelOf(spec, { sharing: 'as-charged' });
            without.settings.horizonYears = horizon;
            const withZero: DomainModel = structuredClone(without);
            withZero.initiatives[0].investment = how === 'charging' ? { amount: 0 } : { amount: 0, split: { kind: how } };
            const a = analyse(without);
            const b = analyse(withZero);
            expect(b.initiatives[0].investment?.shares.every(s => s.share === 0 && s.repaidWithinHorizon)).toBe(true);
            // toEqual treats a property holding undefined as absent.
            expect({ ...b.initiatives[0], investment: undefined }).toEqual(a.initiatives[0]);
            expect(b.practices).toEqual(a.practices);
            expect(b.findings).toEqual(a.findings);
        }), { numRuns: 100 });
    });
});

describe('relationships (item 19)', () => {
    const structure = fc.record({
        n: fc.integer({ min: 1, max: 8 }),
        m: fc.integer({ min: 1, max: 5 }),
        seed: fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 80, maxLength: 80 }),
        threshold: fc.integer({ min: 1, max: 10 })
    });

    test('effective relationships are never fewer than nominal ones, nor more than before', () => {
        fc.assert(fc.property(structure, ({ n, m, seed, threshold }) => {
            let k = 0;
            const next = (mod: number): number => seed[k++ % seed.length] % mod;
            const practices = Array.from({ length: n }, (_, i) => practice(`P${i}`, 1_000 + next(9_000)));
            const units = practices.map(p => p.id);
            const collectives: Collective[] = [];
            for (let j = 0; j < m; j++) {
                // Members among the practices and the collectives already made, so nesting (and, by a later edit, cycles) is possible.
                const members = units.filter(() => next(3) === 0);
                collectives.push({ id: `C${j}`, title: `C${j}`, kind: 'network', members, decisionRule: 'consensus', speaksForMembers: next(2) === 0 });
                units.push(`C${j}`);
            }
            if (next(2) === 0 && collectives.length > 1) {
                collectives[0].members.push(`C${collectives.length - 1}`);
            }
            const trust: TrustStatement[] = [];
            for (const c of collectives) {
                for (const member of units.filter(() => next(2) === 0)) {
                    trust.push(component(member, c.id, 1 + next(10)));
                }
            }
            const model: DomainModel = {
                settings: { title: 'Relationships', currency: '£', horizonYears: 5, trustThreshold: threshold },
                domains: [], practices, collectives, trust, initiatives: [], mergers: [],
                partners: [{ id: 'H', title: 'Hospital', population: 300_000 }]
            };
            const [p] = analyse(model).partners;
            expect(p.effective.units).toBeGreaterThanOrEqual(p.after.units);
            expect(p.effective.relationships).toBeGreaterThanOrEqual(p.after.relationships);
            expect(p.effective.units).toBeLessThanOrEqual(p.before.units);
        }), { numRuns: 300 });
    });
});
