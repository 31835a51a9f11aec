/**
 * The nucleolus over imputations and the least core, exactly (DOMAIN.md item
 * 13): published games with their sources, and every generated game of up to
 * six players checked by Kohlberg's criterion and by brute-force
 * lexicographic comparison, in exact rational arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exactLeastCore } from '../src/exact-least-core.js';
import { nucleolus } from '../src/nucleolus.js';
import { type Rational, compare, fromInteger, rational, sign, sub, toNumber } from '../src/rational.js';
import { kohlberg, lexCompare, sortedExcesses, sumOver } from './exact-reference.js';

/** A game from a list of values in CoopGame's order ({1}, {2}, ..., {1,2}, {1,3}, ..., N), in pence. */
function coopGameVector(n: number, list: number[], scale = 100): Float64Array {
    const masks: number[] = [];
    for (let size = 1; size <= n; size++) {
        const pick = (start: number, left: number, mask: number): void => {
            if (left === 0) {
                masks.push(mask);
                return;
            }
            for (let i = start; i < n; i++) {
                pick(i + 1, left - 1, mask | (1 << i));
            }
        };
        pick(0, size, 0);
    }
    const values = new Float64Array(1 << n);
    masks.forEach((mask, k) => {
        values[mask] = list[k] * scale;
    });
    return values;
}

function computed(n: number, values: Float64Array): Rational[] {
    const result = nucleolus(n, values);
    if (result.status !== 'computed') {
        throw new Error(`nucleolus ${result.status}`);
    }
    return result.x;
}

describe('published games', () => {
    test('CoopGame 4-player example: nucleolus (3.5, 4.5, 5.5, 7.5)', () => {
        // CoopGame R package (Staudacher & Anwander), documentation of nucleolus():
        // nucleolus(c(0, 0, 0, 0, 5, 5, 8, 9, 10, 8, 13, 15, 16, 17, 21)) gives 3.5 4.5 5.5 7.5. Here in pence x 100.
        const v = coopGameVector(4, [0, 0, 0, 0, 5, 5, 8, 9, 10, 8, 13, 15, 16, 17, 21]);
        expect(computed(4, v).map(toNumber)).toEqual([350, 450, 550, 750]);
    });

    test('Peleg & Sudholter (2007) Example 5.5.12: the nucleolus is not the prenucleolus (3, 3, -4)', () => {
        // v(12) = 10, v(123) = 2, all else 0 (CoopGame's prenucleolus() documentation quotes the prenucleolus (3, 3, -4)
        // from Peleg & Sudholter, p. 96). Over imputations x3 >= 0, and the largest excess 10 - x1 - x2 = 8 + x3 is least
        // at x3 = 0; symmetry then splits 2 as (1, 1). Showing (3, 3, -4) would ask player 3 to pay 4 to stay in.
        const v = coopGameVector(3, [0, 0, 0, 10, 0, 0, 2]);
        expect(computed(3, v).map(toNumber)).toEqual([100, 100, 0]);
    });

    test('the Talmud estate of 300 with claims 100, 200, 300: nucleolus (50, 100, 150)', () => {
        // Aumann & Maschler (1985), "Game theoretic analysis of a bankruptcy problem from the Talmud", J. Econ. Theory 36;
        // also CoopGame's nucleolus() documentation. v(S) = max(0, E - claims outside S).
        const claims = [100, 200, 300];
        const v = new Float64Array(8);
        for (let mask = 1; mask < 8; mask++) {
            const outside = claims.reduce((s, c, i) => s + (mask & (1 << i) ? 0 : c), 0);
            v[mask] = Math.max(0, 300 - outside) * 100;
        }
        expect(computed(3, v).map(toNumber)).toEqual([5_000, 10_000, 15_000]);
    });

    test('three-person majority game: least-core epsilon exactly 1/3 of the whole', () => {
        // Any two of three players win £1 (here 100p): the core is empty, e* = 1/3 (Maschler, Peleg & Shapley 1979).
        const v = new Float64Array(8);
        for (const mask of [3, 5, 6, 7]) {
            v[mask] = 100;
        }
        const core = exactLeastCore(3, v);
        expect(core.status === 'computed' && core.epsilon).toEqual(rational(100n, 3n));
        expect(computed(3, v).map(toNumber)).toEqual([100 / 3, 100 / 3, 100 / 3]);
    });
});

describe('exact at large sums', () => {
    test('the least-core epsilon of a game worth £10bn is exact to the penny', () => {
        // Three players, pairs worth 10^12 + 1 pence: e* = (10^12 + 1) / 3 exactly; a double LP loses the last digits.
        const big = 1_000_000_000_001;
        const v = new Float64Array(8);
        for (const mask of [3, 5, 6, 7]) {
            v[mask] = big;
        }
        const core = exactLeastCore(3, v);
        expect(core.status === 'computed' && core.epsilon).toEqual(rational(BigInt(big), 3n));
    });
});

/** Every game of 2..6 players with arbitrary values (so empty cores and empty imputation sets occur). */
const arbitraryGame = fc.integer({ min: 2, max: 6 }).chain(n =>
    fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: (1 << n) - 1, maxLength: (1 << n) - 1 }).map(list => {
        const values = new Float64Array(1 << n);
        list.forEach((v, k) => {
            values[k + 1] = v;
        });
        return { n, values };
    }));

/** Imputations to compare against: the simplex's vertices and centre, and small exact moves from x between pairs. */
function candidates(n: number, values: Float64Array, x: Rational[]): Rational[][] {
    const full = (1 << n) - 1;
    const singles = Array.from({ length: n }, (_, i) => fromInteger(values[1 << i]));
    const surplus = sub(fromInteger(values[full]), singles.reduce((a, b) => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d })));
    const out: Rational[][] = [];
    for (let k = 0; k < n; k++) {
        out.push(singles.map((s, i) => (i === k ? fromRational(s, surplus) : s)));
    }
    out.push(singles.map(s => fromRational(s, { n: surplus.n, d: surplus.d * BigInt(n) })));
    for (const step of [rational(1n, 7n), rational(1n), rational(13n)]) {
        for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
                if (i !== j) {
                    const y = x.map((xk, k) => (k === i ? fromRational(xk, step) : k === j ? sub(xk, step) : xk));
                    if (y.every((yk, k) => compare(yk, singles[k]) >= 0)) {
                        out.push(y);
                    }
                }
            }
        }
    }
    return out;
}

function fromRational(a: Rational, b: Rational): Rational {
    return sub(a, { n: -b.n, d: b.d });
}

describe('every generated game of up to six players', () => {
    test('the nucleolus is an imputation, satisfies Kohlberg\'s criterion and no candidate imputation beats it', () => {
        fc.assert(fc.property(arbitraryGame, ({ n, values }) => {
            const full = (1 << n) - 1;
            const result = nucleolus(n, values);
            let singles = 0;
            for (let i = 0; i < n; i++) {
                singles += values[1 << i];
            }
            if (singles > values[full]) {
                expect(result.status).toBe('no-imputation');
                return;
            }
            expect(result.status).toBe('computed');
            if (result.status !== 'computed') {
                return;
            }
            const x = result.x;
            expect(compare(sumOver(x, full), fromInteger(values[full]))).toBe(0);
            x.forEach((xi, i) => expect(compare(xi, fromInteger(values[1 << i]))).toBeGreaterThanOrEqual(0));
            expect(kohlberg(n, values, x)).toBe(true);
            const mine = sortedExcesses(n, values, x);
            for (const y of candidates(n, values, x)) {
                expect(lexCompare(mine, sortedExcesses(n, values, y))).toBeLessThanOrEqual(0);
            }
            // In the core whenever the core is not empty; the least core's e* is then the largest excess.
            const core = exactLeastCore(n, values);
            expect(core.status).toBe('computed');
            if (core.status === 'computed' && sign(core.epsilon) <= 0) {
                expect(compare(mine[0], core.epsilon)).toBe(0);
            }
        }), { numRuns: 200, seed: 10 });
    });

    test('Kohlberg\'s check is not vacuous: it rejects a split moved off the nucleolus', () => {
        fc.assert(fc.property(arbitraryGame, ({ n, values }) => {
            const result = nucleolus(n, values);
            if (result.status !== 'computed') {
                return;
            }
            const moved = result.x.map((xi, i) => (i === 0 ? fromRational(xi, rational(1n, 3n)) : i === 1 ? sub(xi, rational(1n, 3n)) : xi));
            if (compare(moved[1], fromInteger(values[2])) < 0) {
                return; // not an imputation
            }
            expect(kohlberg(n, values, moved)).toBe(false);
        }), { numRuns: 100, seed: 11 });
    });
});
