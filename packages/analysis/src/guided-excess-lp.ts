/**
 * The excess LP (excess-lp.ts) solved from a floating-point guess at its
 * optimal basis (float-excess-lp.ts): proved optimal at once when the guess
 * is right (excess-lp-certificate.ts), else the exact LP started from that
 * basis holding only its free coalitions, adding any other free coalition the
 * exact check finds violated (coalition-rows.ts). Exact either way.
 */
import { type CoalitionScan, solveOverRows } from './coalition-rows.js';
import { certifiedOptimum } from './excess-lp-certificate.js';
import { ExcessLp, type ExcessLpOutcome, type FixedCoalition } from './excess-lp.js';
import { guessOptimalBasis } from './float-excess-lp.js';
import { toNumber } from './rational.js';

/**
 * Undefined when there is no usable guess: the caller solves the LP over
 * every free coalition. `guessFrom`: the values the guess reads, the game's
 * own but in tests, which give another game's to see a wrong guess corrected.
 */
export function solveGuided(
    scan: CoalitionScan, free: readonly number[], fixed: FixedCoalition[], imputations: boolean, guessFrom: Float64Array, onProgress?: () => void
): ExcessLpOutcome | { status: 'rounds' } | undefined {
    const { n, values } = scan;
    const guess = guessOptimalBasis(n, guessFrom, free, fixed.map(f => ({ mask: f.mask, rhs: toNumber(f.rhs) })), imputations);
    if (!guess || guess.coalitions.length === 0) {
        return undefined;
    }
    const certified = certifiedOptimum(n, values, free, fixed, imputations, guess);
    if (certified) {
        return { status: 'optimal', solution: certified };
    }
    const lp = new ExcessLp(n, values, fixed, imputations);
    lp.addFree(guess.coalitions);
    if (!lp.startFrom(guess.columns)) {
        return undefined;
    }
    // Coalitions that are no constraint of this LP are never added.
    const isFree = new Uint8Array(1 << n);
    for (const mask of free) {
        isFree[mask] = 1;
    }
    const rows = new Set<number>(guess.coalitions);
    for (let mask = 1; mask < isFree.length - 1; mask++) {
        if (isFree[mask] === 0) {
            rows.add(mask);
        }
    }
    return solveOverRows(lp, scan, rows, onProgress);
}
