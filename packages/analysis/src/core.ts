/**
 * DOMAIN.md item 6: is an allocation x in the core (x(S) >= v(S) for every
 * coalition S)? Checked exhaustively over all 2^n - 1 coalitions when the
 * coalition values are enumerated; otherwise only the singletons
 * (individual rationality) are checked and the core is 'not-checked'.
 */
import type { Game } from './coalition-value.js';
import { maskMembers, singletonValue } from './coalition-value.js';
import type { CoalitionFigure, StabilityCheck } from './result.js';

/** Excesses this small come from representing exact fractions as doubles, not from a real shortfall. */
export const CORE_TOLERANCE = 1e-6;

export interface MostViolated {
    mask: number;
    excess: number;
}

/** The coalition with the largest v(S) - x(S) (the smallest mask among ties). */
export function mostViolated(values: Float64Array, n: number, x: number[]): MostViolated {
    const size = 1 << n;
    const allocated = new Float64Array(size);
    // Two numbers rather than an object per improvement: this runs twice for each initiative of a build.
    let bestMask = 0;
    let bestExcess = -Infinity;
    for (let mask = 1; mask < size; mask++) {
        const bit = mask & -mask;
        allocated[mask] = allocated[mask ^ bit] + x[31 - Math.clz32(bit)];
        const excess = values[mask] - allocated[mask];
        if (excess > bestExcess + CORE_TOLERANCE) {
            bestMask = mask;
            bestExcess = excess;
        }
    }
    return { mask: bestMask, excess: bestExcess };
}

/**
 * `shown` is the allocation as displayed (whole pence); `exact` the unrounded
 * one used to decide membership, so rounding a fair share to the penny never
 * makes a stable split look unstable.
 */
export function stabilityCheck(game: Game, values: Float64Array | undefined, shown: number[], exact: number[]): StabilityCheck {
    const individuallyIrrational = game.ids.filter((_, i) => exact[i] < singletonValue(game, values, i) - CORE_TOLERANCE);
    if (!values || game.n === 0) {
        return { inCore: game.n === 0 ? true : null, individuallyIrrational, method: game.n === 0 ? 'exhaustive' : 'not-checked' };
    }
    const worst = mostViolated(values, game.n, exact);
    const check: StabilityCheck = { inCore: !(worst.excess > CORE_TOLERANCE), individuallyIrrational, method: 'exhaustive' };
    if (worst.excess > CORE_TOLERANCE) {
        check.mostViolated = coalitionFigure(game, values[worst.mask], worst.mask, shown);
    }
    return check;
}

export function coalitionFigure(game: Game, value: number, mask: number, shown: number[]): CoalitionFigure {
    const members = maskMembers(mask, game.n);
    const allocated = members.reduce((sum, i) => sum + shown[i], 0);
    return { members: members.map(i => game.ids[i]), value, allocated, excess: value - allocated };
}
