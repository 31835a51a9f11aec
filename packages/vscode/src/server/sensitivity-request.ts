import { analyseSensitivity } from '@autonomy/analysis';
import type { AutonomyServices } from '@autonomy/language';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { SensitivityParams, SensitivityResponse } from '../shared/sensitivity-protocol.js';
import { validatedModel } from './document-access.js';

type ReportModule = typeof import('@autonomy/report');

export interface SensitivityRequestContext {
    shared: LangiumSharedServices;
    services: AutonomyServices;
    loadReport: () => Promise<ReportModule>;
    /** Asks the client to fetch inlay hints again, so fragile marks appear. */
    refreshHints?: () => void;
    today?: () => string;
}

/**
 * Answers `autonomy/sensitivity`: on demand, never on the keystroke path.
 * The full analysis (as the CLI runs it), cancelled when the client cancels
 * the request; the result is kept for hovers and inlay hints.
 */
export async function handleSensitivityRequest(
    context: SensitivityRequestContext, params: SensitivityParams, cancelToken?: CancellationToken
): Promise<SensitivityResponse> {
    try {
        const { model, analysis } = await validatedModel(context.shared, context.services, params.uri, cancelToken, 'export');
        const sensitivity = analyseSensitivity(model, { isCancelled: () => cancelToken?.isCancellationRequested === true });
        context.services.analysis.SensitivityStore.set(params.uri, model, sensitivity);
        context.refreshHints?.();
        const report = await context.loadReport();
        const file = params.uri.split('/').pop();
        const document = report.buildSensitivityDocument({ analysis, sensitivity, date: (context.today ?? isoToday)(), sourceFile: file });
        return { text: await report.renderHtml(document, { theme: params.theme ?? 'light' }) };
    } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}

function isoToday(): string {
    return new Date().toISOString().slice(0, 10);
}
