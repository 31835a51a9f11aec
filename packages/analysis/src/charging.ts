/**
 * DOMAIN.md item 3: how the collective charges the shared cost today.
 * charge_i = C(P) * w_i, rounded by largest remainder so the charges sum
 * exactly to C(P); realised benefit r_i = c_i - charge_i + net declared transfers.
 */
import type { ChargingRule, Transfer } from '@autonomy/domain';
import { apportion } from './apportion.js';

export interface ChargedSplit {
    /** w_i, fractions summing to 1 (0 for everyone when there are no participants). */
    weights: number[];
    charges: number[];
    /** received minus paid, per participant */
    transfers: number[];
    realised: number[];
}

/**
 * Weights by rule. List-size weights with a zero total, and explicit shares that
 * are all zero, fall back to equal shares; explicit shares that do not sum to
 * 100% are scaled to sum to 100% (the validator reports the mismatch).
 */
export function chargeWeights(rule: ChargingRule, ids: string[], pops: number[]): number[] {
    const n = ids.length;
    if (n === 0) {
        return [];
    }
    let raw: number[];
    if (rule.kind === 'equal') {
        raw = ids.map(() => 1);
    } else if (rule.kind === 'explicit') {
        raw = ids.map(id => rule.shares[id] ?? 0);
    } else {
        raw = pops.slice();
    }
    const total = raw.reduce((a, b) => a + b, 0);
    if (!(total > 0)) {
        return ids.map(() => 1 / n);
    }
    return raw.map(w => w / total);
}

/** An amount split by a charging rule: the weights, and whole minor units summing exactly to the amount. */
export function splitByRule(total: number, rule: ChargingRule, ids: string[], pops: number[]): { weights: number[]; amounts: number[] } {
    const weights = chargeWeights(rule, ids, pops);
    // Apportion on the unnormalised inputs where they are integers (list sizes), so the rounding is exact.
    const basis = rule.kind === 'list-size' && pops.some(p => p > 0) ? pops : weights;
    return { weights, amounts: apportion(total, basis) };
}

export function chargedSplit(
    rule: ChargingRule, ids: string[], pops: number[], costs: number[], grandCost: number, declared: Transfer[]
): ChargedSplit {
    const { weights, amounts: charges } = splitByRule(grandCost, rule, ids, pops);
    const index = new Map(ids.map((id, i) => [id, i]));
    const transfers = ids.map(() => 0);
    for (const t of declared) {
        const from = index.get(t.from);
        const to = index.get(t.to);
        if (from !== undefined && to !== undefined) {
            transfers[from] -= t.amount;
            transfers[to] += t.amount;
        }
    }
    const realised = ids.map((_, i) => costs[i] - charges[i] + transfers[i]);
    return { weights, charges, transfers, realised };
}
