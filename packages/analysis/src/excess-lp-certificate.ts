/**
 * The excess LP's optimum (excess-lp.ts) read off a guessed basis and proved,
 * without the simplex: x and e from the basis's constraints held with
 * equality, the dual weights y from B y = b, each by one fraction-free
 * elimination in doubles. By LP duality the basis is optimal exactly when
 * y >= 0 and x, e satisfy every constraint; both are checked in exact integer
 * arithmetic. Undefined when the basis is not optimal, or when an integer
 * would pass 2^53: the caller then solves the LP.
 */
import type { ExcessLpSolution, FixedCoalition } from './excess-lp.js';
import type { GuessedBasis } from './float-excess-lp.js';
import { type Rational, gcd, rational } from './rational.js';
import { IntegerRangeExceeded, checkedInteger } from './simplex-basis.js';


export function certifiedOptimum(
    n: number, values: Float64Array, free: readonly number[], fixed: readonly FixedCoalition[], imputations: boolean, guess: GuessedBasis
): ExcessLpSolution | undefined {
    const m = n + 1;
    if (guess.columns.length !== m) {
        return undefined;
    }
    try {
        return certify(n, values, free, fixed, imputations, guess);
    } catch (error) {
        if (error instanceof IntegerRangeExceeded) {
            return undefined;
        }
        throw error;
    }
}

function certify(
    n: number, values: Float64Array, free: readonly number[], fixed: readonly FixedCoalition[], imputations: boolean, guess: GuessedBasis
): ExcessLpSolution | undefined {
    const m = n + 1;
    // The fixed coalitions' right-hand sides over one common denominator L.
    let common = 1n;
    for (const { rhs } of fixed) {
        common = (common / gcd(common, rhs.d)) * rhs.d;
    }
    const L = checkedInteger(Number(common));
    const scaledRhs = fixed.map(({ rhs }) => checkedInteger(Number(rhs.n * (common / rhs.d))));
    const firstImputation = 2 * fixed.length;
    const firstFree = firstImputation + (imputations ? n : 0);
    // Column j of B as (mask, sign, e entry), and the right-hand side of its constraint times L.
    const masks = new Int32Array(m);
    const signs = new Int8Array(m);
    const hasE = new Uint8Array(m);
    const rhs = new Float64Array(m);
    guess.columns.forEach((j, k) => {
        if (j < firstImputation) {
            masks[k] = fixed[j >> 1].mask;
            signs[k] = (j & 1) === 0 ? 1 : -1;
            rhs[k] = scaledRhs[j >> 1];
        } else if (j < firstFree) {
            masks[k] = 1 << (j - firstImputation);
            signs[k] = 1;
            rhs[k] = checkedInteger(L * values[masks[k]]);
        } else {
            masks[k] = guess.coalitions[j - firstFree];
            signs[k] = 1;
            hasE[k] = 1;
            rhs[k] = checkedInteger(L * values[masks[k]]);
        }
    });
    // x and e (unknowns 0..n-1 and n): row k says x(S_k) (+ e) = rhs_k / L.
    const primal = new Float64Array(m * (m + 1));
    // y: row r of B y = e_n, column k of B being column k of the basis.
    const dual = new Float64Array(m * (m + 1));
    for (let k = 0; k < m; k++) {
        for (let i = 0; i < n; i++) {
            if (masks[k] & (1 << i)) {
                primal[k * (m + 1) + i] = 1;
                dual[i * (m + 1) + k] = signs[k];
            }
        }
        primal[k * (m + 1) + n] = hasE[k];
        dual[n * (m + 1) + k] = hasE[k];
        primal[k * (m + 1) + m] = rhs[k];
    }
    dual[n * (m + 1) + m] = 1;
    const D = solveFractionFree(primal, m);
    const Dy = solveFractionFree(dual, m);
    if (D === 0 || Dy === 0) {
        return undefined;
    }
    // Every y_k >= 0: y_k = dual_k / Dy.
    for (let k = 0; k < m; k++) {
        if (dual[k * (m + 1) + m] * Dy < 0) {
            return undefined;
        }
    }
    // x_i = X_i / K and e = E / K with K = D L > 0.
    const flip = D < 0 ? -1 : 1;
    const K = checkedInteger(flip * D * L);
    const X = Float64Array.from({ length: n }, (_, i) => flip * primal[i * (m + 1) + m]);
    const E = flip * primal[n * (m + 1) + m];
    let bound = Math.abs(E);
    for (const x of X) {
        bound += Math.abs(x);
    }
    checkedInteger(bound);
    const sums = new Float64Array(1 << n);
    for (let mask = 1; mask < sums.length; mask++) {
        const bit = mask & -mask;
        sums[mask] = sums[mask ^ bit] + X[31 - Math.clz32(bit)];
    }
    for (const mask of free) {
        if (sums[mask] + E < checkedInteger(K * values[mask])) {
            return undefined;
        }
    }
    if (imputations) {
        for (let i = 0; i < n; i++) {
            if (X[i] < checkedInteger(K * values[1 << i])) {
                return undefined;
            }
        }
    }
    for (let t = 0; t < fixed.length; t++) {
        if (sums[fixed[t].mask] !== checkedInteger(flip * D * scaledRhs[t])) {
            return undefined;
        }
    }
    const denominator = BigInt(K);
    const tight: number[] = [];
    for (let k = 0; k < m; k++) {
        if (hasE[k] === 1 && dual[k * (m + 1) + m] !== 0) {
            tight.push(masks[k]);
        }
    }
    const x: Rational[] = Array.from(X, v => rational(BigInt(v), denominator));
    return { x, e: rational(BigInt(E), denominator), tight };
}

/**
 * Fraction-free Gauss-Jordan elimination of the m x (m + 1) system in place
 * (Bareiss): every entry stays an integer (a minor), each step divides
 * exactly by the last pivot. Returns d, with row i ending as d e_i | d u_i,
 * so u_i = last entry of row i / d; 0 when the matrix is singular.
 */
function solveFractionFree(a: Float64Array, m: number): number {
    const w = m + 1;
    let previous = 1;
    for (let k = 0; k < m; k++) {
        let p = k;
        while (p < m && a[p * w + k] === 0) {
            p++;
        }
        if (p === m) {
            return 0;
        }
        if (p !== k) {
            // Swapping two rows negates the determinant, and with it d: every row's d u_i stays consistent.
            for (let c = 0; c < w; c++) {
                const t = a[k * w + c];
                a[k * w + c] = a[p * w + c];
                a[p * w + c] = t;
            }
        }
        const pivot = a[k * w + k];
        for (let i = 0; i < m; i++) {
            if (i === k) {
                continue;
            }
            const factor = a[i * w + k];
            for (let c = 0; c < w; c++) {
                const numerator = checkedInteger(checkedInteger(pivot * a[i * w + c]) - checkedInteger(factor * a[k * w + c]));
                if (numerator % previous !== 0) {
                    throw new IntegerRangeExceeded();
                }
                a[i * w + c] = numerator / previous + 0;
            }
        }
        previous = pivot;
    }
    // Each diagonal entry is d: a row fixed by its pivot at step k is scaled by the later pivots' ratio.
    for (let k = 0; k < m; k++) {
        if (a[k * w + k] !== previous) {
            throw new IntegerRangeExceeded();
        }
    }
    return previous;
}
