import type { AnalysisResult } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import { DocumentState, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/** What the editor features need from the analysis service (services.analysis.AnalysisProvider). */
export interface DocumentAnalysisSource {
    getAnalysis(document: LangiumDocument): { model: DomainModel; result: AnalysisResult } | undefined;
    /** The analysis with sharing rules, the deal and voting power, computed on request. */
    getDecisionSupport?(document: LangiumDocument): { model: DomainModel; result: AnalysisResult } | undefined;
}

export type AnalysisLookup =
    | { status: 'ready'; model: DomainModel; result: AnalysisResult }
    /** The document changed and has not been checked yet: figures would be stale or would make the request wait. */
    | { status: 'pending'; message: string }
    | { status: 'unavailable'; message: string };

export const PENDING_MESSAGE = 'analysis pending: figures appear once the model has been checked';

/**
 * The analysis figures for a document, without ever making an editor request
 * wait for them. Hovers and inlay hints run as soon as a document is linked;
 * the analysis belongs to the validation phase (cached per workspace state,
 * bounded in time), so until the document is validated the answer is
 * "pending" rather than a computation on the request's path.
 */
export function lookupAnalysis(services: object, document: LangiumDocument, cancelToken?: CancellationToken): AnalysisLookup {
    const provider = analysisSourceOf(services);
    if (!provider) {
        return { status: 'unavailable', message: 'analysis unavailable in this editor session' };
    }
    if (document.state < DocumentState.Validated || cancelToken?.isCancellationRequested) {
        return { status: 'pending', message: PENDING_MESSAGE };
    }
    const analysis = provider.getAnalysis(document);
    if (!analysis) {
        const hasErrors = (document.diagnostics ?? []).some(d => d.severity === 1);
        return {
            status: 'unavailable',
            message: hasErrors
                ? 'analysis unavailable: fix the errors in the model and the figures return'
                : 'analysis unavailable: the model is too large to analyse while typing; `autonomy analyse <file>` computes every figure'
        };
    }
    return { status: 'ready', ...analysis };
}

function analysisSourceOf(services: object): DocumentAnalysisSource | undefined {
    const analysis = (services as { analysis?: { AnalysisProvider?: DocumentAnalysisSource } }).analysis;
    return analysis?.AnalysisProvider;
}

/** Decision support for a hover, once the document's ordinary analysis is ready; undefined when it cannot be had. */
export function lookupDecisionSupport(services: object, document: LangiumDocument): AnalysisResult | undefined {
    return analysisSourceOf(services)?.getDecisionSupport?.(document)?.result;
}
