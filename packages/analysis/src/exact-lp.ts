/**
 * An exact linear-program solver: the revised simplex method over rationals
 * with Bland's rule (which cannot cycle, and the nucleolus LPs are highly
 * degenerate). It solves the standard form
 *     minimise c.y  subject to  A y = b,  y >= 0   (b >= 0)
 * with few rows (one per participant, plus one) and many columns (one per
 * coalition), which is the dual of the allocation LPs: the simplex
 * multipliers it returns are the allocation itself, exactly.
 */
import { type Rational, ONE, ZERO, add, div, fromInteger, mul, sign, sub } from './rational.js';

export interface Column {
    /** Non-zero entries of the column: [row, small integer coefficient]. */
    entries: ReadonlyArray<readonly [number, number]>;
    cost: Rational;
}

export type ExactLpResult =
    | { status: 'optimal'; objective: Rational; /** y_j for every column (zero when non-basic) */ y: Rational[]; /** the simplex multipliers pi with pi.A_j <= c_j */ duals: Rational[] }
    | { status: 'infeasible' | 'unbounded' };

/** Iterations allowed per phase, per column: generous, because Bland's rule terminates; this only guards a bug. */
const ITERATIONS_PER_COLUMN = 50;

export function solveExactLp(rows: number, b: Rational[], columns: Column[], onProgress?: () => void): ExactLpResult {
    if (b.some(x => sign(x) < 0)) {
        throw new RangeError('solveExactLp needs b >= 0');
    }
    const real = columns.length;
    // Artificial column k (index real + k) is the k-th unit vector: the phase-1 basis.
    const all: Column[] = [...columns];
    for (let r = 0; r < rows; r++) {
        all.push({ entries: [[r, 1]], cost: ZERO });
    }
    const state = new Tableau(rows, b, all, real);
    const limit = ITERATIONS_PER_COLUMN * (all.length + rows) + 1000;
    const phase1 = all.map((_, j) => (j >= real ? ONE : ZERO));
    if (!state.optimise(phase1, true, limit, onProgress)) {
        throw new Error('exact simplex did not terminate (phase 1)');
    }
    if (state.basis.some((j, r) => j >= real && sign(state.xB[r]) > 0)) {
        return { status: 'infeasible' };
    }
    const costs = all.map((c, j) => (j >= real ? ZERO : c.cost));
    const phase2 = state.optimise(costs, false, limit, onProgress);
    if (phase2 === 'unbounded') {
        return { status: 'unbounded' };
    }
    if (!phase2) {
        throw new Error('exact simplex did not terminate (phase 2)');
    }
    const y: Rational[] = columns.map(() => ZERO);
    let objective = ZERO;
    state.basis.forEach((j, r) => {
        if (j < real) {
            y[j] = state.xB[r];
            objective = add(objective, mul(costs[j], state.xB[r]));
        }
    });
    return { status: 'optimal', objective, y, duals: state.multipliers(costs) };
}

class Tableau {
    readonly basis: number[];
    xB: Rational[];
    /** B^-1, row-major. */
    private inverse: Rational[][];

    constructor(private readonly m: number, b: Rational[], private readonly columns: Column[], private readonly real: number) {
        this.basis = Array.from({ length: m }, (_, r) => real + r);
        this.xB = b.slice();
        this.inverse = Array.from({ length: m }, (_, r) => Array.from({ length: m }, (_, c) => (r === c ? ONE : ZERO)));
    }

    multipliers(costs: Rational[]): Rational[] {
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
    optimise(costs: Rational[], phase1: boolean, limit: number, onProgress?: () => void): true | false | 'unbounded' {
        for (let iteration = 0; iteration < limit; iteration++) {
            if ((iteration & 31) === 0) {
                onProgress?.();
            }
            const entering = this.entering(costs, phase1);
            if (entering < 0) {
                return true;
            }
            const d = this.direction(entering);
            const leaving = this.leaving(d, phase1);
            if (leaving < 0) {
                return 'unbounded';
            }
            this.pivot(leaving, entering, d);
        }
        return false;
    }

    /** Bland: the lowest-index column with a negative reduced cost (artificials may not re-enter in phase 2). */
    private entering(costs: Rational[], phase1: boolean): number {
        const pi = this.multipliers(costs);
        // Reduced costs compared over a common denominator, so pricing is integer additions.
        let common = 1n;
        for (const p of pi) {
            common = lcm(common, p.d);
        }
        const scaled = pi.map(p => p.n * (common / p.d));
        const inBasis = new Set(this.basis);
        const end = phase1 ? this.columns.length : this.real;
        for (let j = 0; j < end; j++) {
            if (inBasis.has(j)) {
                continue;
            }
            let dot = 0n;
            for (const [r, a] of this.columns[j].entries) {
                dot += a === 1 ? scaled[r] : BigInt(a) * scaled[r];
            }
            const c = costs[j];
            if (c.n * common < c.d * dot) {
                return j;
            }
        }
        return -1;
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
            if (!phase1 && this.basis[r] >= this.real && sign(d[r]) !== 0) {
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
