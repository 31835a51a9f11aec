/**
 * Renders the PDF briefing for a benchmark model, bounded in time: a report
 * that takes minutes is a finding to print, not a reason to stall the run.
 */
import type { LangiumDocument } from 'langium';
import { plainDiagnostic, type AutonomyServices } from '@autonomy/language';

export interface PdfFigures {
    pdfMs?: number;
    pdfBytes?: number;
    pdfNote?: string;
}


export async function renderReportPdf(
    report: Record<string, unknown>,
    services: { Autonomy: AutonomyServices },
    entry: LangiumDocument,
    documents: readonly LangiumDocument[],
    analysis: unknown,
    timeoutMs: number
): Promise<PdfFigures> {
    const renderPdf = report.renderPdf as (doc: unknown) => Promise<unknown>;
    const buildReport = report.buildReport as ((input: Record<string, unknown>) => unknown) | undefined;
    if (!buildReport) {
        return { pdfNote: '@autonomy/report does not export buildReport()' };
    }
    const model = services.Autonomy.model.DomainModelBuilder.build(entry);
    const diagnostics = documents.flatMap(doc => (doc.diagnostics ?? []).map(d => plainDiagnostic(d, doc.uri.path)));
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
        });
        const output = await Promise.race([Promise.resolve().then(() => renderPdf(buildReport({ model, analysis, diagnostics, date: '2026-01-01' }))), timeout]);
        const bytes = output instanceof Uint8Array ? output.byteLength : undefined;
        return { pdfMs: performance.now() - start, pdfBytes: bytes };
    } catch (error) {
        return { pdfNote: `renderPdf failed: ${(error as Error).message.split('\n')[0]}` };
    } finally {
        clearTimeout(timer);
    }
}
