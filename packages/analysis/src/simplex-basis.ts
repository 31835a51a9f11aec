/**
 * The arithmetic of one simplex basis (exact-lp.ts): the basis, B^-1 and the
 * basic solution, and the four steps of an iteration. Two exact
 * implementations give the same answers: integer-basis.ts (fraction-free, in
 * doubles, fast while its integers stay below 2^53) and rational-basis.ts
 * (BigInt rationals, any size).
 */
import type { Rational } from './rational.js';

export interface Column {
    /** Non-zero entries of the column: [row, small integer coefficient]. */
    entries: ReadonlyArray<readonly [number, number]>;
    cost: Rational;
}

/** What one iteration did: reached an optimum, found the LP unbounded, or pivoted (with a zero step or not). */
export type IterationOutcome = 'optimal' | 'unbounded' | 'degenerate' | 'moved';

/** `Direction` is how the basis holds B^-1 A_j. */
export abstract class SimplexBasis<Direction = unknown> {
    /**
     * One iteration: price (the most negative reduced cost, or under Bland's
     * rule the lowest index), take the minimum ratio (ties to the lowest
     * basic index; a zero artificial left in the basis in phase 2 leaves
     * first) and pivot. Artificials (columns below m) may not re-enter once
     * phase 1 is over. A step that throws has changed nothing.
     */
    iterate(costs: Rational[], phase1: boolean, bland: boolean): IterationOutcome {
        const entering = this.entering(costs, phase1, bland);
        if (entering < 0) {
            return 'optimal';
        }
        const d = this.direction(entering);
        const leaving = this.leaving(d, phase1);
        if (leaving < 0) {
            return 'unbounded';
        }
        const degenerate = this.basicIsZero(leaving);
        this.pivot(leaving, entering, d);
        return degenerate ? 'degenerate' : 'moved';
    }

    /**
     * Pivots column j into the basis in place of the first basic artificial
     * whose row it reaches, whatever the ratios: a warm start, to be checked
     * with `feasible` afterwards. False when it reaches no artificial's row.
     * A step that throws has changed nothing.
     */
    enter(j: number): boolean {
        const d = this.direction(j);
        const r = this.artificialRow(d);
        if (r < 0) {
            return false;
        }
        this.pivot(r, j, d);
        return true;
    }

    /** True when the basic solution is non-negative. */
    abstract feasible(): boolean;
    /** A row whose basic column is an artificial and whose entry in d is not zero, or -1. */
    protected abstract artificialRow(d: Direction): number;
    /** True when an artificial is basic at a positive level: the LP is infeasible (after phase 1). */
    abstract artificialPositive(): boolean;
    /** y_j of every real column (zero when non-basic), the objective and the simplex multipliers pi. */
    abstract solution(costs: Rational[]): { y: Rational[]; objective: Rational; duals: Rational[] };
    /** The entering column, or -1 at an optimum. */
    protected abstract entering(costs: Rational[], phase1: boolean, bland: boolean): number;
    protected abstract direction(j: number): Direction;
    /** The leaving row, or -1 when the LP is unbounded. */
    protected abstract leaving(d: Direction, phase1: boolean): number;
    protected abstract basicIsZero(r: number): boolean;
    protected abstract pivot(r: number, j: number, d: Direction): void;
}

/**
 * Thrown when an exact integer held in a double would pass 2^53 (integer-basis.ts,
 * excess-lp-certificate.ts): the caller goes on in rationals.
 */
export class IntegerRangeExceeded extends Error {
    constructor() {
        super('an exact integer of the simplex passed 2^53');
        this.name = 'IntegerRangeExceeded';
    }
}

/** x, or IntegerRangeExceeded when it may not be the exact result (a double outside the safe range, or NaN). */
export function checkedInteger(x: number): number {
    if (!(x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER)) {
        throw new IntegerRangeExceeded();
    }
    return x;
}
