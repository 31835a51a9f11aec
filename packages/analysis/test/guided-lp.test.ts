/**
 * The excess LPs started from a floating-point guess (float-excess-lp.ts,
 * guidedExcessLp) give exactly what the LPs over every coalition give: the
 * same least-core e* and the same nucleolus, as exact fractions, on generated
 * games. Degenerate games (few distinct values, many ties), empty cores,
 * empty imputation sets and amounts near 2^50 (the integer basis hands over
 * to rationals) are among them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ExactSimplex } from '../src/exact-lp.js';
import { exactLeastCore } from '../src/exact-least-core.js';
import { certifiedOptimum } from '../src/excess-lp-certificate.js';
import { ExcessLp, minimiseLargestExcess } from '../src/excess-lp.js';
import { guessOptimalBasis } from '../src/float-excess-lp.js';
import { nucleolus } from '../src/nucleolus.js';
import { ONE, ZERO, format, fromInteger } from '../src/rational.js';
import { gameSpec, gameValues } from './fixtures.js';

function gameOf(list: number[], n: number): { n: number; values: Float64Array } {
    const values = new Float64Array(1 << n);
    list.forEach((v, k) => {
        values[k + 1] = v;
    });
    return { n, values };
}

const valuesFrom = (value: fc.Arbitrary<number>, maxN: number): fc.Arbitrary<{ n: number; values: Float64Array }> =>
    fc.integer({ min: 2, max: maxN }).chain(n =>
        fc.array(value, { minLength: (1 << n) - 1, maxLength: (1 << n) - 1 }).map(list => gameOf(list, n)));

const games = fc.oneof(
    valuesFrom(fc.integer({ min: 0, max: 1_000 }), 7),
    // Few distinct values: many coalitions tie, so the LPs are highly degenerate.
    valuesFrom(fc.constantFrom(0, 100, 200, 300), 7),
    valuesFrom(fc.integer({ min: -(2 ** 50), max: 2 ** 50 }), 5),
    gameSpec(2, 8).map(gameValues)
);

/** The least core's e* and the nucleolus (or why there is none), as text. */
function stableFigures(n: number, values: Float64Array, guessFrom: Float64Array | null): { epsilon: string; nucleolus: string } {
    const core = exactLeastCore(n, values, undefined, guessFrom);
    const split = nucleolus(n, values, undefined, guessFrom);
    return {
        epsilon: core.status === 'computed' ? format(core.epsilon) : core.status,
        nucleolus: split.status === 'computed' ? split.x.map(format).join(' ') : split.status
    };
}

describe('LPs started from the floating-point guess', () => {
    test('give the least-core e* and the nucleolus of the LPs over every coalition, exactly', () => {
        fc.assert(fc.property(games, ({ n, values }) => {
            expect(stableFigures(n, values, values)).toEqual(stableFigures(n, values, null));
        }), { numRuns: 400 });
    });

    test('the nucleolus started from the least core\'s solution is the nucleolus', () => {
        fc.assert(fc.property(games, ({ n, values }) => {
            const core = exactLeastCore(n, values, undefined, values);
            fc.pre(core.status === 'computed');
            if (core.status === 'computed') {
                const split = nucleolus(n, values, undefined, values, { x: core.x, e: core.epsilon, tight: core.tight });
                const shown = split.status === 'computed' ? split.x.map(format).join(' ') : split.status;
                expect(shown).toBe(stableFigures(n, values, null).nucleolus);
            }
        }), { numRuns: 400 });
    });

    test('the same for a few games of 9 and 10 participants', () => {
        fc.assert(fc.property(fc.oneof(valuesFrom(fc.integer({ min: 0, max: 5_000 }), 10), valuesFrom(fc.constantFrom(0, 50, 100), 10)), ({ n, values }) => {
            expect(stableFigures(n, values, values)).toEqual(stableFigures(n, values, null));
        }), { numRuns: 12 });
    });

    /** Two games of the same size: one solved, the other's optimal basis offered as its guess. */
    const twoGames = fc.integer({ min: 2, max: 6 }).chain(n => {
        const values = fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: (1 << n) - 1, maxLength: (1 << n) - 1 });
        return fc.tuple(values, values).map(([a, b]) => ({ n, game: gameOf(a, n).values, other: gameOf(b, n).values }));
    });

    test('a wrong guess (from another game\'s values) is corrected: the same e* and nucleolus', () => {
        fc.assert(fc.property(twoGames, ({ n, game, other }) => {
            expect(stableFigures(n, game, other)).toEqual(stableFigures(n, game, null));
        }), { numRuns: 300 });
    });

    test('whether a guessed basis is feasible depends only on its coalitions, not on the values', () => {
        fc.assert(fc.property(twoGames, fc.boolean(), ({ n, game, other }, imputations) => {
            const full = (1 << n) - 1;
            const proper = Array.from({ length: full - 1 }, (_, k) => k + 1);
            const guess = guessOptimalBasis(n, other, proper, [{ mask: full, rhs: other[full] }], imputations);
            fc.pre(guess !== undefined);
            const lp = new ExcessLp(n, game, [{ mask: full, rhs: fromInteger(game[full]) }], imputations);
            lp.addFree(guess.coalitions);
            expect(lp.startFrom(guess.columns)).toBe(true);
        }), { numRuns: 200 });
    });

    test('the certificate accepts only optimal bases: any basis it certifies gives the optimal e*', () => {
        // Random sets of n + 1 columns of small games with many ties: some give x and e that satisfy every
        // constraint without being optimal (a negative dual weight), or are singular, or infeasible.
        const basis = fc.integer({ min: 2, max: 4 }).chain(n => fc.record({
            n: fc.constant(n),
            list: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: (1 << n) - 1, maxLength: (1 << n) - 1 }),
            imputations: fc.boolean(),
            picks: fc.array(fc.nat(), { minLength: n + 1, maxLength: n + 1 })
        }));
        let certified = 0;
        fc.assert(fc.property(basis, ({ n, list, imputations, picks }) => {
            const { values } = gameOf(list, n);
            const full = (1 << n) - 1;
            const fixed = [{ mask: full, rhs: fromInteger(values[full]) }];
            const proper = Array.from({ length: full - 1 }, (_, k) => k + 1);
            const firstFree = 2 + (imputations ? n : 0);
            const columns = [...new Set(picks.map(p => p % (firstFree + proper.length)))];
            const coalitions = columns.filter(j => j >= firstFree).map(j => proper[j - firstFree]);
            const nonFree = columns.filter(j => j < firstFree);
            const guess = { coalitions, columns: [...nonFree, ...coalitions.map((_, k) => firstFree + k)] };
            const solution = certifiedOptimum(n, values, proper, fixed, imputations, guess);
            const reference = minimiseLargestExcess(n, values, proper, fixed, imputations);
            if (solution) {
                certified++;
                expect(reference.status === 'optimal' && format(reference.solution.e)).toBe(format(solution.e));
            }
        }), { numRuns: 3000 });
        expect(certified).toBeGreaterThan(10);
    });

    test('a start that is not a feasible basis is refused', () => {
        // One row, b = 1: the column -1 makes x_B = -1.
        const lp = new ExactSimplex(1, [ONE]);
        lp.addColumns([{ entries: [[0, -1]], cost: ZERO }]);
        expect(lp.startFrom([0])).toBe(false);
        const fine = new ExactSimplex(1, [ONE]);
        fine.addColumns([{ entries: [[0, 2]], cost: fromInteger(3) }]);
        expect(fine.startFrom([0])).toBe(true);
        const solved = fine.solve();
        expect(solved.status === 'optimal' && format(solved.objective)).toBe('3/2');
    });
});
