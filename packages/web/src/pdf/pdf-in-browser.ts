import type { ReportDocument } from '@autonomy/report';

/**
 * The web build's stand-in for packages/report's render/pdf.js (scripts/build.mjs swaps it in):
 * the same renderer, fetched the first time a PDF is asked for, because pdfmake and the
 * DejaVu fonts are most of the web edition's weight and the editor does not need them to start.
 */
export async function renderPdf(doc: ReportDocument): Promise<Uint8Array> {
    const renderer = await import('../../../report/dist/render/pdf.js');
    return renderer.renderPdf(doc);
}
