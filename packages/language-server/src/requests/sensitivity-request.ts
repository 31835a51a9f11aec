import { analyseSensitivity } from '@autonomy/analysis';
import { defineCustomRequest } from '../custom-requests.js';
import { validatedModel } from '../document-access.js';
import { SensitivityRequest, type SensitivityResponse } from '../protocol.js';
import { failure, sensitivityParams } from './request-params.js';

/**
 * Answers `autonomy/sensitivity`: on demand, never on the keystroke path. The
 * full analysis (as the CLI runs it), cancelled when the client cancels the
 * request; the result is kept for hovers and inlay hints, which the client is
 * asked to fetch again so fragile marks appear.
 */
export const sensitivityRequest = defineCustomRequest(SensitivityRequest, sensitivityParams, async (services, params, cancelToken): Promise<SensitivityResponse> => {
    try {
        const { model, analysis } = await validatedModel(services.shared, services, params.uri, cancelToken, 'export');
        const sensitivity = analyseSensitivity(model, { isCancelled: () => cancelToken.isCancellationRequested });
        services.analysis.SensitivityStore.set(params.uri, model, sensitivity);
        void services.shared.lsp.Connection?.languages.inlayHint.refresh().catch(() => undefined);
        const sources = services.server.ReportSources;
        const report = await sources.loadReport();
        const document = report.buildSensitivityDocument({ analysis, sensitivity, date: sources.today(), sourceFile: params.uri.split('/').pop() });
        return { text: await report.renderHtml(document, { theme: params.theme ?? 'light' }) };
    } catch (error) {
        return failure(error);
    }
});
