/**
 * The hostile-input corpus (src/hostile-corpus.ts): every reproduction from
 * issue 12 kept as a file, run through every stage (parse, link, validate,
 * analyse, format, report), with what each file must and must not report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, readCorpusFile } from '../src/hostile-corpus.js';
import { checkInput, createHarness, type Harness } from '../src/robustness-harness.js';

const files = corpusFiles();
let harness: Harness;

beforeAll(() => {
    harness = createHarness();
});

afterAll(() => {
    console.log(`hostile-corpus: ${files.length} reproductions`);
});

describe('the hostile-input corpus', () => {
    it('holds the reproductions', () => {
        expect(files.length).toBeGreaterThanOrEqual(4);
    });

    for (const name of files) {
        it(name, async () => {
            const corpusCase = readCorpusFile(name);
            let codes: string[] = [];
            const problems = await checkInput(harness, [{ path: name, text: corpusCase.text }], {
                format: true, budgetMs: 60_000,
                inspect: documents => {
                    codes = documents.flatMap(d => (d.diagnostics ?? []).map(x => String(x.code)));
                }
            });
            expect(problems).toEqual([]);
            for (const code of corpusCase.reports) {
                expect(codes, `${name} must report ${code}`).toContain(code);
            }
            for (const code of corpusCase.notReports) {
                expect(codes, `${name} must not report ${code}`).not.toContain(code);
            }
        }, 120_000);
    }
});
