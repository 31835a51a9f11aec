import type { FileReport, Severity } from '../diagnostics.js';

const TYPES: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };

/**
 * JUnit XML in the layout of ESLint's `junit` formatter, which CI systems
 * (Jenkins, GitLab, Azure Pipelines, CircleCI) read as test results: one test
 * suite per file, one failing test case per error or warning. A file without
 * problems is one passing case, so the suite shows every file checked; notes
 * (info, hint) are passing cases carrying the note in system-out, since they
 * never fail a check.
 */
export function formatJunit(reports: FileReport[]): string {
    const out = ['<?xml version="1.0" encoding="utf-8"?>'];
    const failures = reports.reduce((n, r) => n + r.diagnostics.filter(failing).length, 0);
    const cases = reports.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
    out.push(`<testsuites name="autonomy" tests="${cases}" failures="${failures}" errors="0" time="0">`);
    for (const report of reports) {
        const classname = attribute(report.file.replace(/\.autonomy$/, ''));
        const failed = report.diagnostics.filter(failing).length;
        out.push(`<testsuite package="autonomy" name="${attribute(report.file)}" tests="${Math.max(1, report.diagnostics.length)}" failures="${failed}" errors="0" time="0">`);
        if (report.diagnostics.length === 0) {
            out.push(`<testcase name="autonomy.validate" classname="${classname}" time="0"/>`);
        }
        for (const d of report.diagnostics) {
            const detail = `line ${d.line}, col ${d.column}, ${TYPES[d.severity]} - ${d.message} (${d.code})`;
            const body = failing(d)
                ? `<failure message="${attribute(d.message)}" type="${d.severity}">${cdata(detail)}</failure>`
                : `<system-out>${cdata(detail)}</system-out>`;
            out.push(`<testcase name="autonomy.${attribute(d.code)}" classname="${classname}" time="0">${body}</testcase>`);
        }
        out.push('</testsuite>');
    }
    out.push('</testsuites>');
    return out.join('\n') + '\n';
}

function failing(d: { severity: Severity }): boolean {
    return d.severity === 'error' || d.severity === 'warning';
}

// XML 1.0 cannot carry most control characters even escaped; model text may
// contain them, so they become U+FFFD rather than making the file unreadable.
function xmlText(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

function attribute(text: string): string {
    return xmlText(text).replace(/[&<>"'\n\r\t]/g, c => `&#${c.charCodeAt(0)};`);
}

function cdata(text: string): string {
    return `<![CDATA[${xmlText(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
