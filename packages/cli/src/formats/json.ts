import type { FileReport, Tally } from '../diagnostics.js';

/** Version of the JSON below; bump it when a field changes meaning or goes away. */
export const VALIDATE_JSON_VERSION = 1;

/** For other tools: every file checked, with its diagnostics (1-based positions), and the totals. */
export function formatJson(reports: FileReport[], counts: Tally): string {
    const files = reports.map(report => ({
        file: report.file,
        diagnostics: report.diagnostics.map(d => ({
            line: d.line,
            column: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn,
            severity: d.severity,
            code: d.code,
            message: d.message
        }))
    }));
    return JSON.stringify({ version: VALIDATE_JSON_VERSION, summary: counts, files }, null, 2) + '\n';
}
