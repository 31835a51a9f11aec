import type { ReportDocument } from '@autonomy/report';

/** The web build's stand-in for packages/report's PDF renderer: pdfmake and its fonts are over 1 MB, not part of the first cut. */
export function renderPdf(_doc: ReportDocument): Promise<Uint8Array> {
    return Promise.reject(new Error('The web edition does not make PDFs yet: use `autonomy report --format pdf` on the command line.'));
}
