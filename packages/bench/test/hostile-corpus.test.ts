/**
 * The hostile-input corpus (src/hostile-corpus.ts): every reproduction from
 * issue 12 kept as a file, run through every stage (parse, link, validate,
 * analyse, format, report), with what each file must and must not report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, readCorpusFile } from '../src/hostile-corpus.js';
import { checkInput, createHarness, type Harness, parsesCleanly, sameTokens } from '../src/robustness-harness.js';

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
                format: true, formatterContract: parsesCleanly(harness, corpusCase.text), budgetMs: 60_000,
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

describe('the formatter contract: whitespace may change, nothing else', () => {
    it('reads tokens as the language\'s lexer does, and sees a token, comment or unreadable character change', () => {
        const lexer = harness.Autonomy.parser.Lexer;
        // Whitespace only: the same (the first is fuzz inputs 72705 and 83336, a false alarm before).
        expect(sameTokens(lexer, 'current cost A £299,700\t, B £1', 'current cost A £299,700, B £1')).toBe(true);
        expect(sameTokens(lexer, 'practice A {}  // note  \n', 'practice A { } // note\n')).toBe(true);
        // A comma, a comment's words, an unreadable character: changed.
        expect(sameTokens(lexer, 'members A, B', 'members A B')).toBe(false);
        expect(sameTokens(lexer, '// keep this\n', '// keep\n')).toBe(false);
        expect(sameTokens(lexer, 'practice A ~ {}', 'practice A {}')).toBe(false);
    });
});
