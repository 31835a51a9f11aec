/** Axioms of the Shapley value and the bookkeeping of the split, on random games (fast-check, fixed seed). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/index.js';
import { type GameSpec, brute, gameSpec, modelOf, subsets } from './fixtures.js';

const runs = { numRuns: 120, seed: 4242 };

function fair(spec: GameSpec, options = {}): number[] {
    return analyse(modelOf(spec), options).initiatives[0].shares.map(s => s.fairShare);
}

describe('Shapley axioms', () => {
    test('efficiency: fair shares sum exactly to v(P)', () => {
        fc.assert(fc.property(gameSpec(), spec => {
            const i = analyse(modelOf(spec)).initiatives[0];
            const all = spec.pops.map((_, k) => k);
            expect(i.grandValue).toBe(brute(spec, all));
            expect(i.shares.reduce((a, s) => a + s.fairShare, 0)).toBe(i.grandValue);
        }), runs);
    });

    test('symmetry: two identical practices get the same share, to the penny', () => {
        fc.assert(fc.property(gameSpec(1, 6), fc.nat(), (spec, pick) => {
            const j = pick % spec.pops.length;
            const twin: GameSpec = { ...spec, pops: [...spec.pops, spec.pops[j]], costs: [...spec.costs, spec.costs[j]] };
            const shares = fair(twin);
            expect(Math.abs(shares[j] - shares[shares.length - 1])).toBeLessThanOrEqual(1);
        }), runs);
    });

    test('null player: a practice that adds nothing to any coalition gets nothing', () => {
        fc.assert(fc.property(gameSpec(1, 6), spec => {
            // No patients and no current cost: with non-negative shared costs it changes no coalition's value.
            const withNull: GameSpec = { ...spec, pops: [...spec.pops, 0], costs: [...spec.costs, 0] };
            const shares = fair(withNull);
            expect(shares[shares.length - 1]).toBe(0);
        }), runs);
    });

    test('additivity: the fair share of two initiatives together is the sum of the fair shares', () => {
        fc.assert(fc.property(gameSpec(2, 5), gameSpec(2, 5), (a, b) => {
            const n = Math.min(a.pops.length, b.pops.length);
            const first: GameSpec = { pops: a.pops.slice(0, n), costs: a.costs.slice(0, n), terms: a.terms };
            const second: GameSpec = { pops: a.pops.slice(0, n), costs: b.costs.slice(0, n), terms: b.terms };
            const ids = first.pops.map((_, i) => `P${i}`);
            // The sum game written as an explicit coalition table over the same participants.
            const coalitionValues = subsets(n).map(s => ({ members: s.map(i => ids[i]), value: brute(first, s) + brute(second, s) }));
            const sum = analyse(modelOf(first, { coalitionValues })).initiatives[0].shares.map(s => s.fairShare);
            const one = fair(first);
            const two = fair(second);
            // Each split is rounded to the penny on its own, so they may differ by a penny or two.
            sum.forEach((x, i) => expect(Math.abs(x - one[i] - two[i])).toBeLessThanOrEqual(2));
        }), runs);
    });
});

describe('compensation and payments', () => {
    test('compensation sums to zero and the payments turn the charged split into the fair one', () => {
        fc.assert(fc.property(gameSpec(), fc.constantFrom('list-size', 'equal') , (spec, rule) => {
            const model = modelOf(spec, { charging: { kind: rule } as never });
            const i = analyse(model).initiatives[0];
            if (i.lossMaking) {
                expect(i.shares.every(s => s.compensation === 0)).toBe(true);
                expect(i.payments).toEqual([]);
                return;
            }
            expect(i.shares.reduce((a, s) => a + s.compensation, 0)).toBe(0);
            expect(i.shares.reduce((a, s) => a + s.charge, 0)).toBe(i.sharedCost);
            for (const s of i.shares) {
                const received = i.payments.filter(p => p.to === s.practice).reduce((a, p) => a + p.amount, 0);
                const paid = i.payments.filter(p => p.from === s.practice).reduce((a, p) => a + p.amount, 0);
                expect(s.realisedBenefit + received - paid).toBe(s.fairShare);
            }
        }), runs);
    });
});

describe('Monte Carlo against exact', () => {
    test('each estimate lies within five standard errors of the exact value', () => {
        fc.assert(fc.property(gameSpec(3, 8), spec => {
            const exact = fair(spec);
            const estimate = analyse(modelOf(spec), { exactLimit: 0, samples: 3000 }).initiatives[0];
            expect(estimate.method).toBe('monte-carlo');
            estimate.shares.forEach((s, k) => {
                expect(Math.abs(s.fairShare - exact[k])).toBeLessThanOrEqual(5 * (s.fairShareStandardError ?? 0) + 1);
            });
        }), { numRuns: 40, seed: 99 });
    });
});

describe('core membership against brute force', () => {
    test('charged and fair splits: inCore and the most-violated excess match an exhaustive check', () => {
        fc.assert(fc.property(gameSpec(1, 6), spec => {
            const i = analyse(modelOf(spec)).initiatives[0];
            const n = spec.pops.length;
            const check = (x: number[], slackForRounding: number) => {
                let worst = -Infinity;
                for (const s of subsets(n)) {
                    worst = Math.max(worst, brute(spec, s) - s.reduce((a, k) => a + x[k], 0));
                }
                return { worst, clearlyIn: worst <= -slackForRounding, clearlyOut: worst > slackForRounding };
            };
            const charged = check(i.shares.map(s => s.realisedBenefit), 0);
            expect(i.charged.inCore).toBe(!charged.clearlyOut);
            if (charged.clearlyOut) {
                expect(i.charged.mostViolated?.excess).toBe(charged.worst);
            }
            // Fair shares are shown rounded; the engine decides on exact values, so only clear cases are compared.
            const fairCheck = check(i.shares.map(s => s.fairShare), n);
            if (fairCheck.clearlyIn) {
                expect(i.fair.inCore).toBe(true);
            }
            if (fairCheck.clearlyOut) {
                expect(i.fair.inCore).toBe(false);
            }
            // A stable split exists exactly when the LP says the core is not empty; the nucleolus is then in it.
            if (i.charged.inCore || i.fair.inCore) {
                expect(i.coreEmpty).toBe(false);
            }
            if (i.coreEmpty === false && n <= 10) {
                expect(check(i.shares.map(s => s.nucleolusShare!), n).worst).toBeLessThanOrEqual(n);
            }
            if (i.coreEmpty === true) {
                expect(i.fair.inCore).toBe(false);
                expect(i.leastCoreEpsilon).toBeGreaterThanOrEqual(0);
            }
        }), runs);
    });
});

describe('least core and nucleolus on arbitrary games (explicit coalition tables)', () => {
    const arbitraryGame = fc.integer({ min: 2, max: 6 }).chain(n =>
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: (1 << n) - 1, maxLength: (1 << n) - 1 }).map(values => ({ n, values })));

    test('when the core is not empty the nucleolus is in it and its largest excess is the least-core epsilon', () => {
        fc.assert(fc.property(arbitraryGame, ({ n, values }) => {
            const spec = { pops: Array.from({ length: n }, () => 1), costs: Array.from({ length: n }, () => 0), terms: [] };
            const ids = spec.pops.map((_, i) => `P${i}`);
            const sets = subsets(n);
            const coalitionValues = sets.map((s, k) => ({ members: s.map(i => ids[i]), value: values[k] }));
            const i = analyse(modelOf(spec, { coalitionValues })).initiatives[0];
            const singles = sets.reduce((sum, s, k) => sum + (s.length === 1 ? values[k] : 0), 0);
            if (singles > values[values.length - 1]) {
                // No imputation: the nucleolus over imputations does not exist, and the result says so.
                expect(i.stableSplit.state).toBe('no-imputation');
                expect(i.shares.every(s => s.nucleolusShare === undefined)).toBe(true);
                return;
            }
            expect(i.stableSplitMethod).toBe('nucleolus');
            const x = i.shares.map(s => s.nucleolusShare!);
            expect(x.reduce((a, b) => a + b, 0)).toBe(values[values.length - 1]);
            let worst = -Infinity;
            sets.forEach((s, k) => {
                if (s.length < n) {
                    worst = Math.max(worst, values[k] - s.reduce((a, m) => a + x[m], 0));
                }
            });
            expect(i.coreEmpty).toBe(i.leastCoreEpsilonExact!.startsWith('-') || i.leastCoreEpsilonExact === '0' ? false : true);
            if (!i.coreEmpty) {
                // The shown split is rounded to the penny, so allow a penny per member.
                expect(Math.abs(worst - i.leastCoreEpsilon!)).toBeLessThanOrEqual(n);
            } else {
                // Over imputations the largest excess can only be above the unconstrained least core's.
                expect(worst).toBeGreaterThanOrEqual(i.leastCoreEpsilon! - n);
            }
        }), { numRuns: 150, seed: 31 });
    });
});

describe('stable split above the nucleolus limit', () => {
    test('for 13 participants the split is in the core when the core is not empty, and named a least-core split', () => {
        fc.assert(fc.property(gameSpec(13, 13), spec => {
            const i = analyse(modelOf(spec)).initiatives[0];
            if (i.coreEmpty) {
                expect(i.stableSplit.state).toBe('too-large');
                expect(i.stableSplit.reason).toContain('12 participants');
                return;
            }
            expect(i.stableSplitMethod).toBe('least-core');
            const x = i.shares.map(s => s.nucleolusShare!);
            expect(x.reduce((a, b) => a + b, 0)).toBe(i.grandValue);
            const n = spec.pops.length;
            let worst = -Infinity;
            for (const s of subsets(n)) {
                if (s.length < n) {
                    worst = Math.max(worst, brute(spec, s) - s.reduce((a, k) => a + x[k], 0));
                }
            }
            expect(worst).toBeLessThanOrEqual(i.leastCoreEpsilon! + n);
        }), { numRuns: 4, seed: 8 });
    });

    test('where the least core is a whole segment, the split is the point nearest the fair one', () => {
        // Two veto players: any coalition holding both P0 and P1 saves £1,000, all others nothing; ten null players.
        // The core (= least core, e* = 0) is every split of £1,000 between P0 and P1; Shapley gives £500 each,
        // which is in it, so the nearest stable split is (500, 500, 0, ..., 0), not an end of the segment.
        const spec = { pops: Array.from({ length: 12 }, () => 1), costs: Array.from({ length: 12 }, () => 0), terms: [] };
        const ids = spec.pops.map((_, i) => `P${i}`);
        const coalitionValues = subsets(12).filter(s => s.includes(0) && s.includes(1)).map(s => ({ members: s.map(i => ids[i]), value: 100_000 }));
        const i = analyse(modelOf(spec, { coalitionValues })).initiatives[0];
        expect(i.shares.map(s => s.fairShare)).toEqual([50_000, 50_000, ...Array<number>(10).fill(0)]);
        expect(i.leastCoreEpsilon).toBe(0);
        expect(i.coreEmpty).toBe(false);
        expect(i.shares.map(s => s.nucleolusShare)).toEqual([50_000, 50_000, ...Array<number>(10).fill(0)]);
    });
});
