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
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import {
    astNodes, declarationReferencesAsWalked, keepsDeclarationWalk, referenceList, topLevelNodes, treeNodes, treeReferences, walkedByDeclaration
} from '../../src/speed/ast-walk.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** The walks against Langium's streams: the same nodes, and the same references (container, property, index), in order. */
function expectLangiumOrder(root: AstNode, referencesFirst = false): void {
    const nodes = AstUtils.streamAst(root).toArray();
    const references = nodes.flatMap(node => AstUtils.streamReferences(node).toArray());
    const shape = (info: { reference: unknown; container: unknown; property: string; index?: number }) => [info.reference, info.container, info.property, info.index];
    // A full parse's tree is walked once for both lists, by whichever is asked first.
    if (referencesFirst) {
        expect(treeReferences(root).map(shape)).toEqual(references.map(shape));
    }
    expect(treeNodes(root)).toEqual(nodes);
    expect(treeReferences(root).map(shape)).toEqual(references.map(shape));
    expect(referenceList(root)).toEqual(references.map(info => info.reference));
    if (!walkedByDeclaration(root)) {
        for (const declaration of topLevelNodes(root)) {
            const own = AstUtils.streamAst(declaration).toArray().flatMap(node => AstUtils.streamReferences(node).toArray());
            expect(declarationReferencesAsWalked(declaration).map(shape)).toEqual(own.map(shape));
        }
    }
}

/** Langium's streamAst, pruned where `descend` says no: what astNodes(root, descend) must give. */
function prunedStream(root: AstNode, descend: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    const stream = AstUtils.streamAst(root).iterator();
    for (let next = stream.next(); !next.done; next = stream.next()) {
        nodes.push(next.value);
        if (!descend(next.value)) {
            stream.prune();
        }
    }
    return nodes;
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
            expectLangiumOrder(parser.parse(readFileSync(file, 'utf8')).value, true);
        }
    });

    it('walk broken models (error recovery) and pruned walks as Langium streams them', () => {
        const parser = createAutonomyServices(EmptyFileSystem).Autonomy.parser.LangiumParser;
        const texts = modelFiles(EXAMPLES).map(file => readFileSync(file, 'utf8'));
        fc.assert(fc.property(fc.nat(texts.length - 1), fc.nat(), fc.nat(400), fc.boolean(), fc.nat(7), (which, at, length, referencesFirst, skip) => {
            const text = texts[which];
            const from = at % Math.max(1, text.length);
            const root = parser.parse(text.slice(0, from) + text.slice(from + length)).value;
            expectLangiumOrder(root, referencesFirst);
            let seen = 0;
            const descend = (node: AstNode) => node.$type === 'AutonomyFile' || seen++ % 8 !== skip;
            const expected = prunedStream(root, descend);
            seen = 0;
            expect(astNodes(root, descend)).toEqual(expected);
        }), { numRuns: 60, seed: 15 });
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
