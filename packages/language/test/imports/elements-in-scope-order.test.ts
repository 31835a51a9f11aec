/**
 * The import-aware index's elements of a scope (elementsInScopeOrder, which
 * the speed module's scopes are made from) against Langium's allElements
 * over the same documents: the same descriptions in the same order, for
 * every document of the examples workspace and every type.
 */
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { ImportAwareIndexManager } from '../../src/imports/import-aware-index-manager.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

describe('the elements of a scope', () => {
    it('are allElements of the visible documents, in order', async () => {
        const { shared, Autonomy } = createAutonomyServices(NodeFileSystem);
        const documents = await Promise.all(modelFiles(EXAMPLES).map(file => shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file))));
        await shared.workspace.DocumentBuilder.build(documents, { validation: false });
        const index = shared.workspace.IndexManager;
        expect(index).toBeInstanceOf(ImportAwareIndexManager);
        const types = Autonomy.shared.AstReflection.getAllTypes();
        let compared = 0;
        for (const document of documents) {
            const exports = (index as ImportAwareIndexManager).exportsInScopeOrder(Autonomy.references.ImportResolver.visibleUris(document));
            for (const type of types) {
                const expected = index.allElements(type, new Set(exports.map(([uri]) => uri))).toArray();
                expect((index as ImportAwareIndexManager).elementsInScopeOrder(type, exports)).toEqual(expected);
                compared += expected.length;
            }
        }
        expect(compared).toBeGreaterThan(500);
    });
});
