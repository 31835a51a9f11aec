/** A diagnostic as a report lists it: where (1-based line and column), how bad, and what. */
export interface ReportDiagnostic {
    file: string;
    /** 1-based */
    line: number;
    /** 1-based */
    column: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
}

const SEVERITY_ORDER: Record<ReportDiagnostic['severity'], number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** Errors first, then by file and position, so the list reads in order of urgency. */
export function sortDiagnostics(diagnostics: readonly ReportDiagnostic[]): ReportDiagnostic[] {
    return [...diagnostics].sort((a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
        || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
