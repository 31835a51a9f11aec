import { analyseSensitivity } from '@autonomy/analysis';
import type { CancellationToken } from 'vscode-languageserver';
import type { SensitivityParams, SensitivityResponse } from '../shared/sensitivity-protocol.js';
import { validatedModel } from './document-access.js';
import { type ModelRequestContext, todayOf } from './request-context.js';

export interface SensitivityRequestContext extends ModelRequestContext {
    /** Asks the client to fetch inlay hints again, so fragile marks appear. */
    refreshHints?: () => void;
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
        const document = report.buildSensitivityDocument({ analysis, sensitivity, date: todayOf(context), sourceFile: file });
        return { text: await report.renderHtml(document, { theme: params.theme ?? 'light' }) };
    } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}

