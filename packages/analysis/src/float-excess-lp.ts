/**
 * The excess LP of excess-lp.ts solved in floating point, only to guess which
 * basis its optimum rests on. The exact LP then starts from that basis and
 * from those free coalitions only, instead of from every coalition (or from
 * the singletons, adding a few per round), and adds any coalition the exact
 * check still finds violated (solveOverRows, exact-least-core.ts): a wrong
 * guess costs pivots and rounds, never exactness.
 *
 * The same dual as the exact solver (one row per participant plus one for e,
 * one column per coalition), revised simplex with a dense B^-1; a coalition's
 * row sum pi(S) comes from one pass over all 2^n masks per iteration.
 */

export interface FloatFixed {
    mask: number;
    rhs: number;
}

/** Degenerate pivots in a row before pricing falls back to Bland's rule, as in exact-lp.ts. */
const DEGENERATE_RUN = 50;
/** Entries of B^-1 A_j smaller than this are zero (B^-1 of 0/1 columns has entries of a few units). */
const PIVOT_TOLERANCE = 1e-9;

/**
 * The basis the floating-point solve ended on. `coalitions`: its free
 * coalitions; `columns`: its columns as ExcessLp numbers them when it is made
 * with the same fixed coalitions and imputations and then given `coalitions`,
 * in this order, as its first free coalitions. Undefined when the solve gave up.
 */
export interface GuessedBasis {
    coalitions: number[];
    columns: number[];
}

export function guessOptimalBasis(
    n: number, values: Float64Array, free: readonly number[], fixed: readonly FloatFixed[], imputations: boolean
): GuessedBasis | undefined {
    const columns = new FloatColumns(2 * fixed.length + (imputations ? n : 0) + free.length);
    for (const { mask, rhs } of fixed) {
        columns.push(mask, 0, 1, -rhs, -1);
        columns.push(mask, 0, -1, rhs, -1);
    }
    if (imputations) {
        for (let i = 0; i < n; i++) {
            columns.push(1 << i, 0, 1, -values[1 << i], -1);
        }
    }
    const firstFree = columns.length;
    for (const mask of free) {
        columns.push(mask, 1, 1, -values[mask], mask);
    }
    let largest = 1;
    for (let mask = 1; mask < values.length; mask++) {
        largest = Math.max(largest, Math.abs(values[mask]));
    }
    const simplex = new FloatSimplex(n, columns, largest);
    if (!simplex.run()) {
        return undefined;
    }
    const guess: GuessedBasis = { coalitions: [], columns: [] };
    for (const j of simplex.basicColumns()) {
        if (j < firstFree) {
            guess.columns.push(j);
        } else {
            guess.columns.push(firstFree + guess.coalitions.length);
            guess.coalitions.push(columns.free[j]);
        }
    }
    return guess;
}

/**
 * Column j: the participants of mask[j] times sign[j], plus e[j] in the last row. Typed arrays of the
 * LP's size rather than lists grown a push at a time: a cold analysis of the 50,000-line workspace makes
 * about a thousand of these (docs/performance.md).
 */
class FloatColumns {
    readonly mask: Int32Array;
    readonly e: Int8Array;
    readonly sign: Int8Array;
    readonly cost: Float64Array;
    /** The free coalition of the column, or -1. */
    readonly free: Int32Array;
    length = 0;

    constructor(capacity: number) {
        this.mask = new Int32Array(capacity);
        this.e = new Int8Array(capacity);
        this.sign = new Int8Array(capacity);
        this.cost = new Float64Array(capacity);
        this.free = new Int32Array(capacity);
    }

    push(mask: number, e: number, sign: number, cost: number, free: number): void {
        const j = this.length++;
        this.mask[j] = mask;
        this.e[j] = e;
        this.sign[j] = sign;
        this.cost[j] = cost;
        this.free[j] = free;
    }
}

class FloatSimplex {
    private readonly m: number;
    private readonly count: number;
    /** Basic column of each row: j < count a real column, count + r the r-th artificial. */
    private readonly basis: Int32Array;
    private readonly inBasis: Uint8Array;
    private readonly inverse: Float64Array;
    private readonly xB: Float64Array;
    private readonly pi: Float64Array;
    private readonly rowSum: Float64Array;
    private readonly direction: Float64Array;
    private readonly costTolerance: number;

    constructor(private readonly n: number, private readonly columns: FloatColumns, largest: number) {
        const m = n + 1;
        this.m = m;
        this.count = columns.length;
        this.basis = Int32Array.from({ length: m }, (_, r) => this.count + r);
        this.inBasis = new Uint8Array(this.count);
        this.inverse = new Float64Array(m * m);
        for (let r = 0; r < m; r++) {
            this.inverse[r * m + r] = 1;
        }
        this.xB = new Float64Array(m);
        this.xB[n] = 1;
        this.pi = new Float64Array(m);
        this.rowSum = new Float64Array(1 << n);
        this.direction = new Float64Array(m);
        this.costTolerance = 1e-9 * largest;
    }

    /** Phase 1 then phase 2; false when either gave up (no guess then). */
    run(): boolean {
        const limit = 20 * (this.count + this.m) + 100;
        if (!this.optimise(true, limit)) {
            return false;
        }
        for (let r = 0; r < this.m; r++) {
            if (this.basis[r] >= this.count && this.xB[r] > 1e-9) {
                return false;
            }
        }
        return this.optimise(false, limit);
    }

    /** The real columns in the basis (artificials left at zero are not). */
    basicColumns(): number[] {
        return Array.from(this.basis).filter(j => j < this.count);
    }

    private optimise(phase1: boolean, limit: number): boolean {
        let degenerate = 0;
        for (let iteration = 0; iteration < limit; iteration++) {
            const entering = this.entering(phase1, degenerate >= DEGENERATE_RUN);
            if (entering < 0) {
                return true;
            }
            this.directionOf(entering);
            const leaving = this.leaving(phase1);
            if (leaving < 0) {
                return false;
            }
            degenerate = this.xB[leaving] <= 1e-12 ? degenerate + 1 : 0;
            this.pivot(leaving, entering);
        }
        return false;
    }

    private costOf(j: number, phase1: boolean): number {
        if (j >= this.count) {
            return phase1 ? 1 : 0;
        }
        return phase1 ? 0 : this.columns.cost[j];
    }

    private entering(phase1: boolean, bland: boolean): number {
        const { m, n, pi, rowSum, inverse, columns } = this;
        pi.fill(0);
        for (let r = 0; r < m; r++) {
            const cb = this.costOf(this.basis[r], phase1);
            if (cb !== 0) {
                for (let c = 0; c < m; c++) {
                    pi[c] += cb * inverse[r * m + c];
                }
            }
        }
        const full = 1 << n;
        for (let mask = 1; mask < full; mask++) {
            const bit = mask & -mask;
            rowSum[mask] = rowSum[mask ^ bit] + pi[31 - Math.clz32(bit)];
        }
        const tolerance = phase1 ? 1e-9 : this.costTolerance;
        let best = -1;
        let bestValue = -tolerance;
        for (let j = 0; j < this.count; j++) {
            if (this.inBasis[j] === 1) {
                continue;
            }
            const reduced = (phase1 ? 0 : columns.cost[j]) - columns.sign[j] * rowSum[columns.mask[j]] - columns.e[j] * pi[n];
            if (reduced < bestValue) {
                if (bland) {
                    return j;
                }
                best = j;
                bestValue = reduced;
            }
        }
        return best;
    }

    private directionOf(j: number): void {
        const { m, n, inverse, direction, columns } = this;
        direction.fill(0);
        const sign = columns.sign[j];
        for (let i = 0; i < n; i++) {
            if (columns.mask[j] & (1 << i)) {
                for (let r = 0; r < m; r++) {
                    direction[r] += sign * inverse[r * m + i];
                }
            }
        }
        if (columns.e[j] === 1) {
            for (let r = 0; r < m; r++) {
                direction[r] += inverse[r * m + n];
            }
        }
    }

    private leaving(phase1: boolean): number {
        const { direction, xB, basis } = this;
        let best = -1;
        let bestRatio = Infinity;
        for (let r = 0; r < this.m; r++) {
            // An artificial left at zero after phase 1 leaves first, so it never grows again.
            if (!phase1 && basis[r] >= this.count && Math.abs(direction[r]) > PIVOT_TOLERANCE) {
                return r;
            }
            if (direction[r] <= PIVOT_TOLERANCE) {
                continue;
            }
            const ratio = Math.max(0, xB[r]) / direction[r];
            if (ratio < bestRatio || (ratio === bestRatio && basis[r] < basis[best])) {
                best = r;
                bestRatio = ratio;
            }
        }
        return best;
    }

    private pivot(r: number, j: number): void {
        const { m, inverse, direction, xB, basis } = this;
        const p = direction[r];
        for (let c = 0; c < m; c++) {
            inverse[r * m + c] /= p;
        }
        xB[r] /= p;
        for (let k = 0; k < m; k++) {
            const factor = direction[k];
            if (k === r || factor === 0) {
                continue;
            }
            for (let c = 0; c < m; c++) {
                inverse[k * m + c] -= factor * inverse[r * m + c];
            }
            xB[k] -= factor * xB[r];
        }
        if (basis[r] < this.count) {
            this.inBasis[basis[r]] = 0;
        }
        basis[r] = j;
        this.inBasis[j] = 1;
    }
}
