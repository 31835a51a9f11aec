/**
 * Words partners act on claim only what their figures show, checked on
 * generated games under the options that limit the analysis. Readiness: a
 * practice with no trust statement (or no collective to cede to) has unknown
 * readiness, never "not ready".
 */
import { type DecisionRule, type DomainModel, type TrustStatement, formatMoney } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, findingsByCause } from '../src/index.js';
import { type GameSpec, brute, gameSpec, modelOf, subsets } from './fixtures.js';

interface Trusts {
    /** Per practice: no statement, or its components. */
    statements: (Omit<TrustStatement, 'practice' | 'collective'> | null)[];
    believes: boolean[];
}

const component = fc.integer({ min: 1, max: 10 });
const statement = fc.option(fc.record({ credibility: component, reliability: component, intimacy: component, selfOrientation: component }), { nil: null });

function trusts(n: number): fc.Arbitrary<Trusts> {
    return fc.record({
        statements: fc.array(statement, { minLength: n, maxLength: n }),
        believes: fc.array(fc.boolean(), { minLength: n, maxLength: n })
    });
}

/** A generated game run by collective C (or by none), with the trust statements given. */
function runBy(spec: GameSpec, rule: DecisionRule | null, t: Trusts): DomainModel {
    const model = modelOf(spec);
    if (rule === null) {
        return model;
    }
    const ids = model.practices.map(p => p.id);
    return {
        ...model,
        practices: model.practices.map((p, k) => ({ ...p, believesAloneUnsustainable: t.believes[k] })),
        collectives: [{ id: 'C', title: 'Collective C', kind: 'network', members: ids, decisionRule: rule, speaksForMembers: true }],
        trust: ids.flatMap((id, k) => (t.statements[k] ? [{ practice: id, collective: 'C', ...t.statements[k] }] : [])),
        initiatives: model.initiatives.map(i => ({ ...i, collective: 'C' }))
    };
}

const withRun = gameSpec(1, 6).chain(spec => fc.record({
    spec: fc.constant(spec),
    rule: fc.constantFrom<DecisionRule | null>(null, 'consensus', 'majority-vote', 'weighted-vote', 'delegated'),
    trust: trusts(spec.pops.length)
}));

describe('the deal\'s consensus sentence', () => {
    it('calls a practice not ready only when its trust statement says so, and its readiness unknown when there is none', () => {
        let unknown = 0;
        let notReady = 0;
        let noCollective = 0;
        fc.assert(fc.property(withRun, ({ spec, rule, trust }) => {
            const result = analyse(runBy(spec, rule, trust), { decisionSupport: true });
            const initiative = result.initiatives[0];
            const sentence = initiative.deal!.consensus.sentence;
            if (!sentence.startsWith('The money works')) {
                return;
            }
            const readiness = (id: string) => result.trust.find(t => t.practice === id && t.collective === 'C')?.ready ?? null;
            const clause = sentence.slice(sentence.indexOf('), but ') + 7);
            if (rule === null) {
                noCollective++;
                expect(clause).not.toContain('not ready');
                expect(clause).toContain('no collective runs it');
                return;
            }
            const knownPart = /^(.*?) (?:is|are) not ready to cede/.exec(clause)?.[1] ?? '';
            const afterKnown = clause.slice(knownPart ? clause.indexOf('not ready to cede') : 0);
            const unknownPart = /readiness to cede.* is unknown/.test(afterKnown) ? afterKnown : '';
            for (const id of initiative.participants) {
                const name = new RegExp(`Practice ${id}\\b`);
                const ready = readiness(id);
                expect(name.test(knownPart)).toBe(ready === false);
                expect(name.test(unknownPart)).toBe(ready === null);
                unknown += ready === null ? 1 : 0;
                notReady += ready === false ? 1 : 0;
            }
        }), { numRuns: 300, seed: 7 });
        expect(unknown).toBeGreaterThan(0);
        expect(notReady).toBeGreaterThan(0);
        expect(noCollective).toBeGreaterThan(0);
    });
});

describe('a negative fair share estimated by Monte Carlo', () => {
    const ADDS_LESS = ': it adds less than it costs the group';

    it('is said to be estimated, with its standard error, and to add less than it costs only when clearly below zero', () => {
        let clear = 0;
        let unclear = 0;
        let blocking = 0;
        const trustAll = (n: number): Trusts => ({
            statements: Array.from({ length: n }, () => ({ credibility: 10, reliability: 10, intimacy: 10, selfOrientation: 1 })),
            believes: Array.from({ length: n }, () => true)
        });
        fc.assert(fc.property(gameSpec(3, 7), fc.constantFrom(20, 50, 200), (spec, samples) => {
            const model = runBy(spec, 'consensus', trustAll(spec.pops.length));
            const result = analyse({ ...model, initiatives: model.initiatives.map(i => ({ ...i, sharing: 'fair' as const })) }, { exactLimit: 1, samples });
            const initiative = result.initiatives[0];
            expect(initiative.method).toBe('monte-carlo');
            for (const f of result.findings) {
                const share = initiative.shares.find(s => s.practice === f.practice);
                if (f.code === 'uncompensated-loss') {
                    const se = share!.fairShareStandardError!;
                    expect(f.message).not.toContain(ADDS_LESS);
                    expect(f.message).toContain('is estimated at');
                    expect(f.message).toContain(`standard error ${formatMoney(se, '£')}`);
                    const claimed = f.message.includes('most likely adds less than it costs the group');
                    expect(claimed).toBe(-share!.fairShare > 2 * se);
                    clear += claimed ? 1 : 0;
                    unclear += claimed ? 0 : 1;
                }
                // A loss-making initiative's benefits are the charged ones (exact) whatever its rule.
                if (f.code === 'predicted-blocker' && f.message.includes(' loses ') && !initiative.lossMaking) {
                    blocking++;
                    expect(f.message).toContain('loses an estimated');
                    expect(f.message).toContain(`standard error ${formatMoney(share!.fairShareStandardError!, '£')}`);
                }
            }
        }), { numRuns: 300, seed: 3 });
        expect(clear).toBeGreaterThan(0);
        expect(unclear).toBeGreaterThan(0);
        expect(blocking).toBeGreaterThan(0);
    });

    it('does not say a practice adds less than it costs when its exact fair share is positive', () => {
        // Estimated from 50 orderings P1's fair share is -£302.06 with a standard error of £732.67; exactly it is +£149.92.
        const spec: GameSpec = {
            pops: [13652, 11178, 803, 2, 15495],
            costs: [7322495, 344254, 3125391, 3376187, 5820416],
            terms: [{ kind: 'fixed', amount: 2638056 }, { kind: 'per-step', amount: 1355917, stepSize: 25893 }]
        };
        const exact = analyse(modelOf(spec, { sharing: 'fair' }));
        expect(exact.initiatives[0].shares[1].fairShare).toBe(14992);
        const estimated = analyse(modelOf(spec, { sharing: 'fair' }), { exactLimit: 1, samples: 50 });
        const finding = estimated.findings.find(f => f.code === 'uncompensated-loss' && f.practice === 'P1')!;
        expect(finding.message).toBe("Practice P1's fair share of Initiative I is estimated at -£302.06 (standard error £732.67, from 50 random orderings), "
            + 'too close to zero to tell whether it adds less than it costs the group. Raise the exact limit or the number of orderings before leaving it out.');
    });
});

describe('the predicted outcome of a delegated decision', () => {
    const LOW = /; (.*?) (?:does|do) not trust it enough/;
    const UNSTATED = /(?:; |^)([^;]*?) (?:has not stated its|have not stated their) trust in it/;

    it('says a member does not trust the collective enough only when its trust score is below the threshold', () => {
        let unstated = 0;
        let low = 0;
        fc.assert(fc.property(gameSpec(1, 6), fc.nat(), (spec, pick) => {
            const n = spec.pops.length;
            const statements = Array.from({ length: n }, (_, k) => ((pick >> k) & 1
                ? null
                : { credibility: 1 + ((pick >> (k + 8)) % 10), reliability: 2, intimacy: 2, selfOrientation: 1 + ((pick >> (k + 4)) % 10) }));
            const result = analyse(runBy(spec, 'delegated', { statements, believes: Array.from({ length: n }, () => true) }));
            const explanation = result.initiatives[0].outcome.explanation;
            const lowPart = LOW.exec(explanation)?.[1] ?? '';
            const unstatedPart = UNSTATED.exec(explanation.slice(explanation.indexOf('; ')))?.[1] ?? '';
            for (const id of result.initiatives[0].participants) {
                const clears = result.trust.find(t => t.practice === id && t.collective === 'C')?.clearsThreshold ?? null;
                const name = new RegExp(`Practice ${id}\\b`);
                expect(name.test(lowPart)).toBe(clears === false);
                expect(name.test(unstatedPart)).toBe(clears === null);
                low += clears === false ? 1 : 0;
                unstated += clears === null ? 1 : 0;
            }
        }), { numRuns: 200, seed: 11 });
        expect(low).toBeGreaterThan(0);
        expect(unstated).toBeGreaterThan(0);
    });

    it('does not say a member collective that trusts enough does not trust it enough', () => {
        // N trusts F at 10 (threshold 3), but neither of its practices believes going alone is unsustainable: not ready, for that reason.
        const spec: GameSpec = { pops: [1000, 2000, 3000], costs: [500000, 600000, 700000], terms: [{ kind: 'fixed', amount: 300000 }] };
        const base = modelOf(spec);
        const high = { credibility: 10, reliability: 10, intimacy: 10, selfOrientation: 3 };
        const model: DomainModel = {
            ...base,
            practices: base.practices.map(p => ({ ...p, believesAloneUnsustainable: p.id === 'P2' })),
            collectives: [
                { id: 'N', title: 'Network N', kind: 'network', members: ['P0', 'P1'], decisionRule: 'consensus', speaksForMembers: true },
                { id: 'F', title: 'Federation F', kind: 'federation', members: ['N', 'P2'], decisionRule: 'delegated', speaksForMembers: true }
            ],
            trust: [{ practice: 'N', collective: 'F', ...high }, { practice: 'P2', collective: 'F', ...high }],
            initiatives: base.initiatives.map(i => ({ ...i, collective: 'F' }))
        };
        const outcome = analyse(model).initiatives[0].outcome;
        expect(outcome.memberVotes?.[0]).toMatchObject({ collective: 'N', ready: false, clearsThreshold: true });
        expect(outcome.explanation).toBe('Federation F delegates the decision to its leaders, so it proceeds; Network N is not ready to follow it '
            + '(no more than half of its practices believe going alone is unsustainable) and may defect.');
    });
});

describe('the deal of an initiative run by a collective of collectives', () => {
    // Network N holds the first k participants and is a member of Federation F with the others; everyone decides by consensus.
    const nested = gameSpec(2, 5).chain(spec => {
        const n = spec.pops.length;
        return fc.record({
            spec: fc.constant(spec),
            k: fc.integer({ min: 1, max: n }),
            towardsN: fc.array(statement, { minLength: n, maxLength: n }),
            towardsF: fc.array(statement, { minLength: n, maxLength: n }),
            networkTowardsF: statement,
            believes: fc.array(fc.boolean(), { minLength: n, maxLength: n })
        });
    });

    it('finds a consensus whenever the predicted consensus proceeds and the money works, and only among units that are ready', () => {
        let proceeding = 0;
        fc.assert(fc.property(nested, ({ spec, k, towardsN, towardsF, networkTowardsF, believes }) => {
            const base = modelOf(spec);
            const ids = base.practices.map(p => p.id);
            const model: DomainModel = {
                ...base,
                practices: base.practices.map((p, j) => ({ ...p, believesAloneUnsustainable: believes[j] })),
                collectives: [
                    { id: 'N', title: 'Network N', kind: 'network', members: ids.slice(0, k), decisionRule: 'consensus', speaksForMembers: true },
                    { id: 'F', title: 'Federation F', kind: 'federation', members: ['N', ...ids.slice(k)], decisionRule: 'consensus', speaksForMembers: true }
                ],
                trust: [
                    ...ids.flatMap((id, j) => (towardsN[j] ? [{ practice: id, collective: 'N', ...towardsN[j] }] : [])),
                    ...ids.flatMap((id, j) => (towardsF[j] ? [{ practice: id, collective: 'F', ...towardsF[j] }] : [])),
                    ...(networkTowardsF ? [{ practice: 'N', collective: 'F', ...networkTowardsF }] : [])
                ],
                initiatives: base.initiatives.map(i => ({ ...i, collective: 'F' }))
            };
            const result = analyse(model, { decisionSupport: true });
            const initiative = result.initiatives[0];
            const deal = initiative.deal!;
            if (initiative.outcome.proceeds === true && deal.status === 'deal') {
                proceeding++;
                expect(deal.consensus.sentence).toMatch(/^A consensus exists/);
            }
            if (deal.consensus.exists) {
                const ready = (unit: string, towards: string) => result.trust.find(t => t.practice === unit && t.collective === towards)?.ready;
                for (const [j, id] of ids.entries()) {
                    expect(ready(id, j < k ? 'N' : 'F')).toBe(true);
                }
                expect(ready('N', 'F')).toBe(true);
            }
        }), { numRuns: 400, seed: 19 });
        expect(proceeding).toBeGreaterThan(0);
    });
});

describe('the lever from a vote to a consensus', () => {
    it('says the vote would leave practices losing only when the vote carries', () => {
        let carries = 0;
        let fails = 0;
        fc.assert(fc.property(withRun, fc.constantFrom('majority-vote' as const, 'weighted-vote' as const), ({ spec, trust }, rule) => {
            const model = runBy(spec, rule, trust);
            const result = analyse({ ...model, initiatives: model.initiatives.map(i => ({ ...i, sharing: 'as-charged' as const })) }, { decisionSupport: true });
            const initiative = result.initiatives[0];
            const lever = initiative.deal!.levers.find(l => l.kind === 'consensus-needs-deal');
            if (!lever) {
                return;
            }
            const losers = initiative.shares.filter(s => s.benefitUnderRule < 0).map(s => `Practice ${s.practice}`);
            expect(losers.length).toBeGreaterThan(0);
            for (const name of losers) {
                expect(lever.sentence).toContain(name);
            }
            expect(lever.sentence.startsWith('The vote would leave')).toBe(initiative.outcome.proceeds === true);
            carries += initiative.outcome.proceeds === true ? 1 : 0;
            fails += initiative.outcome.proceeds === false ? 1 : 0;
        }), { numRuns: 400, seed: 23 });
        expect(carries).toBeGreaterThan(0);
        expect(fails).toBeGreaterThan(0);
    });
});

describe('money put up front against a yearly benefit estimated by Monte Carlo', () => {
    it('says the payback is estimated, with the standard error of the benefit it rests on', () => {
        let estimated = 0;
        let exact = 0;
        fc.assert(fc.property(gameSpec(3, 6), fc.integer({ min: 1, max: 50_000_000 }), fc.boolean(), (spec, amount, enumerate) => {
            const model = modelOf(spec, { sharing: 'fair', investment: { amount } });
            const result = analyse(model, enumerate ? {} : { exactLimit: 1, samples: 50 });
            const initiative = result.initiatives[0];
            for (const f of result.findings.filter(x => x.code === 'investment-not-repaid')) {
                const share = initiative.shares.find(s => s.practice === f.practice)!;
                if (initiative.method === 'monte-carlo' && !initiative.lossMaking) {
                    estimated++;
                    expect(f.message).toMatch(/is estimated (never )?to get it back/);
                    expect(f.message).toContain(`its yearly benefit is estimated at ${formatMoney(share.benefitUnderRule, '£')} (standard error ${formatMoney(share.fairShareStandardError!, '£')})`);
                } else {
                    exact++;
                    expect(f.message).not.toContain('estimated');
                }
            }
        }), { numRuns: 300, seed: 29 });
        expect(estimated).toBeGreaterThan(0);
        expect(exact).toBeGreaterThan(0);
    });

    it('does not say a practice never gets its money back when exactly it does within the horizon', () => {
        // The game above: P1's fair share is exactly +£149.92 a year, estimated from 50 orderings at -£302.06 (standard error £732.67).
        const spec: GameSpec = {
            pops: [13652, 11178, 803, 2, 15495],
            costs: [7322495, 344254, 3125391, 3376187, 5820416],
            terms: [{ kind: 'fixed', amount: 2638056 }, { kind: 'per-step', amount: 1355917, stepSize: 25893 }]
        };
        const model = modelOf(spec, { sharing: 'fair', investment: { amount: 10_000, split: { kind: 'equal' } } });
        const exact = analyse(model);
        expect(exact.initiatives[0].investment!.shares[1]).toMatchObject({ share: 2_000, repaidWithinHorizon: true });
        const finding = analyse(model, { exactLimit: 1, samples: 50 }).findings.find(f => f.code === 'investment-not-repaid' && f.practice === 'P1')!;
        expect(finding.message).toBe('Practice P1 puts £20 into Initiative I up front but is estimated never to get it back: its yearly benefit is estimated at -£302.06 '
            + '(standard error £732.67), an estimated £1,530.30 down over the horizon. Give it a smaller share of the investment, compensate it, or leave it out.');
    });
});

describe('the sharing rules above the exact limit', () => {
    it('split the saving as below it where a rule needs no coalition but the singletons', () => {
        let differs = 0;
        fc.assert(fc.property(gameSpec(2, 6), spec => {
            const rules = (options: object) => {
                const analysis = analyse(modelOf(spec), { decisionSupport: true, ...options }).initiatives[0].sharingRules!;
                return analysis.status === 'computed' ? new Map(analysis.rules.map(r => [r.rule, r.gains])) : undefined;
            };
            const exact = rules({});
            const estimated = rules({ exactLimit: 1, samples: 50 });
            if (!exact || !estimated) {
                return;
            }
            // Equal surplus reads v({i}), which the analysis knows without enumerating every coalition.
            for (const rule of ['as-charged', 'equal-surplus', 'list-size', 'current-cost'] as const) {
                expect(estimated.get(rule)).toEqual(exact.get(rule));
            }
            const singles = spec.pops.map((_, k) => brute(spec, [k]));
            differs += singles.some(v => v > 0) ? 1 : 0;
        }), { numRuns: 300, seed: 31 });
        expect(differs).toBeGreaterThan(0);
    });
});

describe('a defection risk inside a member collective', () => {
    const rules = fc.constantFrom<DecisionRule>('consensus', 'majority-vote', 'weighted-vote', 'delegated');
    const nestedRules = gameSpec(2, 5).chain(spec => {
        const n = spec.pops.length;
        return fc.record({
            spec: fc.constant(spec),
            k: fc.integer({ min: 1, max: n }),
            inner: rules,
            outer: rules,
            towardsN: fc.array(statement, { minLength: n, maxLength: n }),
            towardsF: fc.array(statement, { minLength: n, maxLength: n }),
            networkTowardsF: statement
        });
    });

    it('names the rule, and the trust, of the collective whose decision the practice takes part in', () => {
        let inside = 0;
        fc.assert(fc.property(nestedRules, ({ spec, k, inner, outer, towardsN, towardsF, networkTowardsF }) => {
            const base = modelOf(spec, { sharing: 'as-charged' });
            const ids = base.practices.map(p => p.id);
            const model: DomainModel = {
                ...base,
                collectives: [
                    { id: 'N', title: 'Network N', kind: 'network', members: ids.slice(0, k), decisionRule: inner, speaksForMembers: true },
                    { id: 'F', title: 'Federation F', kind: 'federation', members: ['N', ...ids.slice(k)], decisionRule: outer, speaksForMembers: true }
                ],
                trust: [
                    ...ids.flatMap((id, j) => (towardsN[j] ? [{ practice: id, collective: 'N', ...towardsN[j] }] : [])),
                    ...ids.flatMap((id, j) => (towardsF[j] ? [{ practice: id, collective: 'F', ...towardsF[j] }] : [])),
                    ...(networkTowardsF ? [{ practice: 'N', collective: 'F', ...networkTowardsF }] : [])
                ],
                initiatives: base.initiatives.map(i => ({ ...i, collective: 'F' }))
            };
            const result = analyse(model);
            for (const f of result.findings.filter(x => x.code === 'defection-risk')) {
                const j = ids.indexOf(f.practice!);
                const [decidedBy, rule] = j < k ? ['N', inner] : ['F', outer];
                inside += j < k ? 1 : 0;
                const clears = result.trust.find(t => t.practice === f.practice && t.collective === decidedBy)?.clearsThreshold ?? null;
                expect(f.message.includes('a decision taken by a vote it would lose')).toBe(rule === 'majority-vote' || rule === 'weighted-vote');
                expect(f.message.includes('delegated to leaders it does not trust enough')).toBe(rule === 'delegated' && clears === false);
                expect(f.message.includes('delegated to leaders whose trust it has not stated')).toBe(rule === 'delegated' && clears !== false);
            }
        }), { numRuns: 400, seed: 37 });
        expect(inside).toBeGreaterThan(0);
    });
});

describe('a defection risk inside a member collective, stated once for several initiatives', () => {
    it('keeps the member collective\'s rule and reads the trust in it', () => {
        // Network N delegates to its leaders, whom P0 trusts at 1 (threshold 3); N follows Federation F's consensus. P0 loses £750 a year.
        const base = modelOf({ pops: [1000, 1000, 1000, 1000], costs: [0, 600000, 700000, 500000], terms: [{ kind: 'fixed', amount: 300000 }] },
            { sharing: 'as-charged', charging: { kind: 'equal' }, collective: 'F' });
        const high = { credibility: 10, reliability: 10, intimacy: 10, selfOrientation: 3 };
        const model: DomainModel = {
            ...base,
            collectives: [
                { id: 'N', title: 'Network N', kind: 'network', members: ['P0', 'P1', 'P2'], decisionRule: 'delegated', speaksForMembers: true },
                { id: 'F', title: 'Federation F', kind: 'federation', members: ['N', 'P3'], decisionRule: 'consensus', speaksForMembers: true }
            ],
            trust: [
                { practice: 'N', collective: 'F', ...high }, { practice: 'P3', collective: 'F', ...high },
                { practice: 'P0', collective: 'N', credibility: 1, reliability: 1, intimacy: 1, selfOrientation: 3 },
                ...['P1', 'P2'].map(p => ({ practice: p, collective: 'N', ...high }))
            ],
            initiatives: [base.initiatives[0], { ...base.initiatives[0], id: 'J', title: 'Initiative J' }]
        };
        const causes = findingsByCause(model, analyse(model)).filter(f => f.code === 'defection-risk');
        expect(causes.map(f => f.message)).toEqual(['Practice P0 may go rogue on Initiative I and Initiative J, decisions delegated to leaders it does not trust enough: '
            + 'it loses £750 a year under the proposed split and its trust in Network N is 1, below the threshold of 3. '
            + 'Decide by consensus, or compensate it and build its trust first.']);
    });
});

describe('the deal in pence', () => {
    it('keeps every coalition in, to the penny, whenever it says no group does better alone', () => {
        let keeps = 0;
        fc.assert(fc.property(gameSpec(2, 6), fc.constantFrom('list-size' as const, 'equal' as const), (spec, kind) => {
            const deal = analyse(modelOf(spec, { charging: { kind } }), { decisionSupport: true }).initiatives[0].deal!;
            if (deal.status !== 'deal' || !deal.keepsEveryCoalition) {
                return;
            }
            keeps++;
            expect(deal.consensus.sentence).toContain('no group does better alone');
            for (const members of subsets(spec.pops.length)) {
                expect(members.reduce((sum, k) => sum + deal.benefitsAfter[k], 0)).toBeGreaterThanOrEqual(brute(spec, members));
            }
            expect(Math.min(...deal.benefitsAfter)).toBeGreaterThanOrEqual(0);
        }), { numRuns: 1500, seed: 5 });
        expect(keeps).toBeGreaterThan(0);
    });

    it('moves a penny where rounding left a pair of practices a penny short', () => {
        // Charged equally; exactly, {P4, P5} get £51,559.63, their saving together; rounded to pence independently they got £51,559.62.
        const spec: GameSpec = {
            pops: [9587, 10569, 18034, 149, 6675, 12492],
            costs: [4977846, 2804621, 2514209, 1476594, 4656436, 529196],
            terms: [{ kind: 'per-step', amount: 29669, stepSize: 20423 }]
        };
        const deal = analyse(modelOf(spec, { charging: { kind: 'equal' } }), { decisionSupport: true }).initiatives[0].deal!;
        expect(deal.status).toBe('deal');
        if (deal.status === 'deal') {
            expect(deal.keepsEveryCoalition).toBe(true);
            expect(deal.benefitsAfter[4] + deal.benefitsAfter[5]).toBeGreaterThanOrEqual(brute(spec, [4, 5]));
            expect(deal.benefitsAfter.reduce((a, b) => a + b, 0)).toBe(analyse(modelOf(spec)).initiatives[0].netSaving);
        }
    });
});
