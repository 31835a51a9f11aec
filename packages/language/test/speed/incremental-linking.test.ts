/**
 * Incremental linking (src/speed/incremental-linking.ts): after a keystroke
 * parsed incrementally, the links of the unchanged declarations stay, and
 * those that led to the edited declaration are made again, to its new node.
 * packages/bench/test/incremental-replay.test.ts compares every link with a
 * full build over thousands of random edits; these are the cases by name.
 */
import { AstUtils, EmptyFileSystem, isReference, type LangiumDocument, type Reference, URI } from 'langium';
import type { NormalizedTextDocuments } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { AutonomyLinker } from '../../src/speed/linker.js';

const MODEL = `model "Links" { currency £ }
practice A { list size 5,000 }
practice B { list size 6,000 }
collective C { kind network members A, B decides by consensus }
trust A -> C { credibility 5 reliability 5 intimacy 5 self-orientation 3 }
trust B -> C { credibility 5 reliability 5 intimacy 5 self-orientation 3 }
`;

async function editor(text: string) {
    const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
    const uri = URI.parse('file:///links/model.autonomy');
    const textDocuments = shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
    let version = 1;
    const opened = TextDocument.create(uri.toString(), 'autonomy', version, text);
    textDocuments.set(opened);
    const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(opened);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const linker = Autonomy.references.Linker;
    if (!(linker instanceof AutonomyLinker)) {
        throw new Error('the speed module links');
    }
    return {
        document,
        linker,
        async type(next: string): Promise<void> {
            textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', ++version, next));
            await shared.workspace.DocumentBuilder.update([uri], []);
        }
    };
}

/** Every reference of the tree with what it points to: the name of a node of the current tree, or why not. */
function links(document: LangiumDocument): string[] {
    const root = document.parseResult.value;
    const found: string[] = [];
    for (const node of AstUtils.streamAst(root)) {
        AstUtils.streamReferences(node).forEach(info => {
            const reference = info.reference as Reference;
            const target = (reference as unknown as { _ref?: { $container?: unknown; name?: string } })._ref;
            const current = target?.$container === root ? target.name : `not in the tree (${reference.error?.message ?? 'not linked'})`;
            found.push(`${reference.$refText} -> ${current}`);
        });
    }
    return found;
}

describe('incremental linking', () => {
    it('keeps the other links and links those to the edited practice to its new node', async () => {
        const session = await editor(MODEL);
        await session.type(MODEL.replace('list size 5,000', 'list size 5,500'));
        expect(session.linker.counts).toMatchObject({ incremental: 1, full: 0 });
        // A is referenced by the collective and a trust statement: linked again; the practice itself has no references.
        expect(session.linker.counts.relinkedReferences).toBe(2);
        expect(links(session.document)).toEqual(['A -> A', 'B -> B', 'A -> A', 'C -> C', 'B -> B', 'C -> C']);
        expect(session.document.references.every(isReference)).toBe(true);
        expect(session.document.references).toHaveLength(6);
    });

    it('links only the edited trust statement when it declares nothing', async () => {
        const session = await editor(MODEL);
        await session.type(MODEL.replace('credibility 5 reliability', 'credibility 4 reliability'));
        expect(session.linker.counts).toMatchObject({ incremental: 1, relinkedReferences: 2, keptReferences: 4 });
        expect(links(session.document)).toEqual(['A -> A', 'B -> B', 'A -> A', 'C -> C', 'B -> B', 'C -> C']);
    });

    it('relinks the whole document when a declared name changes', async () => {
        const session = await editor(MODEL);
        await session.type(MODEL.replace('practice B {', 'practice Bee {'));
        expect(session.linker.counts).toMatchObject({ incremental: 0, full: 1 });
        expect(links(session.document)).toEqual([
            'A -> A', "B -> not in the tree (Could not resolve reference to Unit named 'B'.)", 'A -> A', 'C -> C',
            "B -> not in the tree (Could not resolve reference to Unit named 'B'.)", 'C -> C'
        ]);
    });
});
