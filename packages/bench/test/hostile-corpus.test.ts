/**
 * The hostile-input corpus: every reproduction from issue 12 kept as a file
 * (test/hostile-corpus/), run through every stage. Each file may say, in comments:
 *
 *   // @repeat-next-line N       the next line stands for N copies of itself (keeps 800 KB inputs small on disk)
 *   // @reports code ...         each code must be among the file's diagnostics
 *   // @not-reports code ...     no diagnostic may carry these codes
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInput, createHarness, type Harness } from './robustness-harness.js';

const CORPUS = fileURLToPath(new URL('./hostile-corpus/', import.meta.url));

export interface CorpusCase {
    text: string;
    reports: string[];
    notReports: string[];
}

/** Expands a corpus file's `@repeat-next-line` directives and reads what it must (not) report. */
export function readCorpusCase(source: string): CorpusCase {
    const lines = source.split('\n');
    const out: string[] = [];
    const words = (name: string) => lines.flatMap(line => {
        const match = new RegExp(`^\\s*//\\s*@${name}\\s+(.*)$`).exec(line);
        return match ? match[1].trim().split(/\s+/) : [];
    });
    for (let i = 0; i < lines.length; i++) {
        const repeat = /^\s*\/\/\s*@repeat-next-line\s+(\d+)\s*$/.exec(lines[i]);
        if (repeat && i + 1 < lines.length) {
            for (let k = 0; k < Number(repeat[1]); k++) {
                out.push(lines[i + 1]);
            }
            i++;
        } else {
            out.push(lines[i]);
        }
    }
    return { text: out.join('\n'), reports: words('reports'), notReports: words('not-reports') };
}

const files = readdirSync(CORPUS).filter(name => name.endsWith('.autonomy')).sort();
let harness: Harness;

beforeAll(async () => {
    harness = await createHarness();
});

afterAll(() => {
    console.log(`hostile-corpus: ${files.length} reproductions`);
});

describe('the hostile-input corpus', () => {
    it('holds the reproductions', () => {
        expect(files.length).toBeGreaterThanOrEqual(2);
    });

    for (const name of files) {
        it(name, async () => {
            const corpusCase = readCorpusCase(readFileSync(CORPUS + name, 'utf8'));
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
