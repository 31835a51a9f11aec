import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_CODES } from '../../src/validation/diagnostic-codes.js';
import { readExpectations } from './markers.js';
import { discoverCases, validateFiles } from './workspace.js';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const resources = fileURLToPath(new URL('./resources', import.meta.url));
const broken = fileURLToPath(new URL('../../../../examples/broken', import.meta.url));

function codeOf(d: Diagnostic): string {
    const data = d.data as { code?: string } | undefined;
    return String(data?.code ?? d.code ?? 'no-code');
}

function describeCases(title: string, root: string): void {
    const cases = discoverCases(root);
    describe(title, () => {
        it('has cases', () => expect(cases.length).toBeGreaterThan(0));
        for (const testCase of cases) {
            it(testCase.name, async () => {
                const documents = await validateFiles(testCase.files);
                for (const document of documents) {
                    const text = readFileSync(document.uri.fsPath, 'utf8');
                    const { expectations, analysis } = readExpectations(text);
                    const compared = (document.diagnostics ?? [])
                        .filter(d => analysis || !(codeOf(d) in ANALYSIS_CODES));
                    const actual = compared
                        .map(d => `${d.range.start.line + 1}: ${SEVERITY[d.severity ?? 1]} ${codeOf(d)}`).sort();
                    const expected = expectations.map(e => `${e.line + 1}: ${e.severity} ${e.code}`).sort();
                    const where = relative(root, document.uri.fsPath);
                    const messages = compared.map(d => `  ${d.range.start.line + 1}: ${codeOf(d)}: ${d.message}`).join('\n');
                    expect(actual, `${where}\n${messages}`).toEqual(expected);
                }
            });
        }
    });
}

describeCases('validation resources', resources);
describeCases('examples/broken', broken);
