/**
 * Rounding shares to whole minor units so that they still sum exactly to
 * their total (largest-remainder method). Ties go to the earlier participant
 * in model order, so the result is deterministic.
 */

/** Rounds exact rationals num_i / den (den > 0) to integers summing to `total`, which must equal sum(num) / den. */
export function apportionRational(numerators: bigint[], den: bigint, total: bigint): number[] {
    const floors = numerators.map(n => floorDiv(n, den));
    const remainders = numerators.map((n, i) => n - floors[i] * den);
    let left = total - floors.reduce((a, b) => a + b, 0n);
    const order = remainders.map((r, i) => i).sort((a, b) => (remainders[b] > remainders[a] ? 1 : remainders[b] < remainders[a] ? -1 : a - b));
    for (const i of order) {
        if (left <= 0n) {
            break;
        }
        floors[i] += 1n;
        left -= 1n;
    }
    return floors.map(Number);
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
    const t = BigInt(Math.round(total));
    if (used.every(w => Number.isSafeInteger(w))) {
        const ws = used.map(w => BigInt(w));
        const den = ws.reduce((a, b) => a + b, 0n);
        return apportionRational(ws.map(w => w * t), den, t);
    }
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
