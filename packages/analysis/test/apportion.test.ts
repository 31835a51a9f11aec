import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAFE_MAGNITUDE, apportion, apportionIntegers, apportionRational, floorDiv, floorDivSafe, largestFirst } from '../src/apportion.js';

/** Integers on both sides of SAFE_MAGNITUDE, and small ones with many ties. */
const integer = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: SAFE_MAGNITUDE - 1000, max: SAFE_MAGNITUDE + 1000 }).map(x => (x % 2 === 0 ? x : -x)),
    fc.maxSafeInteger().map(x => x - 1), fc.constant(-0));
const denominator = fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1e12 }),
    fc.integer({ min: SAFE_MAGNITUDE - 5, max: SAFE_MAGNITUDE + 5 }));

describe('apportioning integers held in doubles', () => {
    it('gives the BigInt path\'s integers, never -0', () => {
        fc.assert(fc.property(fc.array(integer, { minLength: 1, maxLength: 9 }), denominator, (numerators, den) => {
            const sum = numerators.reduce((a, b) => a + BigInt(b), 0n);
            // The total must be sum / den: the numerators are shifted so that den divides their sum.
            const shift = -(((sum % BigInt(den)) + BigInt(den)) % BigInt(den));
            const fixed = [...numerators.slice(0, -1), Number(BigInt(numerators[numerators.length - 1]) + shift)];
            fc.pre(Number.isSafeInteger(fixed[fixed.length - 1]));
            const total = Number((sum + shift) / BigInt(den));
            const expected = apportionRational(fixed.map(x => BigInt(x)), BigInt(den), BigInt(total));
            const got = apportionIntegers(fixed, den, total);
            expect(got).toEqual(expected);
            got.forEach(x => expect(Object.is(x, -0)).toBe(false));
        }), { numRuns: 2000 });
    });

    it('divides with floorDiv\'s quotient and a remainder in [0, b)', () => {
        fc.assert(fc.property(fc.integer({ min: -SAFE_MAGNITUDE, max: SAFE_MAGNITUDE }), fc.integer({ min: 1, max: SAFE_MAGNITUDE }), (a, b) => {
            const q = floorDivSafe(a, b);
            const r = a - q * b;
            expect(BigInt(q)).toBe(floorDiv(BigInt(a), BigInt(b)));
            expect(BigInt(r)).toBe(BigInt(a) - BigInt(q) * BigInt(b));
            expect(r >= 0 && r < b).toBe(true);
        }), { numRuns: 2000 });
    });

    it('splits a total by integer weights as the BigInt products do', () => {
        const weight = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 1e9 }), fc.maxSafeNat());
        const total = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e11, max: 1e11 }), fc.integer({ min: -1e15, max: 1e15 }));
        fc.assert(fc.property(fc.array(weight, { minLength: 1, maxLength: 8 }), total, (weights, t) => {
            const used = weights.reduce((a, b) => a + b, 0) > 0 ? weights : weights.map(() => 1);
            const ws = used.map(w => BigInt(w));
            const expected = apportionRational(ws.map(w => w * BigInt(t)), ws.reduce((a, b) => a + b, 0n), BigInt(t));
            expect(apportion(t, weights)).toEqual(expected);
        }), { numRuns: 2000 });
    });
});

describe('largest remainders first', () => {
    it('orders as the comparison sort does, ties in index order, on short and long lists', () => {
        const remainder = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
        // The comparison sort apportionRational used.
        const sorted = <T extends number | bigint>(keys: T[]): number[] => keys.map((_, i) => i)
            .sort((a, b) => (keys[b] > keys[a] ? 1 : keys[b] < keys[a] ? -1 : a - b));
        fc.assert(fc.property(fc.array(remainder, { maxLength: 40 }), remainders => {
            expect(largestFirst(remainders)).toEqual(sorted(remainders));
            const big = remainders.map(r => BigInt(Math.trunc(r)));
            expect(largestFirst(big)).toEqual(sorted(big));
        }), { numRuns: 1000 });
    });
});
