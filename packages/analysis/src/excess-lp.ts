/**
 * The linear program at the heart of the least core and of each step of the
 * nucleolus, solved exactly:
 *     minimise e  subject to  x(S) + e >= v(S)  for S in `free`,
 *                             x(T) = rhs_T       for T in `fixed` (the grand coalition among them),
 *                             x_i >= v({i})      when `imputations` is set.
 * It is solved through its dual (one row per participant plus one, one column
 * per coalition), whose simplex multipliers are -x and -e. The dual solution
 * names the coalitions tight in every optimum (y_S > 0, by complementary
 * slackness): the ones the nucleolus fixes next.
 */
import { type Column, solveExactLp } from './exact-lp.js';
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

export function minimiseLargestExcess(
    n: number, values: Float64Array, free: number[], fixed: FixedCoalition[], imputations: boolean, onProgress?: () => void
): ExcessLpOutcome {
    const columns: Column[] = [];
    const kinds: Array<{ free: number } | undefined> = [];
    const members = (mask: number, coefficient: number): Array<[number, number]> => {
        const out: Array<[number, number]> = [];
        for (let i = 0; i < n; i++) {
            if (mask & (1 << i)) {
                out.push([i, coefficient]);
            }
        }
        return out;
    };
    for (const mask of free) {
        columns.push({ entries: [...members(mask, 1), [n, 1]], cost: neg(fromInteger(values[mask])) });
        kinds.push({ free: mask });
    }
    for (const { mask, rhs } of fixed) {
        // z_T is free in sign: split into z+ and z-.
        columns.push({ entries: members(mask, 1), cost: neg(rhs) });
        columns.push({ entries: members(mask, -1), cost: rhs });
        kinds.push(undefined, undefined);
    }
    if (imputations) {
        for (let i = 0; i < n; i++) {
            columns.push({ entries: [[i, 1]], cost: neg(fromInteger(values[1 << i])) });
            kinds.push(undefined);
        }
    }
    const b: Rational[] = Array.from({ length: n + 1 }, (_, r) => (r === n ? ONE : ZERO));
    const result = solveExactLp(n + 1, b, columns, onProgress);
    if (result.status !== 'optimal') {
        // The dual is infeasible exactly when the primal is unbounded, and unbounded when the primal is infeasible.
        return { status: result.status === 'infeasible' ? 'unbounded' : 'infeasible' };
    }
    const tight: number[] = [];
    result.y.forEach((y, j) => {
        const kind = kinds[j];
        if (kind && sign(y) > 0) {
            tight.push(kind.free);
        }
    });
    return {
        status: 'optimal',
        solution: { x: result.duals.slice(0, n).map(neg), e: neg(result.duals[n]), tight }
    };
}
