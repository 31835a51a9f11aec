/**
 * DOMAIN.md item 14: the sharing rules side by side for an initiative with
 * N >= 0. Each rule's split is computed exactly (rationals, or exact doubles
 * for Shapley), rounded to pence summing to the total, and checked against
 * every coalition: in the core or not, the smallest gain, and the coalition
 * with the largest excess v(S) - x(S).
 */
import { apportionRational } from './apportion.js';
import { type Game, singletonValue } from './coalition-value.js';
import { CORE_TOLERANCE, coalitionFigure } from './core.js';
import { toNumber } from './rational.js';
import type { SharingRuleName, SharingRuleSplit, SharingRulesAnalysis } from './result.js';
import type { StableSplit } from './stable-split.js';

export interface SharingRuleInputs {
    game: Game;
    /** v(S) for every mask, when enumerated. */
    values: Float64Array | undefined;
    netSaving: number;
    /** r_i: the charged split. */
    charged: number[];
    shapley: { rounded: number[]; values: number[] };
    stable: StableSplit;
}

export function sharingRules(input: SharingRuleInputs): SharingRulesAnalysis {
    const { game, netSaving: N } = input;
    if (N < 0) {
        return { status: 'not-applicable', reason: 'the initiative costs more than it saves (N < 0): there is no gain to share' };
    }
    if (game.n === 0) {
        return { status: 'not-applicable', reason: 'the initiative has no participants' };
    }
    // v({i}) is known without enumerating every coalition: above the exact limit it is not 0.
    const singles = game.ids.map((_, i) => singletonValue(game, input.values, i));
    const rules: SharingRuleSplit[] = [
        split(input, 'as-charged', input.charged, input.charged),
        split(input, 'shapley', input.shapley.rounded, input.shapley.values),
        nucleolusRule(input),
        proportional(input, 'equal-surplus', equalSurplus(singles, N), BigInt(game.n)),
        byWeights(input, 'list-size', game.pops, 'the participants have no list size'),
        byWeights(input, 'current-cost', game.costs, 'the participants have no current cost')
    ];
    return { status: 'computed', rules };
}

/** x_i = v({i}) + (N - sum v({j})) / n, as numerators over n. */
function equalSurplus(singles: number[], N: number): bigint[] {
    const n = BigInt(singles.length);
    const rest = BigInt(N) - singles.reduce((a, b) => a + BigInt(b), 0n);
    return singles.map(v => BigInt(v) * n + rest);
}

function byWeights(input: SharingRuleInputs, rule: SharingRuleName, weights: number[], reason: string): SharingRuleSplit {
    const total = weights.reduce((a, b) => a + b, 0);
    if (!(total > 0) || !weights.every(w => Number.isSafeInteger(w) && w >= 0)) {
        return { rule, status: 'not-computed', reason };
    }
    const N = BigInt(input.netSaving);
    return proportional(input, rule, weights.map(w => BigInt(w) * N), BigInt(total));
}

function proportional(input: SharingRuleInputs, rule: SharingRuleName, numerators: bigint[], den: bigint): SharingRuleSplit {
    const rounded = apportionRational(numerators, den, BigInt(input.netSaving));
    const exact = numerators.map(x => Number(x) / Number(den));
    return split(input, rule, rounded, exact);
}

function nucleolusRule(input: SharingRuleInputs): SharingRuleSplit {
    const { stable } = input;
    if (stable.method !== 'nucleolus' || !stable.exact || !stable.rounded) {
        return { rule: 'nucleolus', status: 'not-computed', reason: stable.status.reason ?? 'the nucleolus was not computed' };
    }
    return split(input, 'nucleolus', stable.rounded, stable.exact.map(toNumber));
}

function split(input: SharingRuleInputs, rule: SharingRuleName, rounded: number[], exact: number[]): SharingRuleSplit {
    const { game, values } = input;
    let smallest = 0;
    rounded.forEach((g, i) => {
        if (g < rounded[smallest]) {
            smallest = i;
        }
    });
    const out: SharingRuleSplit = {
        rule,
        status: 'computed',
        gains: rounded,
        smallestGain: { practice: game.ids[smallest], gain: rounded[smallest] },
        inCore: null
    };
    if (values && game.n >= 1) {
        const worst = largestExcess(values, game.n, exact);
        out.inCore = !(worst.excess > CORE_TOLERANCE) && !(worst.grandShort > CORE_TOLERANCE);
        if (worst.mask !== 0) {
            out.largestExcess = coalitionFigure(game, values[worst.mask], worst.mask, rounded);
        }
    }
    return out;
}

/** The proper coalition (or the only participant) with the largest v(S) - x(S), smallest mask among ties; and v(P) - x(P). */
function largestExcess(values: Float64Array, n: number, x: number[]): { mask: number; excess: number; grandShort: number } {
    const full = (1 << n) - 1;
    const allocated = new Float64Array(full + 1);
    let best = { mask: 0, excess: -Infinity };
    for (let mask = 1; mask <= full; mask++) {
        const bit = mask & -mask;
        allocated[mask] = allocated[mask ^ bit] + x[31 - Math.clz32(bit)];
        const excess = values[mask] - allocated[mask];
        if ((mask !== full || n === 1) && excess > best.excess + CORE_TOLERANCE) {
            best = { mask, excess };
        }
    }
    return { ...best, grandShort: values[full] - allocated[full] };
}
