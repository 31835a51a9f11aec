/**
 * The nucleolus (Schmeidler 1969): the allocation that lexicographically
 * minimises the largest excesses v(S) - x(S). Computed by the standard
 * sequence of linear programs: minimise the largest excess e_k over the
 * coalitions not yet fixed; every coalition that is tight in every optimum
 * (tested by maximising x(S) with e held at e_k) is fixed at x(S) = v(S) - e_k;
 * coalitions whose x(S) is then determined by the fixed ones drop out. It ends
 * when the fixed coalitions determine x, at most n rounds. It lies in the core
 * whenever the core is non-empty.
 */
import { type Row, solveAllocationLp } from './allocation-lp.js';
import { lpScale } from './least-core.js';

/** Each round solves up to one LP per tight coalition over 2^n rows: kept for small games. */
export const NUCLEOLUS_LIMIT = 10;

export function nucleolus(n: number, values: Float64Array, onProgress?: () => void): number[] | undefined {
    if (n > NUCLEOLUS_LIMIT) {
        return undefined;
    }
    const full = (1 << n) - 1;
    if (n <= 1) {
        return n === 1 ? [values[1]] : [];
    }
    const scale = lpScale(values);
    const tolerance = Math.max(1e-6, scale * 1e-8);
    const fixed: Row[] = [{ mask: full, kind: 'equal', rhs: values[full] }];
    const span = new Span(n);
    span.add(full);
    let free: number[] = [];
    for (let mask = 1; mask < full; mask++) {
        free.push(mask);
    }
    for (let round = 0; round <= n && free.length > 0; round++) {
        onProgress?.();
        const rows = [...fixed, ...free.map(mask => ({ mask, kind: 'excess' as const, rhs: values[mask] }))];
        const solution = solveAllocationLp(n, rows, { minimiseExcess: true }, scale);
        if (!solution) {
            return undefined;
        }
        const e = solution.e;
        const tight = free.filter(mask => Math.abs(values[mask] - sum(solution.x, mask) - e) <= tolerance);
        const bounded = [...fixed, ...free.map(mask => ({ mask, kind: 'at-least' as const, rhs: values[mask] - e }))];
        const newlyFixed: number[] = [];
        for (const mask of tight) {
            if (span.contains(mask)) {
                continue; // already determined, and at this value since it is tight
            }
            const most = solveAllocationLp(n, bounded, { maximiseCoalition: mask }, scale);
            if (most && most.objective <= values[mask] - e + tolerance) {
                newlyFixed.push(mask);
                span.add(mask);
            }
        }
        if (newlyFixed.length === 0) {
            // Theory guarantees a fixed coalition each round; if rounding hid it, fix the tight ones.
            for (const mask of tight) {
                newlyFixed.push(mask);
                span.add(mask);
            }
        }
        for (const mask of newlyFixed) {
            fixed.push({ mask, kind: 'equal', rhs: values[mask] - e });
        }
        free = free.filter(mask => !span.contains(mask));
        if (free.length === 0 || span.rank === n) {
            return solution.x;
        }
    }
    return undefined;
}

function sum(x: number[], mask: number): number {
    let total = 0;
    for (let i = 0; i < x.length; i++) {
        if (mask & (1 << i)) {
            total += x[i];
        }
    }
    return total;
}

/** The linear span of coalition indicator vectors, kept in row-echelon form. */
class Span {
    private readonly rows: { pivot: number; vector: number[] }[] = [];
    constructor(private readonly n: number) {}

    get rank(): number {
        return this.rows.length;
    }

    private reduce(mask: number): number[] {
        const v = Array.from({ length: this.n }, (_, i) => ((mask >> i) & 1));
        for (const { pivot, vector } of this.rows) {
            const factor = v[pivot];
            if (factor !== 0) {
                for (let i = 0; i < this.n; i++) {
                    v[i] -= factor * vector[i];
                }
            }
        }
        return v;
    }

    contains(mask: number): boolean {
        return this.reduce(mask).every(c => Math.abs(c) < 1e-9);
    }

    add(mask: number): void {
        const v = this.reduce(mask);
        const pivot = v.findIndex(c => Math.abs(c) >= 1e-9);
        if (pivot < 0) {
            return;
        }
        const scaled = v.map(c => c / v[pivot]);
        // Keep earlier rows reduced against the new pivot so reduce() stays a single pass.
        for (const row of this.rows) {
            const factor = row.vector[pivot];
            if (factor !== 0) {
                for (let i = 0; i < this.n; i++) {
                    row.vector[i] -= factor * scaled[i];
                }
            }
        }
        this.rows.push({ pivot, vector: scaled });
    }
}
