import type { Diagnostic } from 'vscode-languageserver';

/**
 * An LSP diagnostic in the plain terms every output uses (CLI, SARIF, reports,
 * benchmarks, tests): a severity name, a code, a text message and a 1-based
 * position. The one place that reads LSP's numeric severities and its
 * string-or-markup messages.
 */
export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export interface PlainDiagnostic {
    file: string;
    /** 1-based */
    line: number;
    /** 1-based */
    column: number;
    /** 1-based */
    endLine: number;
    /** 1-based */
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

const SEVERITY_NAMES: Readonly<Record<number, SeverityName>> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** LSP treats a diagnostic without a severity as an error; so do we. */
export function severityName(severity: number | undefined): SeverityName {
    return SEVERITY_NAMES[severity ?? 1] ?? 'error';
}

/** The message as text: LSP 3.18 allows markup, whose text is its value. */
export function diagnosticMessage(diagnostic: Pick<Diagnostic, 'message'>): string {
    const { message } = diagnostic;
    return typeof message === 'string' ? message : message.value;
}

/**
 * The diagnostic's stable code. Checks set `code`; Langium's own parse and
 * linking errors carry theirs in `data.code`.
 */
export function diagnosticCode(diagnostic: Pick<Diagnostic, 'code' | 'data'>): string {
    const { code } = diagnostic;
    if (typeof code === 'string' || typeof code === 'number') {
        return String(code);
    }
    const fromData = (diagnostic.data as { code?: unknown } | undefined)?.code;
    return typeof fromData === 'string' ? fromData : 'unclassified';
}

export function plainDiagnostic(diagnostic: Diagnostic, file: string): PlainDiagnostic {
    const { start, end } = diagnostic.range;
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: severityName(diagnostic.severity),
        code: diagnosticCode(diagnostic),
        message: diagnosticMessage(diagnostic)
    };
}
