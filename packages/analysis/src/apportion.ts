/**
 * Rounding shares to whole minor units so that they still sum exactly to
 * their total (largest-remainder method). Ties go to the earlier participant
 * in model order, so the result is deterministic.
 */

/**
 * Integers up to this magnitude are apportioned in doubles: every product, sum and remainder the
 * double path makes of them stays below 2^53, so each is exact and the result is the BigInt path's.
 * A BigInt a number was about a tenth of a full build's garbage in the figures (docs/performance.md).
 */
export const SAFE_MAGNITUDE = 2 ** 51;

/** Rounds exact rationals num_i / den (den > 0) to integers summing to `total`, which must equal sum(num) / den. */
export function apportionRational(numerators: bigint[], den: bigint, total: bigint): number[] {
    const floors = numerators.map(n => floorDiv(n, den));
    const remainders = numerators.map((n, i) => n - floors[i] * den);
    let left = total - floors.reduce((a, b) => a + b, 0n);
    for (const i of largestFirst(remainders)) {
        if (left <= 0n) {
            break;
        }
        floors[i] += 1n;
        left -= 1n;
    }
    return floors.map(Number);
}

/**
 * apportionRational of integers held in doubles (numerators, den > 0 and total): the same result, computed
 * in doubles when every input is within SAFE_MAGNITUDE, else through BigInt.
 */
export function apportionIntegers(numerators: readonly number[], den: number, total: number): number[] {
    if (!(den <= SAFE_MAGNITUDE && Math.abs(total) <= SAFE_MAGNITUDE && numerators.every(n => Math.abs(n) <= SAFE_MAGNITUDE))) {
        return apportionRational(numerators.map(n => BigInt(n)), BigInt(den), BigInt(total));
    }
    const floors: number[] = [];
    const remainders: number[] = [];
    let left = total;
    for (const n of numerators) {
        const q = floorDivSafe(n, den);
        floors.push(q);
        remainders.push(n - q * den + 0);
        left -= q;
    }
    for (const i of largestFirst(remainders)) {
        if (left <= 0) {
            break;
        }
        floors[i] += 1;
        left -= 1;
    }
    return floors;
}

/** Lists up to this long are ordered by insertion: a sort allocated a work array on every call (most lists are a handful). */
const INSERTION_LIMIT = 16;

/** The indexes of `remainders`, largest first, ties in index order. */
export function largestFirst(remainders: ReadonlyArray<number | bigint>): number[] {
    const order: number[] = [];
    if (remainders.length > INSERTION_LIMIT) {
        for (let i = 0; i < remainders.length; i++) {
            order.push(i);
        }
        return order.sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : a - b));
    }
    for (let i = 0; i < remainders.length; i++) {
        // Past every smaller remainder; an equal one, earlier in the list, stays first.
        let k = order.length;
        while (k > 0 && remainders[i] > remainders[order[k - 1]]) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = i;
    }
    return order;
}

/**
 * floorDiv of integers a, b (0 < b, |a|, b <= SAFE_MAGNITUDE) in doubles, exactly, never -0; a - q b, the
 * remainder, is then exact too.
 * The division rounds to the integer above the quotient only if it lies within half an ulp of it, but a
 * quotient k + 1 - f (f >= 1/b) is that close only when b (k + 1) > 2^53, and here b (k + 1) <= |a| + b <= 2^52.
 */
export function floorDivSafe(a: number, b: number): number {
    return Math.floor(a / b) + 0;
}

/**
 * Splits an integer total in proportion to non-negative weights. Integer weights
 * are apportioned exactly with BigInt; fractional weights go through floating point
 * but the rounded parts still sum exactly to the total. All-zero weights split equally.
 */
export function apportion(total: number, weights: number[]): number[] {
    if (weights.length === 0) {
        return [];
    }
    const clean = weights.map(w => (Number.isFinite(w) && w > 0 ? w : 0));
    const sum = clean.reduce((a, b) => a + b, 0);
    const used = sum > 0 ? clean : clean.map(() => 1);
    const rounded = Math.round(total);
    if (used.every(w => Number.isSafeInteger(w))) {
        // A product or sum computed past SAFE_MAGNITUDE may be inexact: apportionIntegers then takes the BigInt path.
        const den = used.reduce((a, b) => a + b, 0);
        if (den <= SAFE_MAGNITUDE && used.every(w => Math.abs(w * rounded) <= SAFE_MAGNITUDE)) {
            return apportionIntegers(used.map(w => w * rounded), den, rounded);
        }
        const t = BigInt(rounded);
        const ws = used.map(w => BigInt(w));
        return apportionRational(ws.map(w => w * t), ws.reduce((a, b) => a + b, 0n), t);
    }
    const t = BigInt(rounded);
    // Fractional weights: scale to a common integer grid of 1e-9 of the sum, then apportion exactly.
    const usedSum = used.reduce((a, b) => a + b, 0);
    const scaled = used.map(w => BigInt(Math.round((w / usedSum) * 1e9)));
    const den = scaled.reduce((a, b) => a + b, 0n);
    if (den === 0n) {
        return apportion(total, used.map(() => 1));
    }
    return apportionRational(scaled.map(w => w * t), den, t);
}

export function floorDiv(a: bigint, b: bigint): bigint {
    const q = a / b;
    return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Rounds real shares to integers summing to the integer `total` (largest remainder; ties in model order). */
export function roundToTotal(shares: number[], total: number): number[] {
    const floors = shares.map(x => Math.floor(x));
    const fractions = shares.map((x, i) => x - floors[i]);
    let left = Math.round(total) - floors.reduce((a, b) => a + b, 0);
    const order = fractions.map((_, i) => i).sort((a, b) => fractions[b] - fractions[a] || a - b);
    for (let k = 0; left !== 0 && order.length > 0; k = (k + 1) % order.length) {
        const i = order[k];
        floors[i] += left > 0 ? 1 : -1;
        left += left > 0 ? -1 : 1;
    }
    return floors;
}
