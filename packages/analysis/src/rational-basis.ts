/**
 * A simplex basis in BigInt rationals: B^-1 and the basic solution held
 * exactly, of any size. The reference arithmetic of exact-lp.ts, used when
 * the fraction-free integers of integer-basis.ts would pass 2^53.
 */
import { type Rational, ZERO, add, div, fromInteger, mul, sign, sub } from './rational.js';
import { type Column, SimplexBasis } from './simplex-basis.js';

export class RationalBasis extends SimplexBasis<Rational[]> {
    /**
     * @param columns every column, artificials first (shared with the solver, which adds to it)
     * @param basis the basic column of each row
     * @param xB the basic solution
     * @param inverse B^-1, row-major
     */
    constructor(
        private readonly m: number,
        private readonly columns: readonly Column[],
        private readonly basis: number[],
        private readonly xB: Rational[],
        private readonly inverse: Rational[][]
    ) {
        super();
    }

    protected basicIsZero(r: number): boolean {
        return sign(this.xB[r]) === 0;
    }

    feasible(): boolean {
        return this.xB.every(x => sign(x) >= 0);
    }

    protected artificialRow(d: Rational[]): number {
        return this.basis.findIndex((j, r) => j < this.m && d[r].n !== 0n);
    }

    artificialPositive(): boolean {
        return this.basis.some((j, r) => j < this.m && sign(this.xB[r]) > 0);
    }

    solution(costs: Rational[]): { y: Rational[]; objective: Rational; duals: Rational[] } {
        const y: Rational[] = this.columns.slice(this.m).map(() => ZERO);
        let objective = ZERO;
        this.basis.forEach((j, r) => {
            if (j >= this.m) {
                y[j - this.m] = this.xB[r];
                objective = add(objective, mul(costs[j], this.xB[r]));
            }
        });
        return { y, objective, duals: this.multipliers(costs) };
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

    protected entering(costs: Rational[], phase1: boolean, bland: boolean): number {
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

    protected direction(j: number): Rational[] {
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

    protected leaving(d: Rational[], phase1: boolean): number {
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

    protected pivot(r: number, j: number, d: Rational[]): void {
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
