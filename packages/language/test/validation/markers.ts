/**
 * Expectation markers written in model files as comments:
 *
 *   // @expect error collective-without-decision-rule     (own line: applies to the next code line)
 *   members A, A   // @expect warning duplicate-reference (after code: applies to this line)
 *   // @analysis   (anywhere: the file also states every analysis finding it must produce;
 *                   without it, analysis findings are not compared)
 *
 * Several markers may apply to one line (also several in one comment: `// @expect error a @expect warning b`);
 * each stands for one diagnostic.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { diagnosticCode, severityName } from '../../src/validation/plain-diagnostic.js';

export interface Expectation {
    /** Zero-based line the diagnostic must start on. */
    line: number;
    severity: string;
    code: string;
}

const MARKER = /@expect\s+(error|warning|info|hint)\s+([a-z0-9-]+)/g;

export function readExpectations(text: string): { expectations: Expectation[]; analysis: boolean } {
    const lines = text.split(/\r?\n/);
    const expectations: Expectation[] = [];
    let pending: Array<Omit<Expectation, 'line'>> = [];
    lines.forEach((line, index) => {
        const comment = line.includes('//') ? line.slice(line.indexOf('//')) : '';
        const markers = [...comment.matchAll(MARKER)].map(m => ({ severity: m[1], code: m[2] }));
        const code = line.replace(/\/\/.*$/, '').trim();
        if (code === '') {
            pending.push(...markers);
            return;
        }
        for (const marker of [...pending, ...markers]) {
            expectations.push({ ...marker, line: index });
        }
        pending = [];
    });
    if (pending.length > 0) {
        throw new Error(`markers at the end of the file apply to no line: ${JSON.stringify(pending)}`);
    }
    return { expectations, analysis: /\/\/\s*@analysis\b/.test(text) };
}


/**
 * What a file's markers expect against what was reported, as sorted
 * "line: severity code" strings (one-based lines). `ignored` codes are left
 * out of the comparison unless the file opts in with `// @analysis`.
 */
export function compareWithMarkers(text: string, diagnostics: readonly Diagnostic[], ignored: Set<string>):
    { actual: string[]; expected: string[]; compared: Diagnostic[] } {
    const { expectations, analysis } = readExpectations(text);
    const compared = diagnostics.filter(d => analysis || !ignored.has(diagnosticCode(d)));
    return {
        actual: compared.map(d => `${d.range.start.line + 1}: ${severityName(d.severity)} ${diagnosticCode(d)}`).sort(),
        expected: expectations.map(e => `${e.line + 1}: ${e.severity} ${e.code}`).sort(),
        compared
    };
}
