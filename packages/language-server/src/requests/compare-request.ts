import { compareScenarios } from '@autonomy/analysis';
import { URI } from 'langium';
import { defineCustomRequest } from '../custom-requests.js';
import { validatedModel } from '../document-access.js';
import { CompareRequest, type CompareResult } from '../protocol.js';
import { compareParams, failure } from './request-params.js';

/**
 * Answers `autonomy/compare`: each scenario analysed in full (as the CLI
 * does), compared, and rendered as the comparison briefing. A scenario file
 * the server has not loaded (outside the workspace) is loaded and built first.
 */
export const compareRequest = defineCustomRequest(CompareRequest, compareParams, async (services, params, cancelToken): Promise<CompareResult> => {
    try {
        if (params.uris.length < 2) {
            return { error: 'Choose at least one scenario to compare with this model.' };
        }
        const shared = services.shared;
        const documents = shared.workspace.LangiumDocuments;
        const scenarios = [];
        for (const uri of params.uris) {
            const parsed = URI.parse(uri);
            if (!documents.hasDocument(parsed) && !shared.workspace.TextDocuments?.get(parsed.toString())) {
                const document = await documents.getOrCreateDocument(parsed);
                await shared.workspace.DocumentBuilder.build([document], { validation: true }, cancelToken);
            }
            const { analysis } = await validatedModel(shared, services, uri, cancelToken, 'export');
            const file = parsed.path.split('/').pop() ?? uri;
            scenarios.push({ name: file.replace(/\.autonomy$/, ''), file, result: analysis });
        }
        const sources = services.server.ReportSources;
        const report = await sources.loadReport();
        const document = report.buildComparisonDocument({ comparison: compareScenarios(scenarios), baseline: scenarios[0].result, date: sources.today() });
        return { text: await report.renderHtml(document, { theme: params.theme ?? 'light' }) };
    } catch (error) {
        return failure(error);
    }
});
