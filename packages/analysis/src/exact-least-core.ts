/**
 * The least core (DOMAIN.md items 6 and 13), exactly: the smallest e* such
 * that some split x with x(P) = v(P) has x(S) >= v(S) - e* for every proper
 * coalition S. The core is empty exactly when e* > 0. Solved with the exact
 * LP, generating coalitions as needed: start from the singletons, and while a
 * coalition's excess exceeds e (screened in floating point over all 2^n,
 * confirmed exactly) add the worst of each size. Up to 20 participants.
 */
import { CoalitionScan, MAX_ROUNDS, solveOverRows } from './coalition-rows.js';
import { ExcessLp, type ExcessLpOutcome, type FixedCoalition } from './excess-lp.js';
import { solveGuided } from './guided-excess-lp.js';
import { type Rational, fromInteger, rational } from './rational.js';

export const EXACT_LEAST_CORE_LIMIT = 20;

export type ExactLeastCore =
    | { status: 'computed'; epsilon: Rational; x: Rational[]; /** The coalitions with a positive dual weight: tight in every least-core split. */ tight: number[] }
    | { status: 'too-large' | 'lp-failed'; reason: string };

/**
 * `guessFrom` (the game's values, or null): start from the basis a
 * floating-point solve over these values ends on (guided-excess-lp.ts): far fewer
 * rounds and pivots, the same e*, but possibly another vertex x of the least
 * core, so only for callers that show e* alone.
 */
export function exactLeastCore(n: number, values: Float64Array, onProgress?: () => void, guessFrom: Float64Array | null = null): ExactLeastCore {
    if (n > EXACT_LEAST_CORE_LIMIT) {
        return { status: 'too-large', reason: `more than ${EXACT_LEAST_CORE_LIMIT} participants` };
    }
    const full = (1 << n) - 1;
    if (n <= 1) {
        return { status: 'computed', epsilon: rational(0n), x: n === 1 ? [fromInteger(values[1])] : [], tight: [] };
    }
    const fixed = [{ mask: full, rhs: fromInteger(values[full]) }];
    const scan = new CoalitionScan(n, values);
    const proper = Array.from({ length: guessFrom ? full - 1 : 0 }, (_, k) => k + 1);
    const outcome = (guessFrom ? solveGuided(scan, proper, fixed, false, guessFrom, onProgress) : undefined) ?? fromSingletons(scan, fixed, onProgress);
    if (outcome.status === 'rounds') {
        return { status: 'lp-failed', reason: `the least-core LP needed more than ${MAX_ROUNDS} rounds of coalitions` };
    }
    if (outcome.status !== 'optimal') {
        return { status: 'lp-failed', reason: `the least-core LP is ${outcome.status}` };
    }
    const { x, e, tight } = outcome.solution;
    return { status: 'computed', epsilon: e, x, tight };
}

/** Row generation from the singletons, adding the worst violated coalition of each size per round. */
function fromSingletons(scan: CoalitionScan, fixed: FixedCoalition[], onProgress?: () => void): ExcessLpOutcome | { status: 'rounds' } {
    const rows = new Set<number>();
    for (let i = 0; i < scan.n; i++) {
        rows.add(1 << i);
    }
    const lp = new ExcessLp(scan.n, scan.values, fixed, false);
    lp.addFree(rows);
    return solveOverRows(lp, scan, rows, onProgress);
}
