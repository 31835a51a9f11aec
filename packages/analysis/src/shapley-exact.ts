/**
 * DOMAIN.md item 4, exact: phi_i = sum over k of D_ik * k! (n-1-k)! / n!,
 * where D_ik is the sum of i's marginal contributions v(S + i) - v(S) over
 * coalitions S of size k without i. Each coalition is visited once; the
 * marginal sums are exact integers (flushed to BigInt before a double could
 * lose a penny) and the final division is done in BigInt rationals, so the
 * only rounding is the final largest-remainder rounding to whole pence.
 */
import { SAFE_MAGNITUDE, apportionIntegers, apportionRational, floorDivSafe } from './apportion.js';

export interface ExactShapley {
    /** Numerators of phi_i over `denominator` (= n!). */
    numerators: bigint[];
    denominator: bigint;
    /** phi_i rounded to pence, summing exactly to v(P). */
    rounded: number[];
    /** phi_i as doubles (for stability checks). */
    values: number[];
}

const FLUSH = 2 ** 51;

export function exactShapley(values: Float64Array, n: number, onProgress?: () => void): ExactShapley {
    if (n === 0) {
        return { numerators: [], denominator: 1n, rounded: [], values: [] };
    }
    const size = 1 << n;
    // sums[i * n + k] accumulates D_ik in a double; big[...] receives it before it could exceed 2^53.
    const sums = new Float64Array(n * n);
    let big: bigint[] | undefined;
    const popcount = new Uint8Array(size);
    for (let mask = 1; mask < size; mask++) {
        popcount[mask] = popcount[mask & (mask - 1)] + 1;
        const k = popcount[mask] - 1;
        const v = values[mask];
        let rest = mask;
        while (rest !== 0) {
            const bit = rest & -rest;
            rest ^= bit;
            const i = 31 - Math.clz32(bit);
            const slot = i * n + k;
            const acc = sums[slot] + (v - values[mask ^ bit]);
            if (acc >= FLUSH || acc <= -FLUSH) {
                big ??= new Array<bigint>(n * n).fill(0n);
                big[slot] += BigInt(acc);
                sums[slot] = 0;
            } else {
                sums[slot] = acc;
            }
        }
        if (onProgress && (mask & 0xffff) === 0) {
            onProgress();
        }
    }
    const inDoubles = big ? undefined : numeratorsInDoubles(sums, n, values[size - 1]);
    if (inDoubles) {
        return inDoubles;
    }
    const flushedSums = big ?? new Array<bigint>(n * n).fill(0n);
    const factorials = [1n];
    for (let i = 1; i <= n; i++) {
        factorials.push(factorials[i - 1] * BigInt(i));
    }
    // Each BigInt operation allocates: the weights k! (n-1-k)! are made once, and a sum that never
    // reached the flush (most of them) or is zero is not added to a zero BigInt first.
    const weights = factorials.slice(0, n).map((f, k) => f * factorials[n - 1 - k]);
    const numerators: bigint[] = [];
    for (let i = 0; i < n; i++) {
        let num = 0n;
        for (let k = 0; k < n; k++) {
            const flushed = flushedSums[i * n + k];
            const sum = sums[i * n + k];
            if (sum === 0 && flushed === 0n) {
                continue;
            }
            const d = flushed === 0n ? BigInt(sum) : flushed + BigInt(sum);
            num += d * weights[k];
        }
        numerators.push(num);
    }
    const denominator = factorials[n];
    const grand = BigInt(values[size - 1]);
    return {
        numerators,
        denominator,
        rounded: apportionRational(numerators, denominator, grand),
        values: numerators.map(num => ratioToNumber(num, denominator))
    };
}

/**
 * The figures from marginal sums that never reached the flush, in doubles, when every product and partial sum
 * of the numerators stays within SAFE_MAGNITUDE: integers there are exact, so the numerators, the rounding and
 * the doubles are the BigInt path's (a property test compares the two). Undefined otherwise.
 */
function numeratorsInDoubles(sums: Float64Array, n: number, grand: number): ExactShapley | undefined {
    const weights: number[] = [];
    let factorial = 1;
    for (let i = 1; i <= n; i++) {
        factorial *= i;
    }
    if (factorial > RATIO_DENOMINATOR_LIMIT || Math.abs(grand) > SAFE_MAGNITUDE) {
        return undefined;
    }
    for (let k = 0, left = 1; k < n; left *= ++k) {
        let right = 1;
        for (let j = 2; j <= n - 1 - k; j++) {
            right *= j;
        }
        weights.push(left * right);
    }
    const numerators: number[] = [];
    for (let i = 0; i < n; i++) {
        let num = 0;
        let bound = 0;
        for (let k = 0; k < n; k++) {
            const term = sums[i * n + k] * weights[k];
            num += term;
            bound += Math.abs(term);
        }
        if (!(bound <= SAFE_MAGNITUDE)) {
            return undefined;
        }
        numerators.push(num + 0);
    }
    return {
        numerators: numerators.map(num => BigInt(num)),
        denominator: BigInt(factorial),
        rounded: apportionIntegers(numerators, factorial, grand),
        values: numerators.map(num => ratioOfIntegers(num, factorial))
    };
}

/** Denominators up to this keep rest * 10^6 within SAFE_MAGNITUDE in ratioOfIntegers (n! for n <= 12). */
const RATIO_DENOMINATOR_LIMIT = SAFE_MAGNITUDE / 1e6;

/**
 * ratioToNumber of integers in doubles (|num| <= SAFE_MAGNITUDE, 0 < den <= RATIO_DENOMINATOR_LIMIT): the same
 * truncating divisions, the twelve decimal digits of the rest in two steps of six so that each product is exact.
 */
function ratioOfIntegers(num: number, den: number): number {
    const sign = num < 0 ? -1 : 1;
    const whole = floorDivSafe(Math.abs(num), den);
    const rest = Math.abs(num) - whole * den;
    const high = floorDivSafe(rest * 1e6, den);
    const low = floorDivSafe((rest * 1e6 - high * den) * 1e6, den);
    // + 0: a whole part of -0 would make -0 where the BigInt path gives 0.
    return (sign * whole + 0) + (sign * (high * 1e6 + low)) / 1e12;
}

/** num / den as a double without overflowing either BigInt conversion. */
export function ratioToNumber(num: bigint, den: bigint): number {
    const whole = num / den;
    const rest = num - whole * den;
    return Number(whole) + Number((rest * 1_000_000_000_000n) / den) / 1e12;
}
