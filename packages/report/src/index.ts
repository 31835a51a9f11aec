export { buildReport, type ReportInput } from './build-report.js';
export type { ReportDiagnostic } from './diagnostics.js';
export * from './document.js';
export { renderHtml, type HtmlOptions } from './render/html.js';
export { renderJson } from './render/json.js';
export { renderMarkdown } from './render/markdown.js';
export { renderPdf } from './render/pdf.js';
export { chartSvg } from './charts/chart-svg.js';
export { formulasPath } from './sections/appendix.js';
