import { compareScenarios } from '@autonomy/analysis';
import { URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { CompareParams, CompareResult } from '../shared/compare-protocol.js';
import { validatedModel } from './document-access.js';
import { type ModelRequestContext, todayOf } from './request-context.js';


/**
 * Answers `autonomy/compare`: each scenario analysed in full (as the CLI
 * does), compared, and rendered as the comparison briefing. A scenario file
 * the server has not loaded (outside the workspace) is loaded and built first.
 */
export async function handleCompareRequest(context: ModelRequestContext, params: CompareParams, cancelToken?: CancellationToken): Promise<CompareResult> {
    try {
        if (params.uris.length < 2) {
            return { error: 'Choose at least one scenario to compare with this model.' };
        }
        const documents = context.shared.workspace.LangiumDocuments;
        const scenarios = [];
        for (const uri of params.uris) {
            const parsed = URI.parse(uri);
            if (!documents.hasDocument(parsed) && !context.shared.workspace.TextDocuments?.get(parsed.toString())) {
                const document = await documents.getOrCreateDocument(parsed);
                await context.shared.workspace.DocumentBuilder.build([document], { validation: true }, cancelToken);
            }
            const { analysis } = await validatedModel(context.shared, context.services, uri, cancelToken, 'export');
            const file = parsed.path.split('/').pop() ?? uri;
            scenarios.push({ name: file.replace(/\.autonomy$/, ''), file, result: analysis });
        }
        const report = await context.loadReport();
        const document = report.buildComparisonDocument({ comparison: compareScenarios(scenarios), baseline: scenarios[0].result, date: todayOf(context) });
        return { text: await report.renderHtml(document, { theme: params.theme ?? 'light' }) };
    } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
}

