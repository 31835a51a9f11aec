/**
 * The report's output formats under one name each, for the CLI, the editor
 * protocol and the docs alike.
 */
export const REPORT_FORMATS = ['pdf', 'html', 'markdown', 'json'] as const;
export type ReportFormat = typeof REPORT_FORMATS[number];

/** Other names people type for a format: `md` is what the file extension taught them. */
const ALIASES: Readonly<Record<string, ReportFormat>> = { md: 'markdown' };

export const REPORT_FILE_EXTENSIONS: Readonly<Record<ReportFormat, string>> = { pdf: 'pdf', html: 'html', markdown: 'md', json: 'json' };

/** The format a typed name means (its own name or an alias), or undefined. */
export function reportFormatNamed(name: string): ReportFormat | undefined {
    return (REPORT_FORMATS as readonly string[]).includes(name) ? name as ReportFormat : ALIASES[name];
}
