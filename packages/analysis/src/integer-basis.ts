/**
 * A simplex basis without fractions: B^-1 = A / delta and the basic solution
 * x_B = X / delta, with A, X and delta integers held in doubles. Every column
 * has small integer entries and b is integral, so delta = |det B| and A is
 * (up to sign) the adjugate of B: a pivot updates both with one exact
 * division (Bareiss), and the solver's reduced costs, ratios and multipliers
 * come out as the same exact rationals rational-basis.ts computes, so both
 * make the same choices and give the same answers. Doubles hold integers
 * exactly up to 2^53; every product and sum is checked, and past that it
 * throws IntegerRangeExceeded so that the solver goes on in rationals from
 * this basis (toRational). With the allocation LPs' 9 rows (8 participants)
 * |det B| is at most 9^4.5, about 20,000, so amounts of pence stay far below.
 */
import { RationalBasis } from './rational-basis.js';
import { type Rational, ZERO, add, gcd as bigGcd, mul, rational } from './rational.js';
import { type Column, IntegerRangeExceeded, SimplexBasis, checkedInteger } from './simplex-basis.js';

const LIMIT = Number.MAX_SAFE_INTEGER;


function gcd(a: number, b: number): number {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
        [x, y] = [y, x % y];
    }
    return x;
}

/** The costs as integers over one common denominator L: c_j = C_j / L. */
interface ScaledCosts {
    source: Rational[];
    C: Float64Array;
    L: number;
    /** Each cost's own (reduced) denominator. */
    d: Float64Array;
}

export class IntegerBasis extends SimplexBasis<Float64Array> {
    private readonly basis: number[];
    private A: Float64Array;
    private X: Float64Array;
    /** The next A and X, written by a pivot and then swapped in (pivots allocate nothing). */
    private nextA: Float64Array;
    private nextX: Float64Array;
    /** Scratch for the multipliers and the direction, and a mark per basic column (grown as columns come). */
    private readonly P: Float64Array;
    private readonly D: Float64Array;
    private inBasis = new Uint8Array(0);
    private delta = 1;
    private scaled?: ScaledCosts;
    /** The columns' entries laid out flat for pricing: column j's are at starts[j] .. starts[j + 1] - 1. */
    private readonly starts: number[] = [0];
    private readonly rows: number[] = [];
    private readonly coefficients: number[] = [];

    /** True when b can start an integer basis: whole numbers below 2^53. */
    static fits(b: Rational[]): boolean {
        return b.every(x => x.d === 1n && x.n <= BigInt(LIMIT) && x.n >= -BigInt(LIMIT));
    }

    constructor(private readonly m: number, private readonly columns: readonly Column[], b: Rational[]) {
        super();
        this.basis = Array.from({ length: m }, (_, r) => r);
        this.A = new Float64Array(m * m);
        for (let r = 0; r < m; r++) {
            this.A[r * m + r] = 1;
        }
        this.X = Float64Array.from(b, x => Number(x.n));
        this.nextA = new Float64Array(m * m);
        this.nextX = new Float64Array(m);
        this.P = new Float64Array(m);
        this.D = new Float64Array(m);
    }

    protected basicIsZero(r: number): boolean {
        return this.X[r] === 0;
    }

    feasible(): boolean {
        return this.X.every(x => x >= 0);
    }

    protected artificialRow(D: Float64Array): number {
        return this.basis.findIndex((j, r) => j < this.m && D[r] !== 0);
    }

    artificialPositive(): boolean {
        return this.basis.some((j, r) => j < this.m && this.X[r] > 0);
    }

    solution(costs: Rational[]): { y: Rational[]; objective: Rational; duals: Rational[] } {
        const { L } = this.costs(costs);
        const P = Array.from(this.multipliers(costs));
        const DL = BigInt(this.delta) * BigInt(L);
        const y: Rational[] = this.columns.slice(this.m).map(() => ZERO);
        let objective = ZERO;
        this.basis.forEach((j, r) => {
            if (j >= this.m) {
                const x = rational(BigInt(this.X[r]), BigInt(this.delta));
                y[j - this.m] = x;
                objective = add(objective, mul(costs[j], x));
            }
        });
        return { y, objective, duals: Array.from(P, p => rational(BigInt(p), DL)) };
    }

    /** The same basis in rationals, to go on past 2^53. */
    toRational(): RationalBasis {
        const m = this.m;
        const delta = BigInt(this.delta);
        const inverse = Array.from({ length: m }, (_, r) => Array.from({ length: m }, (_, c) => rational(BigInt(this.A[r * m + c]), delta)));
        return new RationalBasis(m, this.columns, this.basis.slice(), Array.from(this.X, x => rational(BigInt(x), delta)), inverse);
    }

    private costs(costs: Rational[]): ScaledCosts {
        if (this.scaled?.source === costs) {
            return this.scaled;
        }
        let L = 1n;
        for (const c of costs) {
            if (c.d !== 1n) {
                L = (L / bigGcd(L, c.d)) * c.d;
            }
        }
        const C = new Float64Array(costs.length);
        const d = new Float64Array(costs.length);
        costs.forEach((c, j) => {
            C[j] = checkedInteger(Number(L === 1n ? c.n : c.n * (L / c.d)));
            d[j] = checkedInteger(Number(c.d));
        });
        this.scaled = { source: costs, C, L: checkedInteger(Number(L)), d };
        return this.scaled;
    }

    /** delta * L * pi, where pi = c_B B^-1 are the simplex multipliers (in a scratch array, overwritten by the next call). */
    private multipliers(costs: Rational[]): Float64Array {
        const { C } = this.costs(costs);
        const m = this.m;
        const P = this.P.fill(0);
        for (let r = 0; r < m; r++) {
            const cb = C[this.basis[r]];
            if (cb === 0) {
                continue;
            }
            for (let c = 0; c < m; c++) {
                const a = this.A[r * m + c];
                if (a !== 0) {
                    P[c] = checkedInteger(P[c] + checkedInteger(cb * a));
                }
            }
        }
        return P;
    }

    /**
     * rational-basis.ts compares the reduced costs scaled by the lcm of the
     * multipliers' denominators ("common"), as doubles: this computes the same
     * integers, so that the same column wins (ties included).
     */
    protected entering(costs: Rational[], phase1: boolean, bland: boolean): number {
        const { C, L, d } = this.costs(costs);
        const P = this.multipliers(costs);
        const DL = checkedInteger(this.delta * L);
        let common = 1;
        for (const p of P) {
            const denominator = DL / gcd(p, DL);
            common = checkedInteger((common / gcd(common, denominator)) * denominator);
        }
        // The reduced cost of column j is Q_j / DL with Q_j = C_j delta - P.A_j; scaled as there, c_j.d Q_j / k.
        const k = DL / common;
        this.flatten();
        if (this.inBasis.length < this.columns.length) {
            this.inBasis = new Uint8Array(2 * this.columns.length);
        }
        const inBasis = this.inBasis;
        for (const j of this.basis) {
            inBasis[j] = 1;
        }
        try {
            return this.price(C, P, d, k, phase1, bland);
        } finally {
            for (const j of this.basis) {
                inBasis[j] = 0;
            }
        }
    }

    private price(C: Float64Array, P: Float64Array, d: Float64Array, k: number, phase1: boolean, bland: boolean): number {
        const { starts, rows, coefficients, inBasis } = this;
        let best = -1;
        let bestValue = 0;
        for (let j = phase1 ? 0 : this.m; j < this.columns.length; j++) {
            if (inBasis[j] === 1) {
                continue;
            }
            let dot = 0;
            for (let e = starts[j]; e < starts[j + 1]; e++) {
                const a = coefficients[e];
                const p = P[rows[e]];
                dot = checkedInteger(dot + (a === 1 ? p : a === -1 ? -p : checkedInteger(a * p)));
            }
            const Q = checkedInteger(checkedInteger(C[j] * this.delta) - dot);
            if (Q < 0) {
                if (bland) {
                    return j;
                }
                const value = checkedInteger(d[j] * Q) / k / d[j];
                if (value < bestValue) {
                    best = j;
                    bestValue = value;
                }
            }
        }
        return best;
    }

    /** Lays out the columns added since the last call. */
    private flatten(): void {
        for (let j = this.starts.length - 1; j < this.columns.length; j++) {
            for (const [r, a] of this.columns[j].entries) {
                this.rows.push(r);
                this.coefficients.push(a);
            }
            this.starts.push(this.rows.length);
        }
    }

    /** delta * B^-1 A_j. */
    protected direction(j: number): Float64Array {
        const m = this.m;
        const D = this.D.fill(0);
        for (const [row, a] of this.columns[j].entries) {
            for (let r = 0; r < m; r++) {
                const inv = this.A[r * m + row];
                if (inv !== 0) {
                    D[r] = checkedInteger(D[r] + (a === 1 ? inv : checkedInteger(a * inv)));
                }
            }
        }
        return D;
    }

    protected leaving(D: Float64Array, phase1: boolean): number {
        let best = -1;
        for (let r = 0; r < this.m; r++) {
            if (!phase1 && this.basis[r] < this.m && D[r] !== 0) {
                return r;
            }
            if (D[r] <= 0) {
                continue;
            }
            // X_r / D_r against the best so far, both denominators positive.
            const cmp = best < 0 ? -1 : Math.sign(checkedInteger(checkedInteger(this.X[r] * D[best]) - checkedInteger(this.X[best] * D[r])));
            if (cmp < 0 || (cmp === 0 && this.basis[r] < this.basis[best])) {
                best = r;
            }
        }
        return best;
    }

    /** The new basis's A and X, each entry one exact division by the old delta; committed only when all fit. */
    protected pivot(r: number, j: number, D: Float64Array): void {
        const m = this.m;
        const pivot = D[r];
        const A = this.nextA;
        const X = this.nextX;
        const flip = pivot < 0 ? -1 : 1;
        for (let k = 0; k < m; k++) {
            for (let c = 0; c < m; c++) {
                A[k * m + c] = flip * (k === r ? this.A[r * m + c] : this.exactly(this.A[k * m + c], pivot, D[k], this.A[r * m + c]));
            }
            X[k] = flip * (k === r ? this.X[r] : this.exactly(this.X[k], pivot, D[k], this.X[r]));
        }
        this.nextA = this.A;
        this.nextX = this.X;
        this.A = A;
        this.X = X;
        this.delta = Math.abs(pivot);
        this.basis[r] = j;
    }

    /** (a p - d b) / delta, which the theory makes whole: a remainder means the doubles were not exact. */
    private exactly(a: number, p: number, d: number, b: number): number {
        const numerator = checkedInteger(checkedInteger(a * p) - checkedInteger(d * b));
        if (numerator % this.delta !== 0) {
            throw new IntegerRangeExceeded();
        }
        return numerator / this.delta + 0;
    }
}

