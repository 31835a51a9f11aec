/**
 * The deal (DOMAIN.md item 15): the LP's optimum against brute-force vertex
 * enumeration on small generated games; every payment list sums to zero and
 * leaves every participant at or above zero (and in the core when the core is
 * not empty); the settlement uses the fewest payments.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dealMoney } from '../src/deal.js';
import { exactLeastCore } from '../src/exact-least-core.js';
import { type Rational, ZERO, add, compare, fromInteger, sign, sub, toNumber } from '../src/rational.js';
import { settle } from '../src/settlement.js';
import { indicator, solveSquare, sumOver } from './exact-reference.js';

interface DealGame {
    n: number;
    values: Float64Array;
    charged: number[];
    N: number;
}

/** Superadditive-ish games from random savings, and a charged split of N that leaves some participants below zero. */
const dealGame = fc.integer({ min: 2, max: 4 }).chain(n =>
    fc.record({
        list: fc.array(fc.integer({ min: 0, max: 600 }), { minLength: (1 << n) - 1, maxLength: (1 << n) - 1 }),
        shifts: fc.array(fc.integer({ min: -400, max: 400 }), { minLength: n, maxLength: n })
    }).map(({ list, shifts }): DealGame => {
        const values = new Float64Array(1 << n);
        list.forEach((v, k) => {
            values[k + 1] = v;
        });
        const full = (1 << n) - 1;
        values[full] = Math.max(values[full], list.reduce((a, b) => Math.max(a, b), 0));
        const N = values[full];
        // A charged split summing to N: equal shares, then moved around by the shifts (net zero).
        const base = Array.from({ length: n }, (_, i) => Math.floor(N / n) + (i < N % n ? 1 : 0));
        const mean = Math.trunc(shifts.reduce((a, b) => a + b, 0) / n);
        const moved = shifts.map(s => s - mean);
        moved[0] -= moved.reduce((a, b) => a + b, 0);
        return { n, values, charged: base.map((b, i) => b + moved[i]), N };
    }));

/** The least money moved, by enumerating every vertex of {y >= 0, sum y = N, y(S) >= v(S)} cut by the hyperplanes y_i = r_i. */
function bruteForceMoved(g: DealGame, keepCoalitions: boolean): Rational | undefined {
    const { n, values, charged, N } = g;
    const full = (1 << n) - 1;
    const planes: Array<{ a: Rational[]; b: Rational }> = [];
    for (let i = 0; i < n; i++) {
        planes.push({ a: indicator(n, 1 << i), b: ZERO });
        planes.push({ a: indicator(n, 1 << i), b: fromInteger(charged[i]) });
    }
    if (keepCoalitions) {
        for (let mask = 1; mask < full; mask++) {
            planes.push({ a: indicator(n, mask), b: fromInteger(values[mask]) });
        }
    }
    const feasible = (y: Rational[]): boolean => y.every(yi => sign(yi) >= 0)
        && (!keepCoalitions || Array.from({ length: full - 1 }, (_, k) => k + 1).every(mask => compare(sumOver(y, mask), fromInteger(values[mask])) >= 0));
    let best: Rational | undefined;
    const choose = (start: number, picked: number[]): void => {
        if (picked.length === n - 1) {
            const rows = [indicator(n, full), ...picked.map(p => planes[p].a)];
            const y = solveSquare(rows, [fromInteger(N), ...picked.map(p => planes[p].b)]);
            if (y && feasible(y)) {
                const moved = y.reduce((acc, yi, i) => {
                    const t = sub(yi, fromInteger(charged[i]));
                    return sign(t) > 0 ? add(acc, t) : acc;
                }, ZERO);
                if (!best || compare(moved, best) < 0) {
                    best = moved;
                }
            }
            return;
        }
        for (let p = start; p < planes.length; p++) {
            choose(p + 1, [...picked, p]);
        }
    };
    choose(0, []);
    return best;
}

describe('the deal LP', () => {
    test('moves exactly the least money that brute force finds, and its payments balance and leave nobody below zero', () => {
        fc.assert(fc.property(dealGame, g => {
            const core = exactLeastCore(g.n, g.values);
            expect(core.status).toBe('computed');
            const coreEmpty = core.status === 'computed' && sign(core.epsilon) > 0;
            const ids = Array.from({ length: g.n }, (_, i) => `P${i}`);
            const deal = dealMoney({ ids, charged: g.charged, netSaving: g.N, values: g.values, coreEmpty, fairCompensation: g.charged.map(() => 0) });
            expect(deal.status).toBe('deal');
            if (deal.status !== 'deal') {
                return;
            }
            expect(deal.keepsEveryCoalition).toBe(!coreEmpty);
            const reference = bruteForceMoved(g, !coreEmpty);
            expect(reference).toBeDefined();
            const [num, den] = deal.moneyMovedExact.split('/').map(BigInt);
            expect(compare({ n: num, d: den ?? 1n }, reference!)).toBe(0);
            // Payments: they net to each participant's transfer, the transfers sum to zero, nobody ends below zero.
            expect(deal.transfers.reduce((a, b) => a + b, 0)).toBe(0);
            const net = ids.map(() => 0);
            for (const p of deal.payments) {
                expect(p.amount).toBeGreaterThan(0);
                net[ids.indexOf(p.from)] -= p.amount;
                net[ids.indexOf(p.to)] += p.amount;
            }
            expect(net).toEqual(deal.transfers);
            deal.benefitsAfter.forEach((y, i) => {
                expect(y).toBe(g.charged[i] + deal.transfers[i]);
                expect(y).toBeGreaterThanOrEqual(0);
            });
            // The rounded split is within a penny per member of the exact optimum.
            expect(Math.abs(deal.moneyMoved - toNumber(reference!))).toBeLessThanOrEqual(g.n);
        }), { numRuns: 120, seed: 21 });
    });

    test('no deal when the initiative costs more than it saves', () => {
        const values = new Float64Array(4);
        const deal = dealMoney({ ids: ['A', 'B'], charged: [-50, -50], netSaving: -100, values, coreEmpty: false, fairCompensation: [0, 0] });
        expect(deal.status).toBe('no-deal');
        expect(deal.status !== 'deal' && deal.reason).toContain('costs more than it saves');
    });
});

/** Most disjoint zero-sum groups, by trying every assignment of movers to groups (tiny lists only). */
function bruteForcePayments(transfers: number[]): number {
    const movers = transfers.filter(t => t !== 0);
    let bestGroups = 0;
    const assign = (k: number, sums: number[]): void => {
        if (k === movers.length) {
            if (sums.every(s => s === 0)) {
                bestGroups = Math.max(bestGroups, sums.length);
            }
            return;
        }
        for (let g = 0; g <= sums.length; g++) {
            const next = [...sums];
            next[g] = (next[g] ?? 0) + movers[k];
            assign(k + 1, next);
        }
    };
    assign(0, []);
    return movers.length - bestGroups;
}

describe('settlement', () => {
    test('uses the fewest payments brute force can find, and realises every transfer', () => {
        const transfers = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 7 }).map(ts => [...ts, 0 - ts.reduce((a, b) => a + b, 0)]);
        fc.assert(fc.property(transfers, ts => {
            const ids = ts.map((_, i) => `P${i}`);
            const { payments, fewest } = settle(ids, ts);
            expect(fewest).toBe(true);
            expect(payments.length).toBe(bruteForcePayments(ts));
            const net = ids.map(() => 0);
            for (const p of payments) {
                net[ids.indexOf(p.from)] -= p.amount;
                net[ids.indexOf(p.to)] += p.amount;
            }
            expect(net).toEqual(ts);
        }), { numRuns: 200, seed: 5 });
    });

    test('two separate pairs settle in two payments, not three', () => {
        // +3, -3, +5, -5: greedy largest-first would chain them; two zero-sum pairs need only two payments.
        expect(settle(['A', 'B', 'C', 'D'], [3, -3, 5, -5]).payments).toHaveLength(2);
    });
});
