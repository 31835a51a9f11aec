/**
 * The sensitivity result (DOMAIN.md item 16): for each verdict, the inputs it
 * depends on and the values at which it flips; a tornado of each headline
 * figure. Plain JSON data, described by schema/sensitivity-result.schema.json.
 *
 * Input values are in the model's units: money in minor units (pence),
 * percentages as fractions (0.4 is 40%), list sizes in patients, weights and
 * trust in points.
 */
import type { TrustComponent } from './result.js';

export const SENSITIVITY_SCHEMA_VERSION = '1.0.0';

export type InputUnit = 'money' | 'percent' | 'count' | 'score';

/** Where an input is written in the model. */
export type InputRef =
    | { kind: 'domain-weight'; domain: string }
    /** The degree of the `cession`-th cession (zero-based, model order) of an initiative. */
    | { kind: 'degree'; initiative: string; cession: number; domain: string }
    | { kind: 'list-size'; practice: string }
    | { kind: 'current-cost'; initiative: string; practice: string }
    /** The amount (or the step size of a per-step term) of the `term`-th shared-cost term of an initiative. */
    | { kind: 'shared-cost'; initiative: string; term: number; field: 'amount' | 'step-size' }
    | { kind: 'crisis-risk'; practice: string }
    | { kind: 'gap'; practice: string }
    | { kind: 'trust'; practice: string; collective: string; component: TrustComponent }
    | { kind: 'trust-threshold' };

export interface SensitivityInput {
    /** Stable key, e.g. "current-cost:Hub:Ash". */
    id: string;
    ref: InputRef;
    /** What a partner would call it, e.g. "Ash Surgery's current cost of Document hub". */
    label: string;
    unit: InputUnit;
    /** Its value in the model. */
    value: number;
    /** The valid range searched. */
    min: number;
    max: number;
    /** The search's resolution: one penny, 0.1 percentage point (0.001), one patient, or 0.01 of a score. */
    step: number;
    /** Half the tornado's swing: a verdict flipping this close to the model's value is fragile. */
    fragileWithin: number;
}

export type VerdictRef =
    | { kind: 'paradox'; practice: string }
    | { kind: 'outcome'; initiative: string }
    | { kind: 'charged-core'; initiative: string };

/** 'better-ceding' | 'no-difference' | 'better-alone' (paradox), 'proceeds' | 'does-not-proceed', 'in-core' | 'outside-core'. */
export type VerdictValue = string;

export interface VerdictFlip {
    /** The input value at which the verdict first differs, searching away from the model's value. */
    value: number;
    /** The verdict there. */
    becomes: VerdictValue;
    becomesLabel: string;
    /** True when |value - model value| <= the input's fragileWithin. */
    withinFragileBand: boolean;
}

export interface InputBreakEven {
    input: string;
    /**
     * Present when the pair was not searched, saying why: the verdict rests on
     * fair shares estimated by Monte Carlo (above the exact limit), where a
     * break-even to the penny would be a property of the sample, not of the
     * model, and each re-analysis costs a full estimate. down and up are then null.
     */
    notSearched?: string;
    /** The nearest flip below the model's value; null: does not flip in range. */
    down: VerdictFlip | null;
    /** The nearest flip above the model's value; null: does not flip in range. */
    up: VerdictFlip | null;
}

export interface VerdictSensitivity {
    id: string;
    ref: VerdictRef;
    /** e.g. "Ash Surgery's paradox verdict". */
    subject: string;
    verdict: VerdictValue;
    /**
     * The verdict in words; for a predicted outcome that estimates within two standard errors of zero could change, or a
     * paradox verdict that two standard errors of the estimated benefit could (paradoxVerdictUncertain), it says so.
     */
    verdictLabel: string;
    /** True when some searched input flips it within its fragile band. */
    fragile: boolean;
    /** How many of its inputs were not searched (see InputBreakEven.notSearched). */
    notSearched: number;
    /** Every input the verdict depends on, flips nearest first. */
    breakEvens: InputBreakEven[];
}

export interface TornadoBar {
    input: string;
    /** The input values tried (-20% and +20%, or -10 and +10 points, clamped to the range). */
    lowInput: number;
    highInput: number;
    /** The headline figure at each. */
    atLow: number;
    atHigh: number;
    /** |atHigh - atLow| */
    swing: number;
}

export interface Tornado {
    /** A practice's E_collective - E_alone, or an initiative's net saving (minor units). */
    figure: 'expected-autonomy-gain' | 'net-saving';
    subject: { kind: 'practice' | 'initiative'; id: string; title: string };
    base: number;
    /** Largest swing first; inputs that do not move the figure are left out. */
    bars: TornadoBar[];
}

export interface SensitivityResult {
    schemaVersion: string;
    title: string;
    currency: string;
    inputs: SensitivityInput[];
    verdicts: VerdictSensitivity[];
    tornadoes: Tornado[];
    /** How many perturbed models were evaluated. */
    evaluations: number;
}

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
    'proceeds': 'proceeds',
    'does-not-proceed': 'does not proceed',
    'in-core': 'charged split in the core',
    'outside-core': 'charged split outside the core'
};
