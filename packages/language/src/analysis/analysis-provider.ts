import { type AnalysisResult, analyse } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import { type LangiumDocument, WorkspaceCache } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import type { DomainModelBuilder } from '../domain-model/build-domain-model.js';

/**
 * Largest initiative whose fair shares the editor computes exactly (2^12
 * coalitions); larger ones use the seeded Monte Carlo estimate, so no model
 * makes typing wait on exponential work. The CLI and reports use the full limit.
 */
export const EDITOR_EXACT_LIMIT = 12;

/** Wall-clock budget for one analysis in the editor; past it the analysis is abandoned. */
export const EDITOR_TIME_BUDGET_MS = 2_000;

export interface AnalysisProviderOptions {
    /** Largest initiative analysed exactly (default EDITOR_EXACT_LIMIT). */
    exactLimit?: number;
    /** Wall-clock budget per analysis in ms; undefined for none (default EDITOR_TIME_BUDGET_MS). */
    timeBudgetMs?: number;
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
    private readonly cache: WorkspaceCache<string, { value: DocumentAnalysis | undefined }>;
    private options: AnalysisProviderOptions = { exactLimit: EDITOR_EXACT_LIMIT, timeBudgetMs: EDITOR_TIME_BUDGET_MS };

    constructor(services: AutonomyServices) {
        this.builder = services.model.DomainModelBuilder;
        // Evicted on any workspace change: an edit to an imported file changes this analysis too.
        this.cache = new WorkspaceCache(services.shared);
    }

    /**
     * Batch tools (the CLI) may lift the editor's limits, e.g.
     * `configure({ exactLimit: 20, timeBudgetMs: undefined })`. Clears cached analyses.
     */
    configure(options: AnalysisProviderOptions): void {
        this.options = { ...options };
        this.cache.clear();
    }

    /** Undefined when the document cannot be analysed (never throws). */
    getAnalysis(document: LangiumDocument): DocumentAnalysis | undefined {
        return this.cache.get(document.uri.toString(), () => ({ value: this.compute(document) })).value;
    }

    private compute(document: LangiumDocument): DocumentAnalysis | undefined {
        try {
            const model = this.builder.build(document);
            const budget = this.options.timeBudgetMs;
            const deadline = budget === undefined ? Infinity : Date.now() + budget;
            const result = analyse(model, { exactLimit: this.options.exactLimit, isCancelled: () => Date.now() > deadline });
            return { model, result };
        } catch {
            // A half-typed model or an abandoned analysis: validation and hovers go on without figures.
            return undefined;
        }
    }
}
