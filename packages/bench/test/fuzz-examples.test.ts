/**
 * Mutation fuzzing of every example model: deleted, duplicated and swapped
 * tokens, random bytes and truncation. Each mutated file is built together
 * with the (unmutated) files it imports, as it would be in the editor.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAll } from '../src/mutate-text.js';
import { mutationArbitrary } from './arbitraries.js';
import { checkInput, createHarness, type Harness } from '../src/robustness-harness.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

function modelFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? modelFiles(path) : name.endsWith('.autonomy') ? [path] : [];
    });
}

/** The file and, transitively, the files it imports (those that exist). */
function withImports(path: string, seen = new Set<string>()): string[] {
    if (seen.has(path)) {
        return [];
    }
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    const imported = [...text.matchAll(/^\s*import\s+"([^"]+)"/gm)].map(m => resolve(dirname(path), m[1]));
    return [path, ...imported.flatMap(p => (existsFile(p) ? withImports(p, seen) : []))];
}

function existsFile(path: string): boolean {
    try {
        return statSync(path).isFile();
    } catch {
        return false;
    }
}

const examples = modelFiles(EXAMPLES).sort();
const tally = { tried: 0, failed: 0 };
let harness: Harness;

beforeAll(() => {
    harness = createHarness();
});

afterAll(() => {
    console.log(`fuzz-examples: ${examples.length} example files, ${tally.tried} mutated inputs tried, ${tally.failed} failing`);
});

describe('mutating the examples', () => {
    it('finds the examples', () => {
        expect(examples.length).toBeGreaterThanOrEqual(1);
        expect(examples.some(p => p.endsWith('north-locality.autonomy'))).toBe(true);
    });

    it.each(examples.map(p => [relative(EXAMPLES, p)]))('%s: every stage survives mutation', async name => {
        const paths = withImports(join(EXAMPLES, name));
        const files = paths.map(p => ({ path: relative(EXAMPLES, p), text: readFileSync(p, 'utf8') }));
        // Spread a few hundred inputs over the examples, at least 20 each.
        const runs = Math.max(20, Math.ceil(300 / examples.length));
        await fc.assert(fc.asyncProperty(fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), async mutations => {
            tally.tried++;
            const mutated = [{ ...files[0], text: applyAll(files[0].text, mutations) }, ...files.slice(1)];
            const problems = await checkInput(harness, mutated, { format: true, budgetMs: 5000 });
            if (problems.length > 0) {
                tally.failed++;
            }
            expect(problems).toEqual([]);
        }), { numRuns: runs, seed: 7, endOnFailure: true });
    }, 60_000);
});
