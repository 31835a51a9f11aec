import type { AutonomyServices } from '@autonomy/language';
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { ReportParams, ReportResult } from '../shared/protocol.js';
import { validatedModel } from './document-access.js';
import { applySeverityOverrides, type SeverityOverride } from './severity-overrides.js';

type ReportModule = typeof import('@autonomy/report');
type ReportDiagnostic = Parameters<ReportModule['buildReport']>[0]['diagnostics'][number];

const SEVERITY_NAMES: Record<number, ReportDiagnostic['severity']> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export interface ReportRequestContext {
    shared: LangiumSharedServices;
    services: AutonomyServices;
    /** The severity overrides the editor shows, so the report lists the same problems. */
    severity: () => ReadonlyMap<string, SeverityOverride>;
    /** Loaded on first use: the report renderer (and pdfmake) is large. */
    loadReport: () => Promise<ReportModule>;
    /** Today's date for the cover (YYYY-MM-DD); injectable so tests are deterministic. */
    today?: () => string;
    /** The formulas page the appendix quotes (the bundle cannot reach docs/). */
    formulas?: () => string | undefined;
}

/** Answers `autonomy/report`: the briefing built from the server's own view of the model. */
export async function handleReportRequest(
    context: ReportRequestContext, params: ReportParams, cancelToken?: CancellationToken
): Promise<ReportResult> {
    try {
        const purpose = params.purpose ?? 'export';
        const { document, model, analysis } = await validatedModel(context.shared, context.services, params.uri, cancelToken, purpose);
        const report = await context.loadReport();
        const doc = report.buildReport({
            model,
            analysis,
            diagnostics: reportDiagnostics(document, applySeverityOverrides(document.diagnostics ?? [], context.severity())),
            date: (context.today ?? isoToday)(),
            sourceFile: document.uri.path.split('/').pop(),
            formulas: context.formulas?.(),
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
            default:
                return { error: `Unknown report format "${String(params.format)}"; use html, markdown, json or pdf.` };
        }
    } catch (error) {
        if (process.env['AUTONOMY_SERVER_DEBUG']) {
            console.error(error);
        }
        return { error: error instanceof Error ? error.message : String(error) };
    }
}

function isoToday(): string {
    return new Date().toISOString().slice(0, 10);
}

function reportDiagnostics(document: LangiumDocument, diagnostics: readonly Diagnostic[]): ReportDiagnostic[] {
    // The full URI: the report shows the file name and links the row back to the source.
    const file = document.uri.toString();
    return diagnostics.map(d => ({
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        severity: SEVERITY_NAMES[d.severity ?? 1] ?? 'error',
        code: d.code === undefined ? '' : String(d.code),
        message: typeof d.message === 'string' ? d.message : d.message.value
    }));
}
