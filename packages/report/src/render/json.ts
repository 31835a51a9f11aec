import type { ReportDocument } from '../document.js';

/**
 * The report for other tools: the document structure (formatted text, chart
 * data) alongside the raw analysis figures and diagnostics it was built from.
 */
export function renderJson(doc: ReportDocument): string {
    return JSON.stringify(doc, null, 2) + '\n';
}
