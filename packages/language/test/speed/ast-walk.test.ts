/**
 * The walk caches (src/speed/ast-walk.ts): a tree from a full parse is walked
 * whole, and only a tree from an incremental parse is walked (and kept) a
 * top-level declaration at a time, so that a workspace loaded from disk keeps
 * no per-declaration lists (issue 15: server memory). Both walks must list
 * the nodes and references Langium's streams give, in their order, on every
 * example model (at the first keystroke the declarations' lists are cut from
 * the full parse's: a run cut one node short, or references out of order, fails here); the replay proof (packages/bench/test/incremental-replay.test.ts)
 * compares whole builds after thousands of edits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AstNode, AstUtils, EmptyFileSystem, URI } from 'langium';
import type { NormalizedTextDocuments } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { keepsDeclarationWalk, referenceList, topLevelNodes, treeNodes, treeReferences, walkedByDeclaration } from '../../src/speed/ast-walk.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** The walks against Langium's streams: the same nodes, and the same references (container, property, index), in order. */
function expectLangiumOrder(root: AstNode): void {
    const nodes = AstUtils.streamAst(root).toArray();
    expect(treeNodes(root)).toEqual(nodes);
    const references = nodes.flatMap(node => AstUtils.streamReferences(node).toArray());
    const shape = (info: { reference: unknown; container: unknown; property: string; index?: number }) => [info.reference, info.container, info.property, info.index];
    expect(treeReferences(root).map(shape)).toEqual(references.map(shape));
    expect(referenceList(root)).toEqual(references.map(info => info.reference));
}

describe('the walk caches', () => {
    it('walk a tree from a full parse whole, in the order of Langium\'s streams, on every example model', () => {
        const parser = createAutonomyServices(EmptyFileSystem).Autonomy.parser.LangiumParser;
        const files = modelFiles(EXAMPLES);
        expect(files.length).toBeGreaterThan(10);
        for (const file of files) {
            const root = parser.parse(readFileSync(file, 'utf8')).value;
            expect(walkedByDeclaration(root), file).toBe(false);
            expectLangiumOrder(root);
        }
    });

    it('walk a tree from an incremental parse by declaration, in the same order, from the first keystroke on', async () => {
        const { shared } = createAutonomyServices(EmptyFileSystem);
        const textDocuments = shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
        const file = join(EXAMPLES, 'north-locality.autonomy');
        const uri = URI.file(file);
        let text = readFileSync(file, 'utf8');
        let version = 1;
        textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', version, text));
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocuments.get(uri.toString())!);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(walkedByDeclaration(document.parseResult.value)).toBe(false);
        // The build read every declaration (linking, validation, the domain model's kept records) and kept no walk of one.
        expect(document.parseResult.value.$document?.diagnostics?.length).toBeGreaterThan(0);
        expect(topLevelNodes(document.parseResult.value).filter(keepsDeclarationWalk)).toEqual([]);
        for (const [from, to] of [['list size 8,200', 'list size 8,210'], ['list size 14,500', 'list size 14,501'], ['list size 8,210', 'list size 8,200']]) {
            text = text.replace(from, to);
            textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', ++version, text));
            await shared.workspace.DocumentBuilder.update([uri], []);
            const root = document.parseResult.value;
            expect(walkedByDeclaration(root)).toBe(true);
            expectLangiumOrder(root);
        }
    });
});
