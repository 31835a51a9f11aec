/**
 * A split that is stable whenever any split is (DOMAIN.md item 13), exactly:
 * the nucleolus for up to NUCLEOLUS_LIMIT participants, above that (up to the
 * least-core limit) a vertex of the least core, named as such. Also answers
 * DOMAIN.md item 6's "is the core empty at all?" with the exact least-core
 * epsilon. Every way of not giving a split is a status with a reason.
 */
import { apportionRational } from './apportion.js';
import { EXACT_LEAST_CORE_LIMIT, exactLeastCore } from './exact-least-core.js';
import { surelyEmptyCore } from './surely-empty-core.js';
import { NUCLEOLUS_LIMIT, nucleolus } from './nucleolus.js';
import { type Rational, format, roundHalfAway, sign } from './rational.js';
import type { StableSplitStatus } from './result.js';

export interface StableSplit {
    status: StableSplitStatus;
    coreEmpty: boolean | null;
    /** e* rounded to whole pence (halves away from zero), and exactly. */
    epsilon?: number;
    epsilonExact?: string;
    /** Rounded to pence, summing exactly to v(P). */
    rounded?: number[];
    /** The unrounded split, for core checks and compensation. */
    exact?: Rational[];
    method?: 'nucleolus' | 'least-core';
}

/**
 * `unlessCoreEmpty`: give no split when the core is empty, sparing the
 * nucleolus LPs where only "is there a stable split?" is asked (the findings).
 */
export function stableSplit(n: number, values: Float64Array, tick: () => void, unlessCoreEmpty = false): StableSplit {
    if (n > EXACT_LEAST_CORE_LIMIT) {
        return { status: { state: 'too-large', reason: `more than ${EXACT_LEAST_CORE_LIMIT} participants: the least-core LP is not attempted` }, coreEmpty: null };
    }
    if (unlessCoreEmpty && surelyEmptyCore(n, values)) {
        return { status: { state: 'not-requested', reason: 'the core is empty and no finding quotes a stable split' }, coreEmpty: true };
    }
    // Up to the nucleolus limit only e* of the least core is shown, which every optimal solution shares.
    const core = exactLeastCore(n, values, tick, n <= NUCLEOLUS_LIMIT ? values : null);
    if (core.status !== 'computed') {
        return { status: { state: 'lp-failed', reason: core.reason }, coreEmpty: null };
    }
    const coreEmpty = sign(core.epsilon) > 0;
    const figures = { coreEmpty, epsilon: roundHalfAway(core.epsilon), epsilonExact: format(core.epsilon) };
    if (unlessCoreEmpty && coreEmpty) {
        return { status: { state: 'not-requested', reason: 'the core is empty and no finding quotes a stable split' }, ...figures };
    }
    const grand = values[values.length - 1];
    const nucleolusResult = nucleolus(n, values, tick, values, { x: core.x, e: core.epsilon, tight: core.tight });
    if (nucleolusResult.status === 'computed') {
        return { status: { state: 'computed' }, ...figures, method: 'nucleolus', exact: nucleolusResult.x, rounded: roundExact(nucleolusResult.x, grand) };
    }
    if (nucleolusResult.status === 'too-large' && !coreEmpty) {
        // In the core, though not the nucleolus: still a split no coalition would leave.
        return { status: { state: 'computed', reason: `nucleolus ${nucleolusResult.reason}; a split in the core (a vertex of the least core) is shown` }, ...figures, method: 'least-core', exact: core.x, rounded: roundExact(core.x, grand) };
    }
    return { status: { state: nucleolusResult.status, reason: nucleolusResult.reason }, ...figures };
}

/** Exact shares to whole pence summing to the total (largest remainder on a common denominator). */
export function roundExact(x: Rational[], total: number): number[] {
    let common = 1n;
    for (const r of x) {
        common = (common * r.d) / gcd(common, r.d);
    }
    return apportionRational(x.map(r => r.n * (common / r.d)), common, BigInt(Math.round(total)));
}

function gcd(a: bigint, b: bigint): bigint {
    let x = a;
    let y = b;
    while (y !== 0n) {
        [x, y] = [y, x % y];
    }
    return x;
}
