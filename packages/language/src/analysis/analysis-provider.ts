import { type AnalysisOptions, type AnalysisResult, InitiativeCache, PRACTICE_RISK_FIELDS, analyse, figuresInTurn, updatePracticeRisks } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import { type LangiumDocument, WorkspaceCache } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import type { DomainModelBuilder } from '../domain-model/build-domain-model.js';
import { IdleWork } from './idle-work.js';
import { practiceRiskChanges } from './same-analysis-input.js';

/**
 * Largest initiative whose fair shares the editor computes exactly (2^12
 * coalitions); larger ones use the seeded Monte Carlo estimate, so no model
 * makes typing wait on exponential work. The CLI and reports use the full limit.
 */
export const EDITOR_EXACT_LIMIT = 12;

/**
 * Monte Carlo orderings per large initiative in the editor: a fifth of the
 * analysis default, so a 2,000-practice model analyses in well under a
 * second; the standard error shown beside each estimate says what that costs.
 */
export const EDITOR_SAMPLES = 1_000;

/** Wall-clock budget for one analysis in the editor; past it the analysis is abandoned. */
export const EDITOR_TIME_BUDGET_MS = 2_000;

/**
 * Largest initiative whose stable split (least-core and nucleolus LPs) the
 * editor computes. No diagnostic, hover or hint needs it, and on a 5,000-line
 * model it was 84% of the analysis on every keystroke (docs/performance.md);
 * reports and the CLI compute it in full.
 */
export const EDITOR_STABLE_SPLIT_LIMIT = 8;

export interface AnalysisProviderOptions {
    /** Largest initiative analysed exactly (default EDITOR_EXACT_LIMIT). */
    exactLimit?: number;
    /** Monte Carlo orderings above the exact limit; undefined for the analysis default (default EDITOR_SAMPLES). */
    samples?: number;
    /** Wall-clock budget per analysis in ms; undefined for none (default EDITOR_TIME_BUDGET_MS). */
    timeBudgetMs?: number;
    /** Largest initiative given a stable split; undefined for the analysis default (default EDITOR_STABLE_SPLIT_LIMIT). */
    stableSplitLimit?: number;
    /** Compute the stable split only where a finding quotes it (default true in the editor; see AnalysisOptions). */
    stableSplitForFindingsOnly?: boolean;
}

export interface DocumentAnalysis {
    model: DomainModel;
    result: AnalysisResult;
}

/**
 * The analysis of a document (with the files it imports), computed once per
 * workspace state and shared by diagnostics, hovers and code lenses.
 */
export class AnalysisProvider {
    private readonly builder: DomainModelBuilder;
    private readonly cache: WorkspaceCache<string, { value?: DocumentAnalysis; failure?: string }>;
    /** Decision support (sharing rules, the deal, voting power), computed only when a hover or preview asks. */
    private readonly decisionCache: WorkspaceCache<string, { value?: DocumentAnalysis; failure?: string }>;
    /**
     * Kept across workspace changes: a keystroke changes at most the initiative
     * it is in, so every other initiative's figures (and LPs) are reused.
     */
    private readonly initiatives = new InitiativeCache();
    /**
     * The last analysis of each document, kept across workspace changes. The
     * analysis reads nothing of a model's source locations, so when a new
     * model differs from the last one only in those (a keystroke in
     * whitespace or a comment) its result is the last one's, reused as is;
     * when it differs only in practices' crisis risks or gaps, which feed
     * nothing but those practices' own figures, only those are computed again
     * (updatePracticeRisks).
     */
    private readonly lastAnalysis = new Map<string, DocumentAnalysis>();
    /**
     * When an analysis runs past its budget (the first build of a large model, on a busy machine),
     * its figures are finished in idle time, and then the analysis itself, kept as the last one:
     * the next keystroke then costs what it would have had the budget sufficed, instead of also
     * computing what the first build left undone. The diagnostics of the abandoned build stay as they are.
     */
    private readonly idle: IdleWork;
    private options: AnalysisProviderOptions = {
        exactLimit: EDITOR_EXACT_LIMIT, samples: EDITOR_SAMPLES, timeBudgetMs: EDITOR_TIME_BUDGET_MS,
        stableSplitLimit: EDITOR_STABLE_SPLIT_LIMIT, stableSplitForFindingsOnly: true
    };

    constructor(services: AutonomyServices) {
        this.builder = services.model.DomainModelBuilder;
        // Evicted on any workspace change: an edit to an imported file changes this analysis too.
        this.cache = new WorkspaceCache(services.shared);
        this.decisionCache = new WorkspaceCache(services.shared);
        this.idle = new IdleWork(services.shared);
        services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                this.lastAnalysis.delete(uri.toString());
            }
        });
    }

    /**
     * Batch tools (the CLI) may lift the editor's limits, e.g.
     * `configure({ exactLimit: 20, samples: undefined, timeBudgetMs: undefined })`. Clears cached analyses.
     */
    configure(options: AnalysisProviderOptions): void {
        this.options = { ...options };
        this.cache.clear();
        this.decisionCache.clear();
        this.initiatives.clear();
        this.lastAnalysis.clear();
        this.idle.cancel();
    }

    /** Resolves once the work left for idle time is done (at once when there is none): benchmarks wait for it before typing. */
    idleWorkDone(): Promise<void> {
        return this.idle.settled();
    }

    /** Undefined when the document cannot be analysed (never throws). */
    getAnalysis(document: LangiumDocument): DocumentAnalysis | undefined {
        return this.entry(document).value;
    }

    /**
     * The analysis with decision support (DOMAIN.md items 14, 15, 18): on demand
     * only (a hover, the preview), never on the keystroke path. The stable split
     * is computed up to the exact limit, so the nucleolus and the deal cover
     * every initiative analysed exactly; the time budget still applies.
     */
    getDecisionSupport(document: LangiumDocument): DocumentAnalysis | undefined {
        return this.decisionCache.get(document.uri.toString(), () => {
            const budget = this.options.timeBudgetMs;
            const deadline = budget === undefined ? Infinity : Date.now() + budget;
            try {
                const model = this.builder.build(document);
                const result = analyse(model, {
                    exactLimit: this.options.exactLimit,
                    samples: this.options.samples,
                    decisionSupport: true,
                    isCancelled: () => Date.now() > deadline
                });
                return { value: { model, result } };
            } catch (error) {
                return { failure: error instanceof Error ? error.message : String(error) };
            }
        }).value;
    }

    /** Why there is no analysis of the document (over the time budget, or an analysis error), if there is none. */
    getFailure(document: LangiumDocument): string | undefined {
        return this.entry(document).failure;
    }

    private entry(document: LangiumDocument): { value?: DocumentAnalysis; failure?: string } {
        return this.cache.get(document.uri.toString(), () => this.compute(document));
    }

    private compute(document: LangiumDocument): { value?: DocumentAnalysis; failure?: string } {
        const budget = this.options.timeBudgetMs;
        const key = document.uri.toString();
        try {
            const model = this.builder.build(document);
            const last = this.lastAnalysis.get(key);
            const changed = last && practiceRiskChanges(last.model, model, PRACTICE_RISK_FIELDS);
            if (last && changed) {
                // The same figures and findings but for the changed practices' own; the new model
                // carries the new source locations.
                const result = changed.length === 0 ? last.result : updatePracticeRisks(last.result, model, changed);
                if (result) {
                    this.lastAnalysis.set(key, { model, result });
                    return { value: { model, result } };
                }
            }
            this.lastAnalysis.delete(key);
            try {
                return { value: this.analyseWithin(key, model, budget) };
            } catch (error) {
                if (error instanceof Error && error.name === 'AnalysisCancelledError') {
                    // The analysis after the figures has no budget: what is left is linear in the model (outcomes,
                    // findings), and a keystroke arriving meanwhile would otherwise do the same work itself.
                    this.idle.schedule(document, figuresInTurn(model, this.analysisOptions(() => false)), () => this.analyseWithin(key, model, undefined));
                }
                throw error;
            }
        } catch (error) {
            // Validation and hovers go on without figures; the diagnostics say why.
            if (error instanceof Error && error.name === 'AnalysisCancelledError') {
                return { failure: `it took longer than the editor's budget of ${budget} ms` };
            }
            return { failure: `it failed (${error instanceof Error ? error.message : String(error)})` };
        }
    }

    /** The analysis of `model` within `budget` ms (throws AnalysisCancelledError past it), kept as the document's last. */
    private analyseWithin(key: string, model: DomainModel, budget: number | undefined): DocumentAnalysis {
        const deadline = budget === undefined ? Infinity : Date.now() + budget;
        const result = analyse(model, this.analysisOptions(() => Date.now() > deadline));
        this.lastAnalysis.set(key, { model, result });
        return { model, result };
    }

    private analysisOptions(isCancelled: () => boolean): AnalysisOptions & { initiativeCache: InitiativeCache } {
        return {
            exactLimit: this.options.exactLimit,
            samples: this.options.samples,
            stableSplitLimit: this.options.stableSplitLimit,
            stableSplitForFindingsOnly: this.options.stableSplitForFindingsOnly,
            initiativeCache: this.initiatives,
            isCancelled
        };
    }
}
