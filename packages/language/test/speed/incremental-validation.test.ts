import { Cancellation, EmptyFileSystem, type LangiumDocument, URI, type ValidationAcceptor, type ValidationRegistry } from 'langium';
import type { NormalizedTextDocuments } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import type { AutonomyAstType, Practice } from '../../src/generated/ast.js';
import { IncrementalDocumentFactory } from '../../src/speed/incremental-document-factory.js';
import { local, localWhenQuiet } from '../../src/validation/local-checks.js';

const MODEL = ['practice A { list size 1,000 }', 'practice B { list size 2,000 }', 'practice C { list size 3,000 }', ''].join('\n');

/** A model open in an editor: typed into through the text document, as the language server does. */
async function openEditor(text: string, options: { speedUps?: boolean } = {}) {
    const services = createAutonomyServices({ ...EmptyFileSystem, ...options });
    const { shared, Autonomy } = services;
    const uri = URI.parse('file:///incremental-validation/model.autonomy');
    const textDocuments = shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
    let version = 1;
    textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', version, text));
    const document: LangiumDocument = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocuments.get(uri.toString())!);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return {
        shared, Autonomy, document,
        async type(newText: string): Promise<void> {
            textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', ++version, newText));
            await shared.workspace.DocumentBuilder.update([uri], []);
        }
    };
}

/** Two extra checks on practices, counting the practices each ran on: one labelled local, one not. */
function countingChecks(registry: ValidationRegistry) {
    const ran = { labelled: [] as string[], unlabelled: [] as string[] };
    const labelled = (node: Practice, accept: ValidationAcceptor): void => {
        ran.labelled.push(node.name);
        accept('hint', `labelled ${node.name}`, { node, property: 'name' });
    };
    const unlabelled = (node: Practice, accept: ValidationAcceptor): void => {
        ran.unlabelled.push(node.name);
        accept('hint', `unlabelled ${node.name}`, { node, property: 'name' });
    };
    registry.register<AutonomyAstType>({ Practice: [local(labelled), unlabelled] });
    return ran;
}

describe('incremental validation (speed/validation-walk.ts)', () => {
    it('runs a check left unlabelled on every validation, and a local one only on the declaration the edit changed', async () => {
        const editor = await openEditor(MODEL);
        const ran = countingChecks(editor.Autonomy.validation.ValidationRegistry);
        await editor.type(MODEL.replace('1,000', '1,001'));
        ran.labelled.length = 0;
        ran.unlabelled.length = 0;
        const factory = editor.shared.workspace.LangiumDocumentFactory as IncrementalDocumentFactory;
        const incremental = factory.counts.incremental;

        // A line added above B and C: both move down one line, and keep their objects.
        await editor.type(MODEL.replace('1,000', '1,500\n'));

        expect(factory.counts.incremental).toBe(incremental + 1);
        expect(ran.unlabelled).toEqual(['A', 'B', 'C']);
        expect(ran.labelled).toEqual(['A']);
        // B's and C's re-emitted diagnostics sit where B and C are now (line 2 and 3, zero-based).
        const hints = editor.document.diagnostics!.filter(d => typeof d.message === 'string' && d.message.startsWith('labelled'));
        expect(hints.map(d => [d.message, d.range.start.line, d.range.start.character])).toEqual([
            ['labelled A', 0, 9], ['labelled B', 2, 9], ['labelled C', 3, 9]
        ]);
        expect(editor.Autonomy.speed!.ValidationWalk.counts.reusing).toBeGreaterThan(0);
    });

    it('runs a check labelled local when quiet again only where it reported', async () => {
        const editor = await openEditor(MODEL);
        const ran: string[] = [];
        editor.Autonomy.validation.ValidationRegistry.register<AutonomyAstType>({
            Practice: [localWhenQuiet((node: Practice, accept: ValidationAcceptor) => {
                ran.push(node.name);
                if (node.name === 'B') {
                    accept('hint', 'B speaks', { node, property: 'name' });
                }
            })]
        });
        await editor.type(MODEL.replace('1,000', '1,001'));
        ran.length = 0;
        await editor.type(MODEL.replace('1,000', '1,002'));
        // A was edited (a new declaration), B reported last time, C stayed quiet and is unchanged.
        expect(ran).toEqual(['A', 'B']);
        expect(editor.document.diagnostics!.filter(d => d.message === 'B speaks')).toHaveLength(1);
    });

    it('keeps the diagnostics in the order a full validation gives, local and other checks interleaved', async () => {
        const editor = await openEditor(MODEL);
        countingChecks(editor.Autonomy.validation.ValidationRegistry);
        await editor.type(MODEL.replace('2,000', '2,001'));
        const full = await openEditor(MODEL.replace('2,000', '2,001'));
        countingChecks(full.Autonomy.validation.ValidationRegistry);
        await full.shared.workspace.DocumentBuilder.build([full.document], { validation: true });
        const messages = (document: LangiumDocument) => document.diagnostics!.map(d => [d.message, d.range]);
        expect(messages(editor.document)).toEqual(messages(full.document));
        expect(messages(editor.document).map(m => m[0]).filter(m => typeof m === 'string' && m.includes('labelled'))).toEqual([
            'labelled A', 'unlabelled A', 'labelled B', 'unlabelled B', 'labelled C', 'unlabelled C'
        ]);
    });

    it('runs every check every time when switched off', async () => {
        const editor = await openEditor(MODEL);
        editor.Autonomy.speed!.ValidationWalk.incremental = false;
        const ran = countingChecks(editor.Autonomy.validation.ValidationRegistry);
        await editor.type(MODEL.replace('1,000', '1,001'));
        await editor.type(MODEL.replace('1,000', '1,002'));
        expect(ran.labelled).toEqual(['A', 'B', 'C', 'A', 'B', 'C']);
        expect(editor.Autonomy.speed!.ValidationWalk.counts.reusing).toBe(0);
    });

    it('leaves no record of a declaration whose validation was cancelled midway', async () => {
        // A practice of 100 properties: the walk looks for a cancellation every 64 nodes.
        const long = `practice Long {\n${'    list size 1\n'.repeat(100)}}\n`;
        const { Autonomy, document } = await openEditor(long);
        const walk = Autonomy.speed!.ValidationWalk;
        const ran: string[] = [];
        const source = new Cancellation.CancellationTokenSource();
        Autonomy.validation.ValidationRegistry.register<AutonomyAstType>({
            Practice: local((node: Practice) => { ran.push(node.name); }),
            // Cancels as the walk reaches the first list size, after the practice's own checks ran.
            ListSize: () => { source.cancel(); }
        });
        const root = document.parseResult.value;
        const accept: ValidationAcceptor = () => undefined;
        await expect(walk.validateAstNodes(root, {}, accept, source.token)).rejects.toThrow();
        expect(ran).toEqual(['Long']);
        // Validated again: the practice's local check runs again, as no record was kept.
        await walk.validateAstNodes(root, {}, accept, Cancellation.CancellationToken.None);
        expect(ran).toEqual(['Long', 'Long']);
        // And now it is recorded.
        await walk.validateAstNodes(root, {}, accept, Cancellation.CancellationToken.None);
        expect(ran).toEqual(['Long', 'Long']);
    });

    it('is left out with the speed module', async () => {
        const editor = await openEditor(MODEL, { speedUps: false });
        expect(editor.Autonomy.speed).toBeUndefined();
        const ran = countingChecks(editor.Autonomy.validation.ValidationRegistry);
        await editor.type(MODEL.replace('1,000', '1,001'));
        await editor.type(MODEL.replace('1,000', '1,002'));
        expect(ran.labelled).toEqual(['A', 'B', 'C', 'A', 'B', 'C']);
    });
});
