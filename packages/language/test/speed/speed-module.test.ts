/**
 * The speed module (src/speed/speed-module.ts) replaces Langium services with
 * cheaper ones. It must not change what a build produces: every example model
 * (the broken ones included), and the same models with random lines deleted
 * or duplicated, built with and without it, give the same AST, the same
 * diagnostics in the same order, the same linking, the same reference index
 * and the same analysis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isReference, type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '@autonomy/analysis';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { AutonomySpeedModule } from '../../src/speed/speed-module.js';
import { AutonomyValidationRegistry } from '../../src/speed/validation-registry.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = join(import.meta.dirname, '../../../../examples');
const FILES = modelFiles(EXAMPLES);

interface Source {
    path: string;
    text: string;
}

async function outcome(sources: readonly Source[], speedUps: boolean) {
    const { shared, Autonomy } = createAutonomyServices({ ...NodeFileSystem, speedUps });
    const documents: LangiumDocument[] = sources.map(source => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(source.text, URI.file(source.path));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const serializer = Autonomy.serializer.JsonSerializer;
    const perDocument = [];
    for (const document of documents) {
        const analysis = Autonomy.analysis.AnalysisProvider.getAnalysis(document);
        perDocument.push({
            uri: document.uri.toString(),
            ast: serializer.serialize(document.parseResult.value, { refText: true, textRegions: true }),
            diagnostics: JSON.stringify(document.diagnostics ?? []),
            linked: document.references.map(r => `${r.$refText}->${isReference(r) && r.ref ? r.ref.$type : r.error?.message}`),
            index: JSON.stringify(await Autonomy.workspace.ReferenceDescriptionProvider.createDescriptions(document)),
            analysis: analysis ? JSON.stringify(analysis.result) : Autonomy.analysis.AnalysisProvider.getFailure(document)
        });
    }
    return { perDocument, registry: Autonomy.validation.ValidationRegistry };
}

/** Deletes or duplicates a few random lines of each file: parse errors, linking errors, changed figures. */
function mutated(sources: readonly Source[], seed: number): Source[] {
    const random = new SeededRandom(seed);
    return sources.map(source => {
        const lines = source.text.split('\n');
        for (let i = 0; i < 3; i++) {
            const at = random.int(0, lines.length - 1);
            if (random.chance(0.5)) {
                lines.splice(at, 1);
            } else {
                lines.splice(at, 0, lines[at]);
            }
        }
        return { path: source.path, text: lines.join('\n') };
    });
}

describe('the speed module', () => {
    const sources: Source[] = FILES.map(path => ({ path, text: readFileSync(path, 'utf8') }));

    it('is in the services by default and left out with speedUps: false', async () => {
        const [fast, plain] = [await outcome([], true), await outcome([], false)];
        expect(fast.registry).toBeInstanceOf(AutonomyValidationRegistry);
        expect(plain.registry).not.toBeInstanceOf(AutonomyValidationRegistry);
        expect(Object.keys(AutonomySpeedModule).sort()).toEqual(['references', 'speed', 'validation', 'workspace']);
    });

    it('gives what Langium gives on every example model', async () => {
        expect(FILES.length).toBeGreaterThan(20);
        const [fast, plain] = [await outcome(sources, true), await outcome(sources, false)];
        // The fixtures exercise what is compared: errors and warnings, links, analyses.
        const diagnostics = fast.perDocument.flatMap(d => JSON.parse(d.diagnostics) as Array<{ severity: number }>);
        expect(diagnostics.some(d => d.severity === 1)).toBe(true);
        expect(diagnostics.some(d => d.severity === 2)).toBe(true);
        expect(fast.perDocument.filter(d => typeof d.analysis === 'string' && d.analysis.startsWith('{')).length).toBeGreaterThan(10);
        expect(fast.perDocument).toEqual(plain.perDocument);
    });

    it.each([1, 2, 3, 4])('gives what Langium gives on the examples with random lines deleted or duplicated (seed %i)', async seed => {
        const broken = mutated(sources, seed);
        const [fast, plain] = [await outcome(broken, true), await outcome(broken, false)];
        expect(fast.perDocument.some(d => d.diagnostics.includes('"severity":1'))).toBe(true);
        expect(fast.perDocument).toEqual(plain.perDocument);
    });
});
