/**
 * The valid range of every kind of figure a model states, in the model's
 * units (money in minor units, percentages as fractions). The validator
 * reports figures outside them, the sensitivity search stays inside them, and
 * the editors' sliders move within them: one table, so a slider never offers
 * a value the validator would then flag.
 */
import { MAX_AMOUNT, MAX_COUNT, MAX_TOTAL } from './sanitise.js';

export type ValueKind =
    /** A yearly amount of one practice or initiative (costs, gaps, compensation, investment). */
    | 'money'
    /** A coalition's or a merger's saving: a sum over practices, so allowed to be larger. */
    | 'total'
    | 'percent'
    /** List sizes and populations: whole patients. */
    | 'count'
    /** Patients served by one capacity step: a step of 0 patients would need infinitely many steps. */
    | 'step-size'
    /** Green's trust components, scored 1..10. */
    | 'trust'
    /** A decision domain's weight: no upper limit in the language. */
    | 'weight'
    | 'threshold';

export interface ValueRange {
    readonly min: number;
    /** Absent: no upper limit. */
    readonly max?: number;
    /** Whole units only (pence, patients). */
    readonly whole: boolean;
}

export const VALUE_LIMITS: Readonly<Record<ValueKind, ValueRange>> = {
    money: { min: 0, max: MAX_AMOUNT, whole: true },
    total: { min: 0, max: MAX_TOTAL, whole: true },
    percent: { min: 0, max: 1, whole: false },
    count: { min: 0, max: MAX_COUNT, whole: true },
    'step-size': { min: 1, max: MAX_COUNT, whole: true },
    trust: { min: 1, max: 10, whole: false },
    weight: { min: 0, whole: false },
    threshold: { min: 0, whole: false }
};

/** True when `value` is inside the range of `kind` (and whole where it must be). */
export function withinLimits(kind: ValueKind, value: number): boolean {
    const range = VALUE_LIMITS[kind];
    return value >= range.min && (range.max === undefined || value <= range.max) && (!range.whole || Number.isInteger(value));
}
