/**
 * The exact simplex gives the same answer in fraction-free doubles
 * (integer-basis.ts) as in BigInt rationals (rational-basis.ts), the
 * arithmetic it had alone before: the same status, objective, column values
 * and multipliers, on the allocation LPs of generated games (columns added
 * in batches between solves, as the least core adds them) and on random LPs
 * (infeasible and unbounded ones included). Amounts near 2^53 make the
 * integer basis run out of range part-way, so the hand-over to rationals is
 * compared too.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { type Column, ExactSimplex, type ExactLpResult } from '../src/exact-lp.js';
import { IntegerBasis } from '../src/integer-basis.js';
import { ONE, type Rational, ZERO, format, fromInteger, neg, rational } from '../src/rational.js';
import { IntegerRangeExceeded } from '../src/simplex-basis.js';
import { gameSpec, gameValues } from './fixtures.js';

/** Results as text, so that equal rationals compare equal however they are held. */
function shown(result: ExactLpResult): unknown {
    if (result.status !== 'optimal') {
        return result.status;
    }
    return { objective: format(result.objective), y: result.y.map(format), duals: result.duals.map(format) };
}

/** Solves after each batch of columns, in both arithmetics; returns each solve's result. */
function solveBoth(rows: number, b: Rational[], batches: Column[][]): { fastest: unknown[]; rational: unknown[] } {
    const fastest = new ExactSimplex(rows, b);
    const reference = new ExactSimplex(rows, b, 'rational');
    const out = { fastest: [] as unknown[], rational: [] as unknown[] };
    for (const batch of batches) {
        fastest.addColumns(batch);
        reference.addColumns(batch);
        out.fastest.push(shown(fastest.solve()));
        out.rational.push(shown(reference.solve()));
    }
    return out;
}

function members(n: number, mask: number): Array<[number, number]> {
    return Array.from({ length: n }, (_, i) => i).filter(i => mask & (1 << i)).map(i => [i, 1]);
}

/** The least-core / nucleolus LP's dual (excess-lp.ts): the grand coalition fixed, imputations, every proper coalition free. */
function excessLp(n: number, values: Float64Array, scale: number, fixedRhs?: Rational): { b: Rational[]; batches: Column[][] } {
    const full = (1 << n) - 1;
    const v = (mask: number): Rational => fromInteger(values[mask] * scale);
    const fixed: Column[] = [
        { entries: members(n, full), cost: neg(v(full)) },
        { entries: members(n, full).map(([i]) => [i, -1] as [number, number]), cost: v(full) }
    ];
    if (fixedRhs) {
        // A coalition fixed at a fractional excess, as the nucleolus's later steps fix them.
        fixed.push({ entries: members(n, 1), cost: neg(fixedRhs) }, { entries: [[0, -1]], cost: fixedRhs });
    }
    const imputations: Column[] = Array.from({ length: n }, (_, i) => ({ entries: [[i, 1]], cost: neg(v(1 << i)) }));
    const free: Column[] = [];
    for (let mask = 1; mask < full; mask++) {
        free.push({ entries: [...members(n, mask), [n, 1]], cost: neg(v(mask)) });
    }
    const half = Math.ceil(free.length / 2);
    return {
        b: Array.from({ length: n + 1 }, (_, r) => (r === n ? ONE : ZERO)),
        batches: [[...fixed, ...imputations, ...free.slice(0, half)], free.slice(half)]
    };
}

describe('exact simplex: integer and rational arithmetic agree', () => {
    test('on the allocation LPs of generated games, warm-started between batches of columns', () => {
        let solved = 0;
        fc.assert(fc.property(gameSpec(2, 7), fc.option(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 7 }))), (spec, fraction) => {
            const { n, values } = gameValues(spec);
            const fixed = fraction ? rational(BigInt(values[1]) * BigInt(fraction[1]) + BigInt(fraction[0]), BigInt(fraction[1])) : undefined;
            const { b, batches } = excessLp(n, values, 1, fixed);
            const both = solveBoth(n + 1, b, batches);
            expect(both.fastest).toEqual(both.rational);
            solved += both.rational.filter(r => typeof r === 'object').length;
        }), { numRuns: 150 });
        // Many generated games have no imputation (infeasible): enough must be solved to compare.
        expect(solved).toBeGreaterThan(50);
    });

    test('when amounts near 2^53 make the integer basis hand over to rationals part-way', () => {
        const handOver = vi.spyOn(IntegerBasis.prototype, 'toRational');
        fc.assert(fc.property(gameSpec(3, 6), spec => {
            const { n, values } = gameValues(spec);
            const largest = Math.max(...Array.from(values, Math.abs), 1);
            // Scaled so the costs fit in doubles but their products with the basis's integers soon do not
            // (phase 1, with costs of 0 and 1, stays in the integer basis).
            const scale = Math.max(1, Math.floor(2 ** 51 / largest));
            const { b, batches } = excessLp(n, values, scale);
            const both = solveBoth(n + 1, b, batches);
            expect(both.fastest).toEqual(both.rational);
        }), { numRuns: 40 });
        expect(handOver).toHaveBeenCalled();
        handOver.mockRestore();
    });

    test('on random LPs, feasible or not, bounded or not', () => {
        const column = fc.record({
            entries: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -2, max: 2 }).filter(a => a !== 0)), { selector: e => e[0], minLength: 1, maxLength: 4 }),
            cost: fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 4 })).map(([p, q]) => rational(BigInt(p), BigInt(q)))
        });
        const statuses = new Set<unknown>();
        fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }), fc.array(column, { minLength: 1, maxLength: 8 }), fc.array(column, { maxLength: 6 }),
            (b, first, second) => {
                const both = solveBoth(4, b.map(x => fromInteger(x)), [first, second]);
                expect(both.fastest).toEqual(both.rational);
                both.rational.forEach(r => statuses.add(typeof r === 'string' ? r : 'optimal'));
            }), { numRuns: 400 });
        expect([...statuses].sort()).toEqual(['infeasible', 'optimal', 'unbounded']);
    });

    test('the integer basis refuses, rather than rounds, an integer past 2^53', () => {
        const basis = new IntegerBasis(1, [{ entries: [[0, 1]], cost: ZERO }, { entries: [[0, 1]], cost: ZERO }], [fromInteger(2 ** 52)]);
        // A cost of 3 * 2^52 is not a safe integer: the basis must not price with it.
        expect(() => basis.iterate([ZERO, rational(-3n * 2n ** 52n)], false, false)).toThrow(IntegerRangeExceeded);
    });
});
