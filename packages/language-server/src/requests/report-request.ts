import { plainDiagnostic } from '@autonomy/language';
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { defineCustomRequest } from '../custom-requests.js';
import { validatedModel } from '../document-access.js';
import { ReportRequest, type ReportResult } from '../protocol.js';
import type { ReportModule } from '../report-sources.js';
import { failure, reportParams } from './request-params.js';

type ReportDiagnostic = Parameters<ReportModule['buildReport']>[0]['diagnostics'][number];

/**
 * Answers `autonomy/report`: the briefing built from the server's own view of
 * the model, listing the problems as the editor shows them (the user's
 * severity overrides are already applied to the document's diagnostics).
 */
export const reportRequest = defineCustomRequest(ReportRequest, reportParams, async (services, params, cancelToken): Promise<ReportResult> => {
    try {
        const sources = services.server.ReportSources;
        const { document, model, analysis } = await validatedModel(services.shared, services, params.uri, cancelToken, params.purpose ?? 'export');
        const report = await sources.loadReport();
        const doc = report.buildReport({
            model,
            analysis,
            diagnostics: reportDiagnostics(document, document.diagnostics ?? []),
            date: params.date ?? sources.today(),
            sourceFile: document.uri.path.split('/').pop(),
            formulas: sources.formulas(),
            edition: params.edition ?? 'analyst'
        });
        switch (params.format) {
            case 'html':
                return { text: await report.renderHtml(doc, { theme: params.theme ?? 'light', sourceLinks: true }) };
            case 'markdown':
                return { text: report.renderMarkdown(doc) };
            case 'json':
                return { text: report.renderJson(doc) };
            case 'pdf':
                return { data: Buffer.from(await report.renderPdf(doc)).toString('base64') };
            case 'charts':
                return { charts: report.chartFiles(doc).map(c => ({ name: c.name, svg: c.svg })) };
        }
    } catch (error) {
        return failure(error);
    }
});

function reportDiagnostics(document: LangiumDocument, diagnostics: readonly Diagnostic[]): ReportDiagnostic[] {
    // The full URI: the report shows the file name and links the row back to the source.
    const file = document.uri.toString();
    return diagnostics.map(d => plainDiagnostic(d, file));
}
