/**
 * A split that is stable whenever any split is: the nucleolus for small games,
 * otherwise the least-core allocation nearest to the fair (Shapley) split.
 * Also answers DOMAIN.md item 6's "is the core empty at all?".
 */
import { roundToTotal } from './apportion.js';
import { leastCore, nearestInLeastCore, surelyEmptyCore } from './least-core.js';
import { nucleolus } from './nucleolus.js';

export interface StableSplit {
    coreEmpty: boolean;
    /** e* rounded to whole pence */
    epsilon: number;
    /** Rounded to pence, summing exactly to v(P). */
    rounded: number[];
    method: 'nucleolus' | 'least-core';
}

/**
 * `unlessCoreEmpty`: give no split when the core is empty, sparing the
 * nucleolus LPs where only "is there a stable split?" is asked (the findings).
 */
export function stableSplit(n: number, values: Float64Array, fair: number[], tick: () => void, unlessCoreEmpty = false): StableSplit | undefined {
    if (unlessCoreEmpty && surelyEmptyCore(n, values)) {
        return undefined;
    }
    const core = leastCore(n, values, tick);
    if (!core || (unlessCoreEmpty && core.epsilon > core.tolerance)) {
        return undefined;
    }
    const grand = values[values.length - 1];
    const nucleolusShares = nucleolus(n, values, tick);
    const shares = nucleolusShares ?? nearestInLeastCore(n, values, core, fair, tick) ?? core.x;
    return {
        coreEmpty: core.epsilon > core.tolerance,
        // -0 would serialise as 0 anyway; normalise so equality checks are plain.
        epsilon: Math.round(core.epsilon) || 0,
        rounded: roundToTotal(shares, grand),
        method: nucleolusShares ? 'nucleolus' : 'least-core'
    };
}
