/**
 * Mutation fuzzing of every example model: deleted, duplicated and swapped
 * tokens, random bytes and truncation. Each mutated file is built together
 * with the (unmutated) files it imports, as it would be in the editor.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAll } from '../src/mutate-text.js';
import { mutationArbitrary } from './arbitraries.js';
import { EXAMPLES, modelFiles, withImports } from './example-files.js';
import { checkInput, createHarness, type Harness } from '../src/robustness-harness.js';

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
