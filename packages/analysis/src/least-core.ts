/**
 * DOMAIN.md item 6 beyond the check: is the core empty at all? Solves the
 * least-core linear program
 *     minimise e  subject to  x(S) >= v(S) - e  for every proper coalition S,  x(P) = v(P)
 * with the yalps simplex solver. The core is non-empty exactly when the
 * optimum e* <= 0. Rows are generated lazily: the LP starts with the
 * singletons and, while the enumerated values show a coalition violating the
 * current solution, adds the worst coalition of each size, so the LP stays
 * small even for 2^20 coalitions.
 */
import { type Row, solveAllocationLp } from './allocation-lp.js';

export interface LeastCore {
    /** e* in pence (exact up to the solver's floating-point tolerance). */
    epsilon: number;
    /** The coalitions whose rows the LP needed: a good start for further LPs over the least core. */
    rows: number[];
    /** Below this an e* counts as zero. */
    tolerance: number;
    /** A least-core allocation in pence (unrounded). */
    x: number[];
}

/** Above this many participants the LP is not attempted (each round scans 2^n coalitions). */
export const LEAST_CORE_LIMIT = 20;
const MAX_ROUNDS = 500;

export function lpScale(values: Float64Array): number {
    let scale = 1;
    for (let mask = 1; mask < values.length; mask++) {
        scale = Math.max(scale, Math.abs(values[mask]));
    }
    return scale;
}

export function leastCore(n: number, values: Float64Array, onProgress?: () => void): LeastCore | undefined {
    const full = (1 << n) - 1;
    if (n > LEAST_CORE_LIMIT) {
        return undefined;
    }
    if (n <= 1) {
        // No proper coalition can object: the whole value goes to the only participant.
        return { epsilon: 0, rows: [], tolerance: 0, x: n === 1 ? [values[1]] : [] };
    }
    const scale = lpScale(values);
    const tolerance = Math.max(1e-6, scale * 1e-9);
    const masks = new Set<number>();
    for (let i = 0; i < n; i++) {
        masks.add(1 << i);
    }
    const scratch = { allocated: new Float64Array(full + 1), size: popcounts(n) };
    for (let round = 0; round < MAX_ROUNDS; round++) {
        onProgress?.();
        const rows: Row[] = [{ mask: full, kind: 'equal', rhs: values[full] }];
        for (const mask of masks) {
            rows.push({ mask, kind: 'excess', rhs: values[mask] });
        }
        const solution = solveAllocationLp(n, rows, { minimiseExcess: true }, scale);
        if (!solution) {
            return undefined;
        }
        if (addViolated(n, values, solution, masks, tolerance, scratch) === 0) {
            return { epsilon: solution.e, rows: [...masks], tolerance, x: solution.x };
        }
    }
    return undefined;
}

/**
 * A cheap proof that the core is empty, without the LP: a coalition S with
 * v(S) + v(P - S) > v(P) forces e* >= (v(S) + v(P - S) - v(P)) / 2 for any
 * split. Only a margin far above the LP's tolerance counts, so this never
 * says "empty" where leastCore would not.
 */
export function surelyEmptyCore(n: number, values: Float64Array): boolean {
    if (n <= 1) {
        return false;
    }
    const full = (1 << n) - 1;
    const margin = 2 * 10 * Math.max(1e-6, lpScale(values) * 1e-9);
    const grand = values[full];
    // Masks without the highest participant cover each pair {S, P - S} once.
    const half = 1 << (n - 1);
    for (let mask = 1; mask < half; mask++) {
        if (values[mask] + values[full ^ mask] - grand > margin) {
            return true;
        }
    }
    return false;
}

/** Adds, for each coalition size, the proper coalition that most violates x(S) + e >= v(S). */
function addViolated(
    n: number, values: Float64Array, solution: { x: number[]; e: number }, masks: Set<number>, tolerance: number,
    scratch: { allocated: Float64Array; size: Uint8Array }
): number {
    const full = (1 << n) - 1;
    const { allocated, size } = scratch;
    const worst = new Float64Array(n + 1).fill(tolerance);
    const worstMask = new Int32Array(n + 1);
    for (let mask = 1; mask < full; mask++) {
        const bit = mask & -mask;
        allocated[mask] = allocated[mask ^ bit] + solution.x[31 - Math.clz32(bit)];
        const violation = values[mask] - allocated[mask] - solution.e;
        if (violation > worst[size[mask]] && !masks.has(mask)) {
            worst[size[mask]] = violation;
            worstMask[size[mask]] = mask;
        }
    }
    let added = 0;
    for (let k = 1; k < n; k++) {
        if (worstMask[k] !== 0) {
            masks.add(worstMask[k]);
            added++;
        }
    }
    return added;
}

function popcounts(n: number): Uint8Array {
    const size = new Uint8Array(1 << n);
    for (let mask = 1; mask < size.length; mask++) {
        size[mask] = size[mask & (mask - 1)] + 1;
    }
    return size;
}

/**
 * Among the allocations in the least core (x(S) >= v(S) - e* for every S,
 * x(P) = v(P)), the one nearest to `target` (the Shapley value) in total
 * absolute difference: a stable split that stays as close to the fair one as
 * stability allows. Rows are generated as for the least core.
 */
export function nearestInLeastCore(n: number, values: Float64Array, core: LeastCore, target: number[], onProgress?: () => void): number[] | undefined {
    if (n <= 1) {
        return core.x;
    }
    const full = (1 << n) - 1;
    const scale = lpScale(values);
    // A hair of slack so the solver's own rounding of e* cannot make the least core look empty.
    const e = core.epsilon + core.tolerance;
    const masks = new Set(core.rows);
    const scratch = { allocated: new Float64Array(full + 1), size: popcounts(n) };
    for (let round = 0; round < MAX_ROUNDS; round++) {
        onProgress?.();
        const rows: Row[] = [{ mask: full, kind: 'equal', rhs: values[full] }];
        for (const mask of masks) {
            rows.push({ mask, kind: 'at-least', rhs: values[mask] - e });
        }
        const solution = solveAllocationLp(n, rows, { nearestTo: target }, scale);
        if (!solution) {
            return undefined;
        }
        if (addViolated(n, values, { x: solution.x, e }, masks, core.tolerance, scratch) === 0) {
            return solution.x;
        }
    }
    return undefined;
}
