/**
 * The nucleolus (Schmeidler 1969) over imputations: among the splits x with
 * x(P) = v(P) and x_i >= v({i}), the one that lexicographically minimises the
 * excesses v(S) - x(S) sorted from the largest. Computed exactly (rational
 * arithmetic) by the Maschler-Peleg-Shapley sequence of LPs: each LP
 * minimises the largest excess e_k over the coalitions not yet fixed; the
 * coalitions with a positive dual weight are tight in every optimum, so they
 * are fixed at excess e_k; any coalition whose sum is then determined (in the
 * span of the fixed ones) leaves the LP. Each step raises the rank of the
 * fixed coalitions, so at most n steps. It lies in the core whenever the core
 * is non-empty (the first LP is the least core restricted to imputations).
 */
import { CoalitionSpan } from './coalition-span.js';
import { CoalitionScan } from './coalition-rows.js';
import { type ExcessLpSolution, type FixedCoalition, minimiseLargestExcess } from './excess-lp.js';
import { solveGuided } from './guided-excess-lp.js';
import { type Rational, fromInteger, sign, sub } from './rational.js';

/** The sequence of LPs runs over all 2^n coalitions, exactly: kept to games of this size (docs/formulas.md). */
export const NUCLEOLUS_LIMIT = 12;

export type NucleolusResult =
    | { status: 'computed'; x: Rational[]; /** e_1 >= e_2 >= ...: the largest excess fixed at each step. */ levels: Rational[] }
    | { status: 'no-imputation' | 'too-large' | 'lp-failed'; reason: string };

/**
 * Each LP starts from the basis a floating-point solve over `guessFrom` (the
 * game's own values but in tests) ends on, holding its free coalitions only,
 * and adds the others only if the exact check finds one violated
 * (guided-excess-lp.ts); `guessFrom = null` gives each LP every free coalition at once
 * (the reference the tests compare with). Both are exact, and the nucleolus
 * is unique, so both give the same x; `levels` may repeat a level where the
 * two fix a level's coalitions in different steps.
 *
 * `leastCore`: an optimal solution of the least-core LP with e* <= 0, when
 * known. It is also optimal for the first LP here (each x_i >= v({i}) - e* >=
 * v({i}), and the first LP only adds those constraints), its dual weights
 * too, so that LP is not solved again.
 */
export function nucleolus(
    n: number, values: Float64Array, onProgress?: () => void, guessFrom: Float64Array | null = values, leastCore?: ExcessLpSolution
): NucleolusResult {
    if (n > NUCLEOLUS_LIMIT) {
        return { status: 'too-large', reason: `more than ${NUCLEOLUS_LIMIT} participants: the exact sequence of LPs over every coalition is not attempted` };
    }
    const full = (1 << n) - 1;
    let singles = 0;
    for (let i = 0; i < n; i++) {
        singles += values[1 << i];
    }
    if (singles > values[full]) {
        return { status: 'no-imputation', reason: 'what the participants save alone adds up to more than the whole group saves, so no split gives each at least its saving alone' };
    }
    if (n <= 1) {
        return { status: 'computed', x: n === 1 ? [fromInteger(values[1])] : [], levels: [] };
    }
    const fixed: FixedCoalition[] = [{ mask: full, rhs: fromInteger(values[full]) }];
    const span = new CoalitionSpan(n);
    span.add(full);
    let free: number[] = [];
    for (let mask = 1; mask < full; mask++) {
        free.push(mask);
    }
    const levels: Rational[] = [];
    const scan = guessFrom ? new CoalitionScan(n, values) : undefined;
    for (let step = 0; step < n; step++) {
        const known = step === 0 && leastCore && sign(leastCore.e) <= 0 ? { status: 'optimal' as const, solution: leastCore } : undefined;
        const outcome = known ?? (scan && guessFrom ? solveGuided(scan, free, fixed, true, guessFrom, onProgress) : undefined)
            ?? minimiseLargestExcess(n, values, free, fixed, true, onProgress);
        if (outcome.status === 'rounds') {
            return { status: 'lp-failed', reason: `step ${step + 1} of the nucleolus LPs needed too many rounds of coalitions` };
        }
        if (outcome.status !== 'optimal') {
            return { status: 'lp-failed', reason: `step ${step + 1} of the nucleolus LPs is ${outcome.status}` };
        }
        const { x, e, tight } = outcome.solution;
        levels.push(e);
        for (const mask of tight) {
            fixed.push({ mask, rhs: sub(fromInteger(values[mask]), e) });
            span.add(mask);
        }
        free = free.filter(mask => !span.contains(mask));
        if (free.length === 0 || span.rank === n) {
            return { status: 'computed', x, levels };
        }
        if (tight.length === 0) {
            return { status: 'lp-failed', reason: 'an LP of the sequence fixed no coalition' };
        }
    }
    return { status: 'lp-failed', reason: `the sequence of LPs did not end within ${n} steps` };
}
