/**
 * Independent checks of an allocation in exact arithmetic, for the tests:
 * sorted excess vectors compared lexicographically, Kohlberg's criterion, and
 * brute-force vertex enumeration of small LPs. They share only the rational
 * type and the simplex used for balancedness with the code under test.
 */
import { type Column, solveExactLp } from '../src/exact-lp.js';
import { type Rational, ONE, ZERO, add, compare, div, fromInteger, mul, rational, sign, sub } from '../src/rational.js';

export function sumOver(x: Rational[], mask: number): Rational {
    let s = ZERO;
    x.forEach((xi, i) => {
        if (mask & (1 << i)) {
            s = add(s, xi);
        }
    });
    return s;
}

/** Excesses v(S) - x(S) of every proper non-empty coalition, largest first. */
export function sortedExcesses(n: number, values: ArrayLike<number>, x: Rational[]): Rational[] {
    const out: Rational[] = [];
    for (let mask = 1; mask < (1 << n) - 1; mask++) {
        out.push(sub(fromInteger(values[mask]), sumOver(x, mask)));
    }
    return out.sort((a, b) => compare(b, a));
}

/** -1 when a is lexicographically smaller than b. */
export function lexCompare(a: Rational[], b: Rational[]): number {
    for (let k = 0; k < a.length; k++) {
        const c = compare(a[k], b[k]);
        if (c !== 0) {
            return c;
        }
    }
    return 0;
}

/**
 * Kohlberg's criterion for the nucleolus over imputations (Kohlberg 1971; Peleg
 * & Sudholter 2007, Theorem 5.1.6 and ch. 5.2): for every level a, the
 * coalitions with excess >= a, together with some of the singletons held at
 * x_i = v({i}), form a balanced collection with positive weight on each of
 * them. Balancedness is an LP: maximise t with lambda_S >= t on those coalitions.
 */
export function kohlberg(n: number, values: ArrayLike<number>, x: Rational[]): boolean {
    const full = (1 << n) - 1;
    const excess = new Map<number, Rational>();
    for (let mask = 1; mask < full; mask++) {
        excess.set(mask, sub(fromInteger(values[mask]), sumOver(x, mask)));
    }
    const levels = [...excess.values()].sort((a, b) => compare(b, a)).filter((a, k, all) => k === 0 || compare(a, all[k - 1]) !== 0);
    const atFloor = Array.from({ length: n }, (_, i) => 1 << i).filter(mask => compare(x[Math.log2(mask)], fromInteger(values[mask])) === 0);
    for (const level of levels) {
        const d = [...excess].filter(([, e]) => compare(e, level) >= 0).map(([mask]) => mask);
        if (!balanced(n, d, atFloor)) {
            return false;
        }
    }
    return true;
}

function balanced(n: number, required: number[], optional: number[]): boolean {
    const columns: Column[] = [];
    const entries = (mask: number): Array<[number, number]> => Array.from({ length: n }, (_, i) => i).filter(i => mask & (1 << i)).map(i => [i, 1]);
    for (const mask of [...required, ...optional]) {
        columns.push({ entries: entries(mask), cost: ZERO });
    }
    // t: the common lower bound of the required weights (lambda_S = lambda'_S + t).
    const counts = Array.from({ length: n }, (_, i) => required.filter(m => m & (1 << i)).length);
    columns.push({ entries: counts.map((c, i) => [i, c] as [number, number]).filter(([, c]) => c !== 0), cost: rational(-1n) });
    const result = solveExactLp(n, Array.from({ length: n }, () => ONE), columns);
    return result.status === 'optimal' && sign(result.objective) < 0;
}

/** Solves a square linear system exactly (Gaussian elimination); undefined when singular. */
export function solveSquare(a: Rational[][], b: Rational[]): Rational[] | undefined {
    const n = b.length;
    const m = a.map((row, i) => [...row, b[i]]);
    for (let c = 0; c < n; c++) {
        const p = m.findIndex((row, r) => r >= c && sign(row[c]) !== 0);
        if (p < 0) {
            return undefined;
        }
        [m[c], m[p]] = [m[p], m[c]];
        for (let r = 0; r < n; r++) {
            if (r !== c && sign(m[r][c]) !== 0) {
                const f = div(m[r][c], m[c][c]);
                m[r] = m[r].map((v, k) => sub(v, mul(f, m[c][k])));
            }
        }
    }
    return m.map((row, i) => div(row[n], row[i]));
}

export function indicator(n: number, mask: number): Rational[] {
    return Array.from({ length: n }, (_, i) => (mask & (1 << i) ? ONE : ZERO));
}
