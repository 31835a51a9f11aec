/**
 * The file-wide checks that keep a part per declaration (speed/kept-file-check.ts:
 * the cessions, the currencies) must report what a fresh build reports after
 * any edit an incremental parse takes: a kept declaration's part is its own
 * text's, and what its references lead to is read again (a collective
 * retitled, or another run by, changes the cession message of an initiative
 * the edit did not touch; the file's first amount changing currency makes the
 * kept declarations' amounts wrong).
 */
import * as fc from 'fast-check';
import { type AstNode, EmptyFileSystem, URI } from 'langium';
import type { NormalizedTextDocuments } from 'langium/lsp';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { IncrementalDocumentFactory } from '../../src/speed/incremental-document-factory.js';
import { KeptFileCheck } from '../../src/speed/kept-file-check.js';
import { diagnosticCode } from '../../src/validation/plain-diagnostic.js';

describe('KeptFileCheck', () => {
    it('computes a part once per declaration object, and again for a new object', () => {
        const computed: string[] = [];
        const kept = new KeptFileCheck((declaration: AstNode) => {
            computed.push(declaration.$type);
            return { type: declaration.$type };
        });
        const first = { $type: 'Practice' } as AstNode;
        const second = { $type: 'Practice' } as AstNode;
        const part = kept.of(first);
        expect(kept.of(first)).toBe(part);
        expect(kept.of(second)).not.toBe(part);
        expect(computed).toEqual(['Practice', 'Practice']);
    });
});

/** Each declaration of the model, with the texts an edit may give it (the first is the starting one). */
const DECLARATIONS: readonly (readonly string[])[] = [
    ['model "Kept" { currency £ }', 'model "Kept" { currency € }', 'model "Kept" { horizon 5 }'],
    ['domain visiting "Visiting"'],
    ['practice A "Alpha Surgery" { list size 1,000 }'],
    ['practice B "Beta Surgery" { list size 2,000 }'],
    ['collective Net { members A, B decides by consensus }', 'collective Net "Network" { members A, B decides by consensus }'],
    ['collective Other { members A, B decides by consensus }', 'collective Other "The other one" { members A, B decides by consensus }'],
    ...['One', 'Two', 'Three'].map(name => ['Net', 'Other'].flatMap(collective => ['£', '€'].map(currency =>
        `initiative ${name} {\n    run by ${collective}\n    participants A, B\n    current cost A ${currency}1,000, B £1,000\n`
        + `    shared cost £500 fixed\n    cedes visiting 20% for A\n}`)))
];

const CODES = new Set(['domain-ceded-twice', 'currency-mismatch']);

function checked(diagnostics: readonly Diagnostic[] | undefined): unknown[] {
    return (diagnostics ?? []).filter(d => CODES.has(diagnosticCode(d) ?? '')).map(d => ({ message: d.message, range: d.range, data: d.data as unknown }));
}

describe('the kept cession and currency parts', () => {
    it('report what a fresh build reports after each edit', async () => {
        const fresh = parseHelper(createAutonomyServices(EmptyFileSystem).Autonomy);
        const edit = fc.record({ declaration: fc.nat(DECLARATIONS.length - 1), variant: fc.nat(3) });
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async edits => {
            const chosen = DECLARATIONS.map(() => 0);
            const text = () => DECLARATIONS.map((variants, i) => variants[chosen[i]]).join('\n') + '\n';
            const { shared } = createAutonomyServices(EmptyFileSystem);
            const uri = URI.parse('file:///kept-file-check/model.autonomy');
            const textDocuments = shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
            let version = 1;
            textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', version, text()));
            const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocuments.get(uri.toString())!);
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            for (const { declaration, variant } of edits) {
                chosen[declaration] = variant % DECLARATIONS[declaration].length;
                textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', ++version, text()));
                await shared.workspace.DocumentBuilder.update([uri], []);
                const typed = shared.workspace.LangiumDocuments.getDocument(uri)!;
                const expected = await fresh(text(), { validation: true });
                expect(checked(typed.diagnostics)).toEqual(checked(expected.diagnostics));
            }
        }), { numRuns: 60 });
    });

    it('are kept: the edits above take the incremental parse', async () => {
        const { shared } = createAutonomyServices(EmptyFileSystem);
        const factory = shared.workspace.LangiumDocumentFactory;
        const uri = URI.parse('file:///kept-file-check/incremental.autonomy');
        const textDocuments = shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
        const before = DECLARATIONS.map(variants => variants[0]).join('\n') + '\n';
        textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', 1, before));
        const document = factory.fromTextDocument(textDocuments.get(uri.toString())!);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', 2, before.replace('collective Net {', 'collective Net "Network" {')));
        await shared.workspace.DocumentBuilder.update([uri], []);
        expect(factory instanceof IncrementalDocumentFactory && factory.counts.incremental).toBe(1);
    });
});
