/**
 * The language replaces some Langium services with cheaper ones (linker,
 * reference index, document validator, validation registry, scope
 * computation; see docs/performance.md). They must not change what a build
 * produces: the same diagnostics in the same order, and the same reference
 * index, as Langium's own services, on valid and on broken models.
 */
import {
    DefaultDocumentValidator, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation,
    EmptyFileSystem, inject, isReference, type LangiumDocument, ValidationRegistry
} from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { AutonomyModule } from '../../language/src/autonomy-module.js';
import { AutonomyGeneratedModule, AutonomyGeneratedSharedModule } from '../../language/src/generated/module.js';
import { AutonomySharedLspModule } from '../../language/src/lsp/lsp-module.js';
import { registerValidationChecks } from '../../language/src/validation/register-checks.js';
import { generateModel } from '../src/generate-model.js';
import { buildDocuments, type SourceFile } from '../src/in-memory-workspace.js';
import { applyAll, type Mutation } from '../src/mutate-text.js';
import { SeededRandom } from '@autonomy/analysis';

function services(langiumDefaults: boolean) {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), AutonomyGeneratedSharedModule, AutonomySharedLspModule);
    const overrides = langiumDefaults ? [{
        references: {
            Linker: (s: never) => new DefaultLinker(s),
            ScopeComputation: (s: never) => new DefaultScopeComputation(s)
        },
        workspace: { ReferenceDescriptionProvider: (s: never) => new DefaultReferenceDescriptionProvider(s) },
        validation: {
            ValidationRegistry: (s: never) => new ValidationRegistry(s),
            DocumentValidator: (s: never) => new DefaultDocumentValidator(s)
        }
    }] : [];
    const Autonomy = inject(createDefaultModule({ shared }), AutonomyGeneratedModule, AutonomyModule, ...(overrides as []));
    shared.ServiceRegistry.register(Autonomy);
    registerValidationChecks(Autonomy);
    void shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Autonomy };
}

async function outcome(files: SourceFile[], langiumDefaults: boolean) {
    const { shared, Autonomy } = services(langiumDefaults);
    const documents: LangiumDocument[] = await buildDocuments(shared, files);
    const references = [];
    for (const document of documents) {
        references.push(await Autonomy.workspace.ReferenceDescriptionProvider.createDescriptions(document));
    }
    return {
        // Our validator also copies data.code into the LSP code (issue 12 item 15); Langium's leaves it in data: compare after the same copy.
        diagnostics: documents.map(d => (d.diagnostics ?? []).map(x => ({
            ...x, code: x.code ?? (x.data as { code?: string | number } | undefined)?.code, range: JSON.stringify(x.range)
        }))),
        references: JSON.parse(JSON.stringify(references)) as unknown,
        linked: documents.map(d => d.references.map(r => `${r.$refText}->${isReference(r) && r.ref ? 'ok' : r.error?.message}`))
    };
}

function broken(files: SourceFile[], seed: number): SourceFile[] {
    const random = new SeededRandom(seed);
    return files.map(file => {
        const mutations: Mutation[] = Array.from({ length: 6 }, () => ({ kind: random.pick(['delete-token', 'duplicate-token', 'swap-tokens'] as const), at: random.next() }));
        return { ...file, text: applyAll(file.text, mutations) };
    });
}

describe('cheaper Langium services give what Langium gives', () => {
    it('on a valid 3,000-line model in several files', async () => {
        const { files } = generateModel({ lines: 3000, seed: 5 });
        const [ours, langium] = [await outcome(files, false), await outcome(files, true)];
        expect(ours.diagnostics.flat().length).toBeGreaterThan(0);
        expect(ours).toEqual(langium);
    });

    it('on broken models (parse and linking errors)', async () => {
        for (const seed of [1, 2, 3]) {
            const files = broken(generateModel({ lines: 800, seed }).files, seed);
            const [ours, langium] = [await outcome(files, false), await outcome(files, true)];
            expect(ours.diagnostics.flat().some(d => d.severity === 1)).toBe(true);
            expect(ours).toEqual(langium);
        }
    });
});
