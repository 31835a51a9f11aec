import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_CODES, ANALYSIS_CODES } from '../../src/validation/diagnostic-codes.js';
import { diagnosticCode, diagnosticMessage } from '../../src/validation/plain-diagnostic.js';
import { compareWithMarkers, readExpectations } from './markers.js';
import { discoverCases, modelFiles, validateFiles } from './workspace.js';

const resources = fileURLToPath(new URL('./resources', import.meta.url));
const broken = fileURLToPath(new URL('../../../../examples/broken', import.meta.url));
const analysisCodes = new Set(Object.keys(ANALYSIS_CODES));

/** Codes a model file cannot show on its own, each tested by the named test file. */
const TESTED_ELSEWHERE: Record<string, string> = {
    'analysis-skipped': 'analysis-provider.test.ts (needs a failing or over-budget analysis)',
    'voting-power-differs': 'analysis/test/voting-power.test.ts (reported only with decision support, which the editor never computes per keystroke)',
    'import-outside-root': 'project-root.test.ts (needs a project root, set by the command line or the language server)'
};

/** One test per case: exactly the marked diagnostics, at the marked lines. */
function describeCases(title: string, root: string): void {
    const cases = discoverCases(root);
    describe(title, () => {
        it('has cases', () => expect(cases.length).toBeGreaterThan(5));
        for (const testCase of cases) {
            it(testCase.name, async () => {
                const documents = await validateFiles(testCase.files);
                for (const document of documents) {
                    const text = readFileSync(document.uri.fsPath, 'utf8');
                    const { actual, expected, compared } = compareWithMarkers(text, document.diagnostics ?? [], analysisCodes);
                    const messages = compared.map(d => `  ${d.range.start.line + 1}: ${diagnosticCode(d)}: ${diagnosticMessage(d)}`).join('\n');
                    expect(actual, `${relative(root, document.uri.fsPath)}\n${messages}`).toEqual(expected);
                }
            });
        }
    });
}

describeCases('validation resources', resources);
describeCases('examples/broken', broken);

describe('coverage of the cases', () => {
    it('states a positive case for every diagnostic code', () => {
        const marked = new Set([...modelFiles(resources), ...modelFiles(broken)]
            .flatMap(f => readExpectations(readFileSync(f, 'utf8')).expectations.map(e => e.code)));
        const missing = Object.keys(ALL_CODES).filter(code => !marked.has(code) && !(code in TESTED_ELSEWHERE));
        expect(missing).toEqual([]);
    });

    it('marks only codes that exist', () => {
        const unknown = [...modelFiles(resources), ...modelFiles(broken)]
            .flatMap(f => readExpectations(readFileSync(f, 'utf8')).expectations.map(e => e.code))
            .filter(code => !(code in ALL_CODES));
        expect(unknown).toEqual([]);
    });
});
