import { VALIDATION_CODES } from '@autonomy/language';
import { realPath } from '@autonomy/language/real-path';
import type { LangiumDocument } from 'langium';
import { displayPath } from './workspace.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/**
 * One diagnostic as the CLI shows it: positions are 1-based (as editors and CI
 * annotations count), files are shown relative to the working directory.
 */
export interface CliDiagnostic {
    file: string;
    absolutePath: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

export interface FileReport {
    file: string;
    absolutePath: string;
    /** The file's text split into lines, for showing the offending line. */
    lines: string[];
    diagnostics: CliDiagnostic[];
}

export interface Tally {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
}

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/**
 * Diagnostics of each document, in document order then position order; then
 * one report for each file that was refused, unread, for leading outside the
 * project root.
 */
export function collectReports(documents: LangiumDocument[], cwd: string, inputs?: { refused: string[]; roots: string[] }): FileReport[] {
    const read = documents.map((document): FileReport => {
        const absolutePath = document.uri.fsPath;
        const file = displayPath(absolutePath, cwd);
        const diagnostics = (document.diagnostics ?? []).map((d): CliDiagnostic => ({
            file,
            absolutePath,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
            severity: SEVERITIES[d.severity ?? 1] ?? 'error',
            code: codeOf(d.code, d.data),
            message: typeof d.message === 'string' ? d.message : d.message.value
        }));
        diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
        return { file, absolutePath, lines: document.textDocument.getText().split(/\r?\n/), diagnostics };
    });
    return [...read, ...(inputs?.refused ?? []).map(file => refusedReport(file, cwd, inputs?.roots ?? []))];
}

/** Why a file that leads outside the project root was not read. */
export function refusedMessage(file: string, cwd: string, roots: string[]): string {
    return `${displayPath(file, cwd)} leads (through a link) to ${realPath(file)}, outside the project root ${roots.join(', ')}, so it was not read: ` +
        'autonomy reads no file outside the project root. Remove the link, or pass --root with a folder that holds where it leads.';
}

function refusedReport(absolutePath: string, cwd: string, roots: string[]): FileReport {
    const file = displayPath(absolutePath, cwd);
    const code = 'import-outside-root';
    return {
        file,
        absolutePath,
        lines: [],
        diagnostics: [{ file, absolutePath, line: 1, column: 1, endLine: 1, endColumn: 1, severity: VALIDATION_CODES[code], code, message: refusedMessage(absolutePath, cwd, roots) }]
    };
}

/**
 * The diagnostic's stable code. Checks set `code`; Langium's own parse and
 * linking errors carry theirs in `data.code`.
 */
function codeOf(code: unknown, data: unknown): string {
    if (typeof code === 'string' || typeof code === 'number') {
        return String(code);
    }
    const fromData = (data as { code?: unknown } | undefined)?.code;
    return typeof fromData === 'string' ? fromData : 'unclassified';
}

export function tally(reports: FileReport[]): Tally {
    const all = reports.flatMap(r => r.diagnostics);
    return {
        files: reports.length,
        errors: all.filter(d => d.severity === 'error').length,
        warnings: all.filter(d => d.severity === 'warning').length,
        infos: all.filter(d => d.severity === 'info' || d.severity === 'hint').length
    };
}

/** Keeps only errors, for --quiet. */
export function errorsOnly(reports: FileReport[]): FileReport[] {
    return reports.map(r => ({ ...r, diagnostics: r.diagnostics.filter(d => d.severity === 'error') }));
}

export function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
