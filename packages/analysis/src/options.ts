import type { InitiativeCache } from './initiative-cache.js';

/** What a caller may tune. Every field is optional; the defaults are documented in docs/formulas.md. */
export interface AnalysisOptions {
    /** Largest number of participants for which Shapley values are exact (default 20, capped at 22). */
    exactLimit?: number;
    /** Monte Carlo permutations above the exact limit (default: bounded by participant count, see formulas.md). */
    samples?: number;
    /** Seed of the Monte Carlo generator (default 20240601). */
    seed?: number;
    /**
     * Largest number of participants for which the stable split (least core /
     * nucleolus LPs) and core emptiness are computed (default: the exact limit).
     * The editor lowers it: no diagnostic needs the LPs, and they dominate the
     * analysis of large initiatives.
     */
    stableSplitLimit?: number;
    /**
     * When true, the stable split is computed only for initiatives whose
     * findings quote it (a charged split outside the core while the fair split
     * is not stable either, and the core is not empty); every other initiative
     * reports it as not computed, as above the limit. The findings are the
     * same as with it computed everywhere. The editor sets it: the LPs were 41% of its CPU per keystroke
     * (docs/performance.md).
     */
    stableSplitForFindingsOnly?: boolean;
    /**
     * Initiative figures remembered from earlier analyses (the editor keeps one
     * across edits). The result is the same with or without it.
     */
    initiativeCache?: InitiativeCache;
    /**
     * DOMAIN.md items 14, 15 and 18: sharing rules side by side, the deal and
     * voting power. Off by default: the CLI, the report and the editor's hover
     * ask for it; the per-keystroke analysis does not (docs/formulas.md).
     */
    decisionSupport?: boolean;
    /** Polled during long loops; when it returns true the analysis stops with AnalysisCancelledError. */
    isCancelled?: () => boolean;
}

export interface ResolvedOptions {
    exactLimit: number;
    samples: number | undefined;
    seed: number;
    stableSplitLimit: number;
    stableSplitForFindingsOnly: boolean;
    initiativeCache: InitiativeCache | undefined;
    decisionSupport: boolean;
    isCancelled: () => boolean;
}

export const DEFAULT_EXACT_LIMIT = 20;
/** 2^22 coalitions is the most the engine holds in memory at once (32 MB of values). */
export const MAX_EXACT_LIMIT = 22;
export const DEFAULT_SEED = 20240601;
/** Monte Carlo work budget: permutations x participants, so 10,000 participants stay bounded. */
export const MONTE_CARLO_BUDGET = 4_000_000;
export const MIN_SAMPLES = 100;
export const MAX_DEFAULT_SAMPLES = 5_000;

/** Thrown when `isCancelled` reports true: the caller asked to stop, so there is no result to return. */
export class AnalysisCancelledError extends Error {
    constructor() {
        super('Analysis cancelled');
        this.name = 'AnalysisCancelledError';
    }
}

export function resolveOptions(options: AnalysisOptions = {}): ResolvedOptions {
    const limit = finiteOr(options.exactLimit, DEFAULT_EXACT_LIMIT);
    const samples = options.samples === undefined ? undefined : Math.max(1, Math.min(1_000_000, Math.floor(finiteOr(options.samples, MIN_SAMPLES))));
    const seed = Math.floor(finiteOr(options.seed, DEFAULT_SEED)) >>> 0;
    const exactLimit = Math.max(0, Math.min(MAX_EXACT_LIMIT, Math.floor(limit)));
    return {
        exactLimit,
        samples,
        seed,
        stableSplitLimit: Math.max(0, Math.floor(finiteOr(options.stableSplitLimit, exactLimit))),
        stableSplitForFindingsOnly: options.stableSplitForFindingsOnly === true,
        initiativeCache: options.initiativeCache,
        decisionSupport: options.decisionSupport === true,
        isCancelled: options.isCancelled ?? (() => false)
    };
}

/** Default permutations for n participants: as many as the budget allows, within [MIN_SAMPLES, MAX_DEFAULT_SAMPLES]. */
export function defaultSamples(n: number): number {
    return Math.max(MIN_SAMPLES, Math.min(MAX_DEFAULT_SAMPLES, Math.floor(MONTE_CARLO_BUDGET / Math.max(1, n))));
}

export function checkCancelled(options: ResolvedOptions): void {
    if (options.isCancelled()) {
        throw new AnalysisCancelledError();
    }
}

function finiteOr(x: number | undefined, fallback: number): number {
    return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}
