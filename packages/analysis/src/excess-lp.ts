/**
 * The linear program at the heart of the least core and of each step of the
 * nucleolus, solved exactly:
 *     minimise e  subject to  x(S) + e >= v(S)  for S in `free`,
 *                             x(T) = rhs_T       for T in `fixed` (the grand coalition among them),
 *                             x_i >= v({i})      when `imputations` is set.
 * It is solved through its dual (one row per participant plus one, one column
 * per coalition), whose simplex multipliers are -x and -e. The dual solution
 * names the coalitions tight in every optimum (y_S > 0, by complementary
 * slackness): the ones the nucleolus fixes next. Free coalitions may be added
 * between solves (row generation in the primal, column generation here).
 */
import { type Column, ExactSimplex } from './exact-lp.js';
import { type Rational, ONE, ZERO, fromInteger, neg, sign } from './rational.js';

export interface FixedCoalition {
    mask: number;
    rhs: Rational;
}

export interface ExcessLpSolution {
    x: Rational[];
    e: Rational;
    /** Free coalitions with a positive dual weight: tight in every optimal solution. */
    tight: number[];
}

export type ExcessLpOutcome = { status: 'optimal'; solution: ExcessLpSolution } | { status: 'infeasible' | 'unbounded' };

export class ExcessLp {
    private readonly simplex: ExactSimplex;
    /** The free coalition of each column, or -1 for the other columns. */
    private readonly freeOf: number[] = [];

    constructor(private readonly n: number, private readonly values: Float64Array, fixed: FixedCoalition[], imputations: boolean) {
        this.simplex = new ExactSimplex(n + 1, Array.from({ length: n + 1 }, (_, r) => (r === n ? ONE : ZERO)));
        const columns: Column[] = [];
        for (const { mask, rhs } of fixed) {
            // z_T is free in sign: split into z+ and z-.
            columns.push({ entries: members(n, mask, 1), cost: neg(rhs) });
            columns.push({ entries: members(n, mask, -1), cost: rhs });
        }
        if (imputations) {
            for (let i = 0; i < n; i++) {
                columns.push({ entries: [[i, 1]], cost: neg(fromInteger(values[1 << i])) });
            }
        }
        this.add(columns, columns.map(() => -1));
    }

    addFree(masks: Iterable<number>): void {
        const columns: Column[] = [];
        const kinds: number[] = [];
        for (const mask of masks) {
            const entries = members(this.n, mask, 1);
            entries.push(PLUS_ONE[this.n]);
            columns.push({ entries, cost: neg(fromInteger(this.values[mask])) });
            kinds.push(mask);
        }
        this.add(columns, kinds);
    }

    private add(columns: Column[], kinds: number[]): void {
        this.simplex.addColumns(columns);
        this.freeOf.push(...kinds);
    }

    /** Starts from a basis of these columns (ExactSimplex.startFrom), numbered in the order added; false when it is not feasible. */
    startFrom(columns: readonly number[]): boolean {
        return this.simplex.startFrom(columns);
    }

    solve(onProgress?: () => void): ExcessLpOutcome {
        const result = this.simplex.solve(onProgress);
        if (result.status !== 'optimal') {
            // The dual is infeasible exactly when the primal is unbounded, and unbounded when the primal is infeasible.
            return { status: result.status === 'infeasible' ? 'unbounded' : 'infeasible' };
        }
        const tight: number[] = [];
        result.y.forEach((y, j) => {
            if (this.freeOf[j] >= 0 && sign(y) > 0) {
                tight.push(this.freeOf[j]);
            }
        });
        return { status: 'optimal', solution: { x: result.duals.slice(0, this.n).map(neg), e: neg(result.duals[this.n]), tight } };
    }
}

export function minimiseLargestExcess(
    n: number, values: Float64Array, free: number[], fixed: FixedCoalition[], imputations: boolean, onProgress?: () => void
): ExcessLpOutcome {
    const lp = new ExcessLp(n, values, fixed, imputations);
    lp.addFree(free);
    return lp.solve(onProgress);
}

/** Entries [row, +1] and [row, -1], shared by every column (columns never change their entries): the LPs make thousands. */
const PLUS_ONE = Array.from({ length: 32 }, (_, row) => [row, 1] as const);
const MINUS_ONE = Array.from({ length: 32 }, (_, row) => [row, -1] as const);

function members(n: number, mask: number, coefficient: 1 | -1): Array<readonly [number, number]> {
    const entries = coefficient === 1 ? PLUS_ONE : MINUS_ONE;
    const out: Array<readonly [number, number]> = [];
    for (let i = 0; i < n; i++) {
        if (mask & (1 << i)) {
            out.push(entries[i]);
        }
    }
    return out;
}
