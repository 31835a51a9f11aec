import type { Palette } from '../colour.js';
import { type CliDiagnostic, type FileReport, plural, type Tally } from '../diagnostics.js';
import { ECHO_LIMIT } from '@autonomy/language';
import { neutraliseOutput, printable } from './terminal-text.js';

/**
 * For people: `file:line:col severity code: message`, then the offending line
 * with a caret under the span, then a one-line summary.
 */
export function formatPretty(reports: FileReport[], counts: Tally, colour: Palette, note = ''): string {
    const out: string[] = [];
    for (const report of reports) {
        for (const d of report.diagnostics) {
            out.push(headline(d, colour));
            out.push(...excerpt(d, report.lines, colour));
            out.push('');
        }
    }
    out.push(summary(counts, colour) + note);
    return neutraliseOutput(out.join('\n') + '\n');
}

function headline(d: CliDiagnostic, colour: Palette): string {
    const severity = d.severity === 'error' ? colour.red(colour.bold('error'))
        : d.severity === 'warning' ? colour.yellow(colour.bold('warning'))
            : colour.blue(colour.bold(d.severity));
    return `${colour.bold(`${printable(d.file)}:${d.line}:${d.column}`)} ${severity} ${colour.dim(d.code)}: ${printable(d.message)}`;
}

function excerpt(d: CliDiagnostic, lines: string[], colour: Palette): string[] {
    const line = lines[d.line - 1];
    if (line === undefined) {
        return [];
    }
    const gutter = String(d.line);
    const pad = ' '.repeat(gutter.length);
    // At most ECHO_LIMIT characters of the line: from its start, or from a little before a span that starts far along it.
    const column = Math.min(d.column - 1, line.length);
    const from = column < ECHO_LIMIT - 20 ? 0 : column - 20;
    const prefix = from > 0 ? '… ' : '';
    const text = prefix + printable(line.slice(from, from + ECHO_LIMIT), true) + (from + ECHO_LIMIT < line.length ? ' …' : '');
    // Where a column of the line falls in the shown text: escaped control characters are wider than one.
    const at = (column: number) => prefix.length + printable(line.slice(from, Math.max(from, Math.min(column, from + ECHO_LIMIT))), true).length;
    const start = at(d.column - 1);
    const end = at(d.endLine === d.line ? d.endColumn - 1 : line.length);
    // Keep tabs in the lead-in so the caret lines up under tab-indented text.
    const lead = text.slice(0, start).replace(/[^\t]/g, ' ');
    const caret = '^'.repeat(Math.max(1, end - start));
    return [
        `  ${colour.dim(gutter + ' |')} ${text}`,
        `  ${colour.dim(pad + ' |')} ${lead}${d.severity === 'error' ? colour.red(caret) : colour.yellow(caret)}`
    ];
}

function summary(counts: Tally, colour: Palette): string {
    const checked = `${plural(counts.files, 'file')} checked`;
    if (counts.errors === 0 && counts.warnings === 0 && counts.infos === 0) {
        return colour.green(`${checked}: no problems.`);
    }
    const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
    if (counts.infos > 0) {
        parts.push(plural(counts.infos, 'note'));
    }
    const line = `${checked}: ${parts.join(', ')}.`;
    return counts.errors > 0 ? colour.red(colour.bold(line)) : colour.yellow(line);
}
