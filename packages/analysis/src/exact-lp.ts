/**
 * An exact linear-program solver: the revised simplex method over rationals.
 * It solves the standard form
 *     minimise c.y  subject to  A y = b,  y >= 0   (b >= 0)
 * with few rows (one per participant, plus one) and many columns (one per
 * coalition), which is the dual of the allocation LPs: the simplex
 * multipliers it returns are the allocation itself, exactly.
 * Columns may be added between solves (column generation): the basis stays
 * feasible, so the next solve continues from it. Pricing takes the most
 * negative reduced cost (Dantzig), and switches to Bland's rule, which cannot
 * cycle, after a run of degenerate pivots (the nucleolus LPs are highly degenerate).
 * The arithmetic is fraction-free in doubles (integer-basis.ts) while its
 * integers fit, else in rationals (rational-basis.ts): the same pivots and
 * answers either way, the first many times faster.
 */
import { IntegerBasis } from './integer-basis.js';
import { RationalBasis } from './rational-basis.js';
import { type Rational, ONE, ZERO, sign } from './rational.js';
import { type Column, IntegerRangeExceeded, type IterationOutcome, type SimplexBasis } from './simplex-basis.js';

export type { Column } from './simplex-basis.js';

export type ExactLpResult =
    | { status: 'optimal'; objective: Rational; /** y_j for every column added (zero when non-basic) */ y: Rational[]; /** the simplex multipliers pi with pi.A_j <= c_j */ duals: Rational[] }
    | { status: 'infeasible' | 'unbounded' };

/** Iterations allowed per solve, per column: generous, because Bland's rule terminates; this only guards a bug. */
const ITERATIONS_PER_COLUMN = 50;
/** Degenerate pivots in a row before pricing falls back to Bland's rule. */
const DEGENERATE_RUN = 50;

export function solveExactLp(rows: number, b: Rational[], columns: Column[], onProgress?: () => void): ExactLpResult {
    const lp = new ExactSimplex(rows, b);
    lp.addColumns(columns);
    return lp.solve(onProgress);
}

/**
 * Column k < rows is the k-th artificial (unit vector): the first basis. Real column j is stored at rows + j.
 * `arithmetic: 'rational'` keeps to rationals throughout (tests compare the two).
 */
export class ExactSimplex {
    private readonly columns: Column[] = [];
    private basis: SimplexBasis;
    private phase1Done = false;
    private infeasible = false;

    constructor(private readonly m: number, b: Rational[], arithmetic: 'fastest' | 'rational' = 'fastest') {
        if (b.some(x => sign(x) < 0)) {
            throw new RangeError('ExactSimplex needs b >= 0');
        }
        for (let r = 0; r < m; r++) {
            this.columns.push({ entries: [[r, 1]], cost: ZERO });
        }
        this.basis = arithmetic === 'fastest' && IntegerBasis.fits(b)
            ? new IntegerBasis(m, this.columns, b)
            : new RationalBasis(m, this.columns, Array.from({ length: m }, (_, r) => r), b.slice(),
                Array.from({ length: m }, (_, r) => Array.from({ length: m }, (_, c) => (r === c ? ONE : ZERO))));
    }

    addColumns(columns: Column[]): void {
        this.columns.push(...columns);
    }

    /**
     * Before the first solve: pivots these real columns (numbered in the order
     * added) into the basis in place of artificials, e.g. the basis a
     * floating-point solve ended on. False when they do not make a feasible
     * basis: this LP is then not to be solved.
     */
    startFrom(columns: readonly number[]): boolean {
        if (this.phase1Done) {
            throw new Error('ExactSimplex.startFrom after a solve');
        }
        for (const j of columns) {
            if (!this.exactly(basis => basis.enter(this.m + j))) {
                return false;
            }
        }
        return this.exactly(basis => basis.feasible());
    }

    solve(onProgress?: () => void): ExactLpResult {
        const limit = ITERATIONS_PER_COLUMN * this.columns.length + 1000;
        if (!this.phase1Done) {
            const phase1 = this.columns.map((_, j) => (j < this.m ? ONE : ZERO));
            if (this.optimise(phase1, true, limit, onProgress) !== true) {
                throw new Error('exact simplex did not terminate (phase 1)');
            }
            this.phase1Done = true;
            this.infeasible = this.basis.artificialPositive();
        }
        if (this.infeasible) {
            return { status: 'infeasible' };
        }
        const costs = this.columns.map((c, j) => (j < this.m ? ZERO : c.cost));
        const phase2 = this.optimise(costs, false, limit, onProgress);
        if (phase2 === 'unbounded') {
            return { status: 'unbounded' };
        }
        if (phase2 !== true) {
            throw new Error('exact simplex did not terminate (phase 2)');
        }
        return { status: 'optimal', ...this.exactly(basis => basis.solution(costs)) };
    }

    /** Returns true at an optimum, 'unbounded', or false when out of iterations. */
    private optimise(costs: Rational[], phase1: boolean, limit: number, onProgress?: () => void): true | false | 'unbounded' {
        let degenerate = 0;
        for (let iteration = 0; iteration < limit; iteration++) {
            if ((iteration & 31) === 0) {
                onProgress?.();
            }
            const bland = degenerate >= DEGENERATE_RUN;
            const outcome: IterationOutcome = this.exactly(basis => basis.iterate(costs, phase1, bland));
            if (outcome === 'optimal') {
                return true;
            }
            if (outcome === 'unbounded') {
                return 'unbounded';
            }
            degenerate = outcome === 'degenerate' ? degenerate + 1 : 0;
        }
        return false;
    }

    /** Runs a step on the basis, again in rationals if the integer basis ran out of range (it changed nothing then). */
    private exactly<T>(step: (basis: SimplexBasis) => T): T {
        try {
            return step(this.basis);
        } catch (error) {
            if (error instanceof IntegerRangeExceeded && this.basis instanceof IntegerBasis) {
                this.basis = this.basis.toRational();
                return step(this.basis);
            }
            throw error;
        }
    }
}
