/**
 * DOMAIN.md item 4, above the exact limit: phi_i estimated as the mean of i's
 * marginal contribution over seeded random orderings of the participants,
 * with its standard error. Each ordering's contributions sum to v(P), so the
 * estimates (summed exactly) still sum to v(P) after rounding.
 */
import { apportionRational } from './apportion.js';
import type { Game } from './coalition-value.js';
import { MAX_TOTAL } from './sanitise.js';
import { SeededRandom } from './random.js';

export interface MonteCarloShapley {
    rounded: number[];
    values: number[];
    /** Standard error of each estimate, in pence. */
    standardErrors: number[];
    samples: number;
    seed: number;
}

const FLUSH = 2 ** 51;

export function monteCarloShapley(game: Game, grandValue: number, samples: number, seed: number, onProgress?: () => void): MonteCarloShapley {
    const n = game.n;
    const rng = new SeededRandom(seed);
    const sums = new Float64Array(n);
    const big = new Array<bigint>(n).fill(0n);
    const squares = new Float64Array(n);
    const order = Int32Array.from({ length: n }, (_, i) => i);
    const lookup = explicitLookup(game, rng);
    const costs = Float64Array.from(game.costs);
    const pops = Float64Array.from(game.pops);
    // The cost formula unrolled into locals: this loop runs samples x n times.
    const { fixed, perPatient } = game.cost;
    const stepAmounts = Float64Array.from(game.cost.steps, s => s.amount);
    const stepSizes = Float64Array.from(game.cost.steps, s => s.stepSize);
    const stepCount = stepAmounts.length;
    for (let s = 0; s < samples; s++) {
        for (let i = n - 1; i > 0; i--) {
            const j = rng.nextBelow(i + 1);
            const tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        lookup?.reset();
        let costSum = 0;
        let pop = 0;
        let previous = 0;
        for (let k = 0; k < n; k++) {
            const i = order[k];
            costSum += costs[i];
            pop += pops[i];
            let shared = fixed + perPatient * pop;
            for (let t = 0; t < stepCount; t++) {
                const size = stepSizes[t];
                shared += stepAmounts[t] * (size > 0 ? Math.ceil(pop / size) : (pop > 0 ? 1 : 0));
            }
            shared = Math.round(shared);
            shared = shared > MAX_TOTAL ? MAX_TOTAL : shared < -MAX_TOTAL ? -MAX_TOTAL : shared;
            let value = costSum - shared;
            value = value > 0 ? value : 0;
            if (lookup !== undefined) {
                value = lookup.add(i, k + 1) ?? value;
            }
            const m = value - previous;
            previous = value;
            const acc = sums[i] + m;
            if (acc >= FLUSH || acc <= -FLUSH) {
                big[i] += BigInt(acc);
                sums[i] = 0;
            } else {
                sums[i] = acc;
            }
            squares[i] += m * m;
        }
        if (onProgress && (s & 15) === 0) {
            onProgress();
        }
    }
    const totals = big.map((b, i) => b + BigInt(sums[i]));
    const values = totals.map(t => Number(t) / samples);
    const standardErrors = values.map((mean, i) => {
        if (samples < 2) {
            return 0;
        }
        const variance = Math.max(0, (squares[i] - samples * mean * mean) / (samples - 1));
        return Math.sqrt(variance / samples);
    });
    return {
        rounded: apportionRational(totals, BigInt(samples), BigInt(grandValue)),
        values,
        standardErrors,
        samples,
        seed
    };
}

/**
 * Explicit coalition values for growing coalitions: a Zobrist hash of the
 * membership finds candidate entries, which are then checked member by member.
 */
function explicitLookup(game: Game, rng: SeededRandom): { reset(): void; add(i: number, size: number): number | undefined } | undefined {
    if (game.explicit.size === 0) {
        return undefined;
    }
    const n = game.n;
    const keyA = Uint32Array.from({ length: n }, () => rng.nextUint32());
    const keyB = Uint32Array.from({ length: n }, () => rng.nextUint32() & 0x1fffff);
    const hashOf = (members: number[]): number => {
        let a = 0;
        let b = 0;
        for (const m of members) {
            a ^= keyA[m];
            b ^= keyB[m];
        }
        return (a >>> 0) * 0x200000 + b;
    };
    const table = new Map<number, { members: number[]; value: number }[]>();
    for (const [key, value] of game.explicit) {
        const members = key.split(',').map(Number);
        const h = hashOf(members);
        table.set(h, [...(table.get(h) ?? []), { members, value }]);
    }
    const inside = new Uint8Array(n);
    const added: number[] = [];
    let a = 0;
    let b = 0;
    return {
        reset() {
            for (const m of added) {
                inside[m] = 0;
            }
            added.length = 0;
            a = 0;
            b = 0;
        },
        add(i: number, size: number) {
            inside[i] = 1;
            added.push(i);
            a ^= keyA[i];
            b ^= keyB[i];
            const candidates = table.get((a >>> 0) * 0x200000 + b);
            const hit = candidates?.find(c => c.members.length === size && c.members.every(m => inside[m] === 1));
            return hit?.value;
        }
    };
}
