import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionRational } from '../src/apportion.js';
import { exactShapley, ratioToNumber } from '../src/shapley-exact.js';

const factorial = (k: number): bigint => (k <= 1 ? 1n : BigInt(k) * factorial(k - 1));

/** n! phi_i straight from the subset formula, every term in BigInt: the reference for the numerators. */
function referenceNumerators(values: Float64Array, n: number): bigint[] {
    const popcount = (mask: number): number => (mask === 0 ? 0 : (mask & 1) + popcount(mask >>> 1));
    return Array.from({ length: n }, (_, i) => {
        let sum = 0n;
        for (let mask = 0; mask < 1 << n; mask++) {
            if ((mask & (1 << i)) === 0) {
                const k = popcount(mask);
                sum += (BigInt(values[mask | (1 << i)]) - BigInt(values[mask])) * factorial(k) * factorial(n - 1 - k);
            }
        }
        return sum;
    });
}

// Values up to 1e15 (MAX_TOTAL) make the marginal sums pass 2^51 and go through the BigInt flush; zeros
// leave whole columns of sums empty. A game's values come from one range or from all: games of small values
// are computed in doubles, of values of 1e11 to 1e13 near SAFE_MAGNITUDE on either side of it.
const ranges = [fc.constant(0), fc.integer({ min: 0, max: 9_000_000 }), fc.integer({ min: 0, max: 1e15 }), fc.integer({ min: -3e11, max: 3e11 }),
    fc.integer({ min: -3e13, max: 3e13 })];
const anyRange = fc.oneof(...ranges);
const games = fc.record({ n: fc.integer({ min: 1, max: 8 }), range: fc.constantFrom(...ranges, anyRange) }).chain(({ n, range }) =>
    fc.array(range, { minLength: 1 << n, maxLength: 1 << n }).map(list => {
        const values = Float64Array.from(list);
        values[0] = 0;
        return { n, values };
    }));

describe('exact Shapley', () => {
    it('gives n! phi_i of the subset formula exactly, over n!', () => {
        fc.assert(fc.property(games, ({ n, values }) => {
            const shapley = exactShapley(values, n);
            expect(shapley.numerators).toEqual(referenceNumerators(values, n));
            expect(shapley.denominator).toBe(factorial(n));
        }), { numRuns: 150 });
    });

    it('rounds and converts the numerators as the BigInt reference does, bit for bit', () => {
        fc.assert(fc.property(games, ({ n, values }) => {
            const shapley = exactShapley(values, n);
            const reference = referenceNumerators(values, n);
            expect(shapley.rounded).toEqual(apportionRational(reference, factorial(n), BigInt(values[(1 << n) - 1])));
            const converted = reference.map(num => ratioToNumber(num, factorial(n)));
            shapley.values.forEach((x, i) => expect(Object.is(x, converted[i])).toBe(true));
        }), { numRuns: 300 });
    });
});
