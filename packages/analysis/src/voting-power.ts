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
    // Coalitions lighter than the quota have at most `depth` members (the lightest ones): deeper rows are empty.
    const depth = lightestCount(w, q);
    const all = countCoalitions(w, q, depth);
    const listTotal = voters.reduce((a, v) => a + v.listSize, 0);
    const prefix = prefixSums(all, depth, q);
    const ss: number[] = [];
    const raw: number[] = [];
    const coefficient = shapleyCoefficients(n);
    for (let i = 0; i < n; i++) {
        onProgress?.();
        let shapley = 0;
        let swings = 0;
        for (let k = 0; k <= Math.min(depth, n - 1); k++) {
            const count = w[i] === 0 ? 0 : windowWithout(prefix, q, k, w[i], q - w[i], q);
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

/** The most members a coalition lighter than q can have: the lightest members, added while they stay below q. */
function lightestCount(w: number[], q: number): number {
    let total = 0;
    let count = 0;
    for (const weight of [...w].sort((a, b) => a - b)) {
        if (total + weight >= q) {
            break;
        }
        total += weight;
        count++;
    }
    return count;
}

/**
 * f[k * q + s]: coalitions of k <= depth members with weight s, for s < q.
 * A k-coalition weighs at least the k lightest and at most the k heaviest
 * members together, so each row is filled only between those bounds.
 */
function countCoalitions(w: number[], q: number, depth: number): Float64Array {
    const n = w.length;
    const ascending = [...w].sort((a, b) => a - b);
    const least = [0];
    const most = [0];
    for (let k = 1; k <= n; k++) {
        least.push(least[k - 1] + ascending[k - 1]);
        most.push(most[k - 1] + ascending[n - k]);
    }
    const f = new Float64Array((depth + 1) * q);
    f[0] = 1;
    for (let i = 0; i < n; i++) {
        for (let k = Math.min(i, depth - 1); k >= 0; k--) {
            const row = k * q;
            const next = (k + 1) * q + w[i];
            for (let s = Math.min(q - 1 - w[i], most[k]); s >= least[k]; s--) {
                const c = f[row + s];
                if (c !== 0) {
                    f[next + s] += c;
                }
            }
        }
    }
    return f;
}

/** P[k * (q + 1) + s] = f[k][0] + ... + f[k][s - 1]. */
function prefixSums(f: Float64Array, depth: number, q: number): Float64Array {
    const p = new Float64Array((depth + 1) * (q + 1));
    for (let k = 0; k <= depth; k++) {
        for (let s = 0; s < q; s++) {
            p[k * (q + 1) + s + 1] = p[k * (q + 1) + s] + f[k * q + s];
        }
    }
    return p;
}

/**
 * Coalitions of k others (all members but one of weight wi) with weight in [from, to).
 * Removing the member from f gives g[k][s] = f[k][s] - g[k-1][s - wi] = sum over j of
 * (-1)^j f[k-j][s - j wi], so the window is an alternating sum of prefix-sum
 * differences: O(k) per window instead of O(k q) per member. Counts stay exact
 * integers in doubles (below 2^50 for 50 members).
 */
function windowWithout(prefix: Float64Array, q: number, k: number, wi: number, from: number, to: number): number {
    let total = 0;
    for (let j = 0; j <= k; j++) {
        const hi = to - j * wi;
        if (hi <= 0) {
            break;
        }
        const lo = Math.max(0, from - j * wi);
        const row = (k - j) * (q + 1);
        const part = prefix[row + Math.min(hi, q)] - prefix[row + lo];
        total += j % 2 === 0 ? part : -part;
    }
    return total;
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
