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
 */
import { type Rational, ONE, ZERO, add, div, fromInteger, mul, sign, sub } from './rational.js';

export interface Column {
    /** Non-zero entries of the column: [row, small integer coefficient]. */
    entries: ReadonlyArray<readonly [number, number]>;
    cost: Rational;
}

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

/** Column k < rows is the k-th artificial (unit vector): the first basis. Real column j is stored at rows + j. */
export class ExactSimplex {
    private readonly columns: Column[] = [];
    private readonly basis: number[];
    private readonly xB: Rational[];
    /** B^-1, row-major. */
    private inverse: Rational[][];
    private phase1Done = false;
    private infeasible = false;

    constructor(private readonly m: number, b: Rational[]) {
        if (b.some(x => sign(x) < 0)) {
            throw new RangeError('ExactSimplex needs b >= 0');
        }
        for (let r = 0; r < m; r++) {
            this.columns.push({ entries: [[r, 1]], cost: ZERO });
        }
        this.basis = Array.from({ length: m }, (_, r) => r);
        this.xB = b.slice();
        this.inverse = Array.from({ length: m }, (_, r) => Array.from({ length: m }, (_, c) => (r === c ? ONE : ZERO)));
    }

    addColumns(columns: Column[]): void {
        this.columns.push(...columns);
    }

    solve(onProgress?: () => void): ExactLpResult {
        const limit = ITERATIONS_PER_COLUMN * this.columns.length + 1000;
        if (!this.phase1Done) {
            const phase1 = this.columns.map((_, j) => (j < this.m ? ONE : ZERO));
            if (this.optimise(phase1, true, limit, onProgress) !== true) {
                throw new Error('exact simplex did not terminate (phase 1)');
            }
            this.phase1Done = true;
            this.infeasible = this.basis.some((j, r) => j < this.m && sign(this.xB[r]) > 0);
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
        const y: Rational[] = this.columns.slice(this.m).map(() => ZERO);
        let objective = ZERO;
        this.basis.forEach((j, r) => {
            if (j >= this.m) {
                y[j - this.m] = this.xB[r];
                objective = add(objective, mul(costs[j], this.xB[r]));
            }
        });
        return { status: 'optimal', objective, y, duals: this.multipliers(costs) };
    }

    private multipliers(costs: Rational[]): Rational[] {
        const pi: Rational[] = [];
        for (let c = 0; c < this.m; c++) {
            let s = ZERO;
            for (let r = 0; r < this.m; r++) {
                const cb = costs[this.basis[r]];
                if (cb.n !== 0n && this.inverse[r][c].n !== 0n) {
                    s = add(s, mul(cb, this.inverse[r][c]));
                }
            }
            pi.push(s);
        }
        return pi;
    }

    /** Returns true at an optimum, 'unbounded', or false when out of iterations. */
    private optimise(costs: Rational[], phase1: boolean, limit: number, onProgress?: () => void): true | false | 'unbounded' {
        let degenerate = 0;
        for (let iteration = 0; iteration < limit; iteration++) {
            if ((iteration & 31) === 0) {
                onProgress?.();
            }
            const entering = this.entering(costs, phase1, degenerate >= DEGENERATE_RUN);
            if (entering < 0) {
                return true;
            }
            const d = this.direction(entering);
            const leaving = this.leaving(d, phase1);
            if (leaving < 0) {
                return 'unbounded';
            }
            degenerate = sign(this.xB[leaving]) === 0 ? degenerate + 1 : 0;
            this.pivot(leaving, entering, d);
        }
        return false;
    }

    /** A column with a negative reduced cost: the most negative, or the lowest index under Bland's rule; -1 at an optimum. */
    private entering(costs: Rational[], phase1: boolean, bland: boolean): number {
        const pi = this.multipliers(costs);
        // Reduced costs compared over a common denominator, so pricing is integer additions.
        let common = 1n;
        for (const p of pi) {
            common = lcm(common, p.d);
        }
        const scaled = pi.map(p => p.n * (common / p.d));
        const inBasis = new Set(this.basis);
        let best = -1;
        let bestValue = 0;
        // Artificials may not re-enter once phase 1 is over.
        for (let j = phase1 ? 0 : this.m; j < this.columns.length; j++) {
            if (inBasis.has(j)) {
                continue;
            }
            let dot = 0n;
            for (const [r, a] of this.columns[j].entries) {
                dot += a === 1 ? scaled[r] : a === -1 ? -scaled[r] : BigInt(a) * scaled[r];
            }
            const c = costs[j];
            const reduced = c.n * common - c.d * dot;
            if (reduced < 0n) {
                if (bland) {
                    return j;
                }
                // Scale-free size of the reduced cost, for choosing only: exactness is in the sign test above.
                const value = Number(reduced) / Number(c.d);
                if (value < bestValue) {
                    best = j;
                    bestValue = value;
                }
            }
        }
        return best;
    }

    private direction(j: number): Rational[] {
        const d: Rational[] = [];
        for (let r = 0; r < this.m; r++) {
            let s = ZERO;
            for (const [row, a] of this.columns[j].entries) {
                const inv = this.inverse[r][row];
                if (inv.n !== 0n) {
                    s = add(s, a === 1 ? inv : mul(inv, fromInteger(a)));
                }
            }
            d.push(s);
        }
        return d;
    }

    /** Minimum ratio, ties to the lowest basic index (Bland); a zero artificial left in the basis in phase 2 leaves first. */
    private leaving(d: Rational[], phase1: boolean): number {
        let best = -1;
        let bestRatio: Rational | undefined;
        for (let r = 0; r < this.m; r++) {
            if (!phase1 && this.basis[r] < this.m && sign(d[r]) !== 0) {
                return r;
            }
            if (sign(d[r]) <= 0) {
                continue;
            }
            const ratio = div(this.xB[r], d[r]);
            const cmp = bestRatio === undefined ? -1 : sign(sub(ratio, bestRatio));
            if (cmp < 0 || (cmp === 0 && this.basis[r] < this.basis[best])) {
                best = r;
                bestRatio = ratio;
            }
        }
        return best;
    }

    private pivot(r: number, j: number, d: Rational[]): void {
        const pivot = d[r];
        const theta = div(this.xB[r], pivot);
        const pivotRow = this.inverse[r].map(v => div(v, pivot));
        for (let k = 0; k < this.m; k++) {
            if (k === r || d[k].n === 0n) {
                continue;
            }
            this.xB[k] = sub(this.xB[k], mul(d[k], theta));
            const row = this.inverse[k];
            for (let c = 0; c < this.m; c++) {
                if (pivotRow[c].n !== 0n) {
                    row[c] = sub(row[c], mul(d[k], pivotRow[c]));
                }
            }
        }
        this.xB[r] = theta;
        this.inverse[r] = pivotRow;
        this.basis[r] = j;
    }
}

function lcm(a: bigint, b: bigint): bigint {
    let x = a;
    let y = b;
    while (y !== 0n) {
        [x, y] = [y, x % y];
    }
    return (a / x) * b;
}
