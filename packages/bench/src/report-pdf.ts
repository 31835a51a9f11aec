/**
 * Renders the PDF briefing for a benchmark model, bounded in time: a report
 * that takes minutes is a finding to print, not a reason to stall the run.
 */
import type { LangiumDocument } from 'langium';
import type { AnalysisResult } from '@autonomy/analysis';
import { plainDiagnostic, type AutonomyServices } from '@autonomy/language';
import { buildReport, renderPdf } from '@autonomy/report';

export interface PdfFigures {
    pdfMs?: number;
    pdfBytes?: number;
    pdfNote?: string;
}

export async function renderReportPdf(
    services: { Autonomy: AutonomyServices },
    entry: LangiumDocument,
    documents: readonly LangiumDocument[],
    analysis: AnalysisResult,
    timeoutMs: number
): Promise<PdfFigures> {
    const model = services.Autonomy.model.DomainModelBuilder.build(entry);
    const diagnostics = documents.flatMap(doc => (doc.diagnostics ?? []).map(d => plainDiagnostic(d, doc.uri.path)));
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
        });
        const output = await Promise.race([Promise.resolve().then(() => renderPdf(buildReport({ model, analysis, diagnostics, date: '2026-01-01' }))), timeout]);
        return { pdfMs: performance.now() - start, pdfBytes: output.byteLength };
    } catch (error) {
        return { pdfNote: `renderPdf failed: ${(error as Error).message.split('\n')[0]}` };
    } finally {
        clearTimeout(timer);
    }
}
