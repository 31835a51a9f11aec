/**
 * DOMAIN.md item 18: voting power in a collective that decides by vote.
 * Shapley-Shubik (Shapley & Shubik 1954) and normalised Banzhaf (Banzhaf 1965)
 * indices, exact, by dynamic programming over weights (generating functions):
 * f[k][s] counts the coalitions of k members with total weight s < quota;
 * removing member i from f (polynomial division) counts the coalitions of
 * the others, and i is pivotal for those with weight in [quota - w_i, quota).
 * Time O(n^2 * quota), not 2^n: exact for 25 members and beyond.
 */
import type { VotingPowerMember } from './result.js';

/** Counts stay exact integers in doubles below 2^53, which holds for up to 50 members. */
export const VOTING_POWER_LIMIT = 50;

export interface WeightedVoter {
    member: string;
    weight: number;
    listSize: number;
}

export type VotingPower =
    | { status: 'computed'; quota: number; totalWeight: number; members: VotingPowerMember[] }
    | { status: 'not-computed'; reason: string };

/**
 * `quota` defaults to floor(W / 2) + 1, more than half of the (integer) weight,
 * as in DOMAIN.md; other quotas are for published games (e.g. 39 of 45 in the UN Security Council).
 */
export function votingPower(voters: WeightedVoter[], onProgress?: () => void, quotaOverride?: number): VotingPower {
    const n = voters.length;
    if (n > VOTING_POWER_LIMIT) {
        return { status: 'not-computed', reason: `more than ${VOTING_POWER_LIMIT} voting members` };
    }
    if (!voters.every(v => Number.isSafeInteger(v.weight) && v.weight >= 0)) {
        return { status: 'not-computed', reason: 'a vote weight is not a whole number' };
    }
    const totalWeight = voters.reduce((a, v) => a + v.weight, 0);
    if (n === 0 || totalWeight === 0) {
        return { status: 'not-computed', reason: n === 0 ? 'the collective has no members' : 'no member has any votes (list sizes of zero)' };
    }
    // Weights with a common factor give the same games divided by it: a smaller table.
    const g = voters.reduce((acc, v) => gcd(acc, v.weight), 0);
    const w = voters.map(v => v.weight / g);
    const quota = quotaOverride ?? Math.floor(totalWeight / 2) + 1;
    if (!Number.isSafeInteger(quota) || quota < 1 || quota > totalWeight) {
        return { status: 'not-computed', reason: `the quota ${quota} is not between 1 and the total weight ${totalWeight}` };
    }
    const q = Math.ceil(quota / g);
    const all = countCoalitions(w, q);
    const listTotal = voters.reduce((a, v) => a + v.listSize, 0);
    const ss: number[] = [];
    const raw: number[] = [];
    const others = new Float64Array((n + 1) * q);
    const coefficient = shapleyCoefficients(n);
    for (let i = 0; i < n; i++) {
        onProgress?.();
        withoutMember(all, w[i], n, q, others);
        let shapley = 0;
        let swings = 0;
        for (let k = 0; k < n; k++) {
            let count = 0;
            for (let s = Math.max(0, q - w[i]); s < q; s++) {
                count += others[k * q + s];
            }
            shapley += count * coefficient[k];
            swings += count;
        }
        ss.push(shapley);
        raw.push(swings);
    }
    const swingTotal = raw.reduce((a, b) => a + b, 0);
    const members = voters.map((v, i): VotingPowerMember => ({
        member: v.member,
        weight: v.weight,
        listShare: listTotal > 0 ? v.listSize / listTotal : 0,
        shapleyShubik: ss[i],
        banzhaf: swingTotal > 0 ? raw[i] / swingTotal : 0,
        veto: totalWeight - v.weight < quota,
        dummy: raw[i] === 0
    }));
    return { status: 'computed', quota, totalWeight, members };
}

/** f[k * q + s]: coalitions of k members with weight s, for s < q. */
function countCoalitions(w: number[], q: number): Float64Array {
    const n = w.length;
    const f = new Float64Array((n + 1) * q);
    f[0] = 1;
    for (let i = 0; i < n; i++) {
        for (let k = i; k >= 0; k--) {
            for (let s = q - 1 - w[i]; s >= 0; s--) {
                const c = f[k * q + s];
                if (c !== 0) {
                    f[(k + 1) * q + s + w[i]] += c;
                }
            }
        }
    }
    return f;
}

/** The counts without one member of weight wi: g[k][s] = f[k][s] - g[k-1][s - wi]. */
function withoutMember(f: Float64Array, wi: number, n: number, q: number, g: Float64Array): void {
    for (let k = 0; k <= n; k++) {
        for (let s = 0; s < q; s++) {
            const idx = k * q + s;
            g[idx] = f[idx] - (k > 0 && s >= wi ? g[idx - q - wi] : 0);
        }
    }
}

/** k! (n-1-k)! / n! = 1 / (n * C(n-1, k)) for k = 0..n-1. */
function shapleyCoefficients(n: number): number[] {
    const out: number[] = [];
    let binomial = 1;
    for (let k = 0; k < n; k++) {
        out.push(1 / (n * binomial));
        binomial = (binomial * (n - 1 - k)) / (k + 1);
    }
    return out;
}

function gcd(a: number, b: number): number {
    let x = a;
    let y = b;
    while (y !== 0) {
        [x, y] = [y, x % y];
    }
    return x;
}
