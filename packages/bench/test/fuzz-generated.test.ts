/**
 * Property-based fuzzing of generated models: valid ones (which must also
 * format idempotently and keep every token and comment) and nearly-valid ones
 * (a few token mutations). Bounded: a few hundred inputs, each within a time
 * budget. The counts are printed for the performance notes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateModel } from '../src/generate-model.js';
import { applyAll } from '../src/mutate-text.js';
import { mutationArbitrary } from './arbitraries.js';
import { checkInput, createHarness, type Harness } from '../src/robustness-harness.js';

const modelArbitrary = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    lines: fc.integer({ min: 60, max: 400 }),
    singleFile: fc.boolean()
});

const tally = { tried: 0, failed: 0 };
let harness: Harness;

beforeAll(() => {
    harness = createHarness();
});

afterAll(() => {
    console.log(`fuzz-generated: ${tally.tried} inputs tried, ${tally.failed} failing`);
});

describe('fuzzing generated models', () => {
    it('valid models: every stage runs, no errors, the formatter keeps every token and is idempotent', async () => {
        await fc.assert(fc.asyncProperty(modelArbitrary, async options => {
            tally.tried++;
            const model = generateModel(options);
            // The entry file (which sees every other file) is checked first.
            const files = [...model.files].reverse();
            const problems = await checkInput(harness, files, { format: true, formatterContract: true, budgetMs: 8000 });
            const formatProblems = model.files.length > 1
                ? await checkInput(harness, [files[1], ...files.filter((_, i) => i !== 1)], { format: true, formatterContract: true, budgetMs: 8000 })
                : [];
            if (problems.length + formatProblems.length > 0) {
                tally.failed++;
            }
            expect([...problems, ...formatProblems]).toEqual([]);
        }), { numRuns: 40, seed: 20261123, endOnFailure: true });
    }, 120_000);

    it('nearly-valid models: every stage runs, diagnostics stay inside the document', async () => {
        await fc.assert(fc.asyncProperty(modelArbitrary, fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }), async (options, mutations) => {
            tally.tried++;
            const model = generateModel({ ...options, singleFile: true });
            const text = applyAll(model.files[0].text, mutations);
            const problems = await checkInput(harness, [{ path: 'mutated.autonomy', text }], { format: true, budgetMs: 5000 });
            if (problems.length > 0) {
                tally.failed++;
            }
            expect(problems).toEqual([]);
        }), { numRuns: 200, seed: 20261124, endOnFailure: true });
    }, 120_000);
});
