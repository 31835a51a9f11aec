/**
 * Settling a list of transfers (summing to zero) in the fewest payer -> payee
 * payments. A group of k participants whose transfers sum to zero settles in
 * k - 1 payments, so the fewest payments is (participants with a non-zero
 * transfer) - (most disjoint zero-sum groups they split into); the groups are
 * found exactly by dynamic programming over subsets, then each is settled
 * largest first. Above SETTLEMENT_LIMIT non-zero transfers the whole list is
 * one group (at most n - 1 payments, not always the fewest).
 */
import { payments } from './compensation.js';
import type { PaymentInstruction } from './result.js';

export const SETTLEMENT_LIMIT = 20;

export interface Settlement {
    payments: PaymentInstruction[];
    /** True when the number of payments is proven the fewest possible. */
    fewest: boolean;
}

export function settle(ids: string[], transfers: number[]): Settlement {
    const moving = ids.map((_, i) => i).filter(i => transfers[i] !== 0);
    const k = moving.length;
    if (k > SETTLEMENT_LIMIT) {
        return { payments: payments(ids, transfers), fewest: false };
    }
    const size = 1 << k;
    const sum = new Float64Array(size);
    const groups = new Int8Array(size);
    for (let mask = 1; mask < size; mask++) {
        const low = 31 - Math.clz32(mask & -mask);
        sum[mask] = sum[mask & (mask - 1)] + transfers[moving[low]];
        let best = 0;
        for (let rest = mask; rest !== 0; rest &= rest - 1) {
            const bit = rest & -rest;
            best = Math.max(best, groups[mask ^ bit]);
        }
        groups[mask] = best + (sum[mask] === 0 ? 1 : 0);
    }
    // Peel the groups off: a zero-sum mask whose count is one more than that of the part outside its smallest group.
    const out: PaymentInstruction[] = [];
    let left = size - 1;
    while (left !== 0) {
        const group = smallestZeroSumGroup(left, sum, groups);
        const members = new Array<number>(ids.length).fill(0);
        for (let i = 0; i < k; i++) {
            if (group & (1 << i)) {
                members[moving[i]] = transfers[moving[i]];
            }
        }
        out.push(...payments(ids, members));
        left ^= group;
    }
    return { payments: out, fewest: true };
}

/** A non-empty zero-sum subset g of `mask` with groups[mask ^ g] = groups[mask] - 1, the smallest such (fewest members). */
function smallestZeroSumGroup(mask: number, sum: Float64Array, groups: Int8Array): number {
    let best = mask;
    let bestSize = popcount(mask);
    for (let g = mask; g !== 0; g = (g - 1) & mask) {
        if (sum[g] === 0 && groups[mask ^ g] === groups[mask] - 1) {
            const size = popcount(g);
            if (size < bestSize) {
                best = g;
                bestSize = size;
            }
        }
    }
    return best;
}

function popcount(x: number): number {
    let c = 0;
    for (let v = x; v !== 0; v &= v - 1) {
        c++;
    }
    return c;
}
