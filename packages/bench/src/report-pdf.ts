/**
 * Renders the PDF briefing for a benchmark model, bounded in time: a report
 * that takes minutes is a finding to print, not a reason to stall the run.
 */
import type { LangiumDocument } from 'langium';
import type { AutonomyServices } from '@autonomy/language';

export interface PdfFigures {
    pdfMs?: number;
    pdfBytes?: number;
    pdfNote?: string;
}

export async function renderReportPdf(
    report: Record<string, unknown>,
    services: { Autonomy: AutonomyServices },
    entry: LangiumDocument,
    analysis: unknown,
    timeoutMs: number
): Promise<PdfFigures> {
    const renderPdf = report.renderPdf as (...args: unknown[]) => unknown;
    const model = services.Autonomy.model.DomainModelBuilder.build(entry);
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
        });
        const output = await Promise.race([Promise.resolve(renderPdf(analysis, { model })), timeout]);
        const bytes = output instanceof Uint8Array ? output.byteLength : undefined;
        return { pdfMs: performance.now() - start, pdfBytes: bytes };
    } catch (error) {
        return { pdfNote: `renderPdf failed: ${(error as Error).message.split('\n')[0]}` };
    } finally {
        clearTimeout(timer);
    }
}
