import { EmptyFileSystem } from 'langium';
import { createAutonomyServices } from '@autonomy/language';
import { describe, expect, it } from 'vitest';
import { countLines, generateModel } from '../src/generate-model.js';
import { allDiagnostics, buildDocuments } from '../src/in-memory-workspace.js';

const ERROR = 1;

describe('generated benchmark models', () => {
    it('are deterministic for a seed and differ between seeds', () => {
        const a = generateModel({ lines: 1000, seed: 7 });
        const b = generateModel({ lines: 1000, seed: 7 });
        const c = generateModel({ lines: 1000, seed: 8 });
        expect(a.files).toEqual(b.files);
        expect(a.files.map(f => f.text).join()).not.toEqual(c.files.map(f => f.text).join());
    });

    // The generator adds whole networks of about 60 lines, so it lands within about one network of
    // the target: 6% of 1,000 lines, under 1% of 10,000. Over seeds 1-20 the largest misses measured
    // were 6.6% and 0.6%.
    it.each([[1000, 0.08], [10_000, 0.01]])('come close to the requested %i lines across several importing files', (lines, tolerance) => {
        const model = generateModel({ lines, seed: 1 });
        expect(Math.abs(model.lines - lines) / lines).toBeLessThan(tolerance);
        expect(model.files.length).toBeGreaterThanOrEqual(4);
        expect(model.lines).toBe(model.files.reduce((sum, f) => sum + countLines(f.text), 0));
        const imports = model.files.filter(f => /^import "/m.test(f.text));
        expect(imports.length).toBe(model.files.length - 1);
    });

    it.each([
        { lines: 1000, seed: 1, singleFile: false },
        { lines: 3000, seed: 42, singleFile: false },
        { lines: 2000, seed: 3, singleFile: true }
    ])('have no errors: %o', async options => {
        const model = generateModel(options);
        const { shared } = createAutonomyServices(EmptyFileSystem);
        const documents = await buildDocuments(shared, model.files);
        for (const doc of documents) {
            expect(doc.parseResult.lexerErrors, doc.uri.toString()).toEqual([]);
            expect(doc.parseResult.parserErrors, doc.uri.toString()).toEqual([]);
        }
        expect(allDiagnostics(documents).filter(d => d.severity === ERROR)).toEqual([]);
        // Every reference resolves: linking errors would show as errors above,
        // but check the counts too so an empty model cannot pass.
        expect(model.practices).toBeGreaterThan(20);
        expect(model.initiatives).toBeGreaterThan(5);
    });
});
