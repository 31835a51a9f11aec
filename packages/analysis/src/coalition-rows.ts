/**
 * Row generation for the excess LPs (excess-lp.ts): the coalitions whose
 * constraint the LP's solution violates, found by a floating-point scan over
 * all 2^n coalitions and confirmed exactly, added until none is left.
 */
import type { ExcessLp, ExcessLpOutcome } from './excess-lp.js';
import { type Rational, compare, fromInteger, rational, sub, toNumber } from './rational.js';

export const MAX_ROUNDS = 200;

/**
 * Solves `lp` until no coalition outside `rows` (the coalitions in the LP, and
 * any that are not constraints at all) violates its solution exactly: then its
 * optimum is the optimum over every coalition.
 */
export function solveOverRows(lp: ExcessLp, scan: CoalitionScan, rows: Set<number>, onProgress?: () => void): ExcessLpOutcome | { status: 'rounds' } {
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const outcome = lp.solve(onProgress);
        if (outcome.status !== 'optimal') {
            return outcome;
        }
        const added = addWorstViolations(scan, outcome.solution.x, outcome.solution.e, rows);
        lp.addFree(added);
        if (added.length === 0) {
            return outcome;
        }
        onProgress?.();
    }
    return { status: 'rounds' };
}

/** Scratch space for scanning every coalition, made once per LP: 2^n entries each. */
export class CoalitionScan {
    readonly allocated: Float64Array;
    readonly size: Uint8Array;
    /** Violations above -slack are settled exactly: far above the doubles' rounding of sums of pence. */
    readonly slack: number;
    constructor(readonly n: number, readonly values: Float64Array) {
        this.allocated = new Float64Array(1 << n);
        this.size = new Uint8Array(1 << n);
        let largest = 1;
        for (let mask = 1; mask < values.length; mask++) {
            largest = Math.max(largest, Math.abs(values[mask]));
        }
        this.slack = 1e-6 * largest;
    }
}

/**
 * Adds, per coalition size, the coalition whose excess most exceeds e. The scan
 * runs in doubles; a coalition counts as violating only when exact arithmetic
 * agrees, so the last round certifies x(S) + e >= v(S) for every S exactly.
 * Returns the coalitions added to `rows`.
 */
export function addWorstViolations(scan: CoalitionScan, x: Rational[], e: Rational, rows: Set<number>): number[] {
    const { n, values, allocated, size, slack } = scan;
    const full = (1 << n) - 1;
    const xf = x.map(toNumber);
    const ef = toNumber(e);
    const worst = new Array<number>(n + 1).fill(-Infinity);
    const worstMask = new Int32Array(n + 1);
    const doubtful: number[] = [];
    for (let mask = 1; mask < full; mask++) {
        const bit = mask & -mask;
        const low = mask ^ bit;
        const sum = allocated[low] + xf[31 - Math.clz32(bit)];
        allocated[mask] = sum;
        const k = size[low] + 1;
        size[mask] = k;
        const violation = values[mask] - sum - ef;
        if (violation > -slack) {
            // Rows already in the LP hold exactly; only new coalitions can be added.
            if (rows.has(mask)) {
                continue;
            }
            doubtful.push(mask);
            if (violation > worst[k]) {
                worst[k] = violation;
                worstMask[k] = mask;
            }
        }
    }
    const added: number[] = [];
    for (let k = 1; k < n; k++) {
        if (worstMask[k] !== 0 && exactlyViolated(n, values, x, e, worstMask[k])) {
            added.push(worstMask[k]);
        }
    }
    if (added.length === 0) {
        // Floating point may have ranked a true violation below a false one: settle every doubtful coalition exactly.
        added.push(...doubtful.filter(mask => exactlyViolated(n, values, x, e, mask)));
    }
    for (const mask of added) {
        rows.add(mask);
    }
    return added;
}

function exactlyViolated(n: number, values: Float64Array, x: Rational[], e: Rational, mask: number): boolean {
    let rest = sub(fromInteger(values[mask]), e);
    for (let i = 0; i < n; i++) {
        if (mask & (1 << i)) {
            rest = sub(rest, x[i]);
        }
    }
    return compare(rest, rational(0n)) > 0;
}
