/**
 * Formatting can be cancelled (issue 12 item 16: formatting a 2 MB model
 * blocked the server for 3.6 s). The cancellable passes must give exactly
 * the edits of Langium's synchronous formatter, and stop on a cancel or an edit.
 */
import { type LangiumDocument, Cancellation, OperationCancelled, TextDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { createTestServices, exampleFiles, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const formatter = Autonomy.lsp.Formatter!;
const OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

/** Langium's own synchronous formatting, the reference (protected in the class). */
function langiumEdits(document: LangiumDocument, range?: Range): TextEdit[] {
    return (formatter as unknown as { doDocumentFormat(d: LangiumDocument, o: FormattingOptions, r?: Range): TextEdit[] })
        .doDocumentFormat(document, OPTIONS, range);
}

/** An example with its layout spoiled, so the formatter has work on every line. */
function spoiled(text: string): string {
    return text.replace(/ \{/g, '{').replace(/\n {4}/g, '\n  ').replace(/, /g, ' ,').replace(/ -> /g, '->');
}

const params = (document: LangiumDocument) => ({ textDocument: { uri: document.uri.toString() }, options: OPTIONS });

/** Blocks enough that formatting takes well over the 10 ms between two looks at the token. */
function bigModel(practices: number): string {
    const lines = ['model "Big"{currency £}'];
    for (let i = 0; i < practices; i++) {
        lines.push(`practice P${i}{list size 1,000   crisis risk 5%}`);
    }
    return lines.join('\n');
}

describe('cancellable formatting', () => {
    it('gives the edits of Langium\'s synchronous formatter, on every example as written and spoiled', async () => {
        let compared = 0;
        for (const file of exampleFiles()) {
            for (const text of [readText(file), spoiled(readText(file))]) {
                const document = await parseHelper(Autonomy)(text);
                if (document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
                    continue;
                }
                const reference = langiumEdits(document);
                const edits = await formatter.formatDocument(document, params(document));
                // Only the file's last line break may be added after Langium's edits.
                expect(edits.slice(0, reference.length), file).toEqual(reference);
                expect(edits.length - reference.length).toBeLessThanOrEqual(1);
                const range: Range = { start: { line: 3, character: 0 }, end: { line: 30, character: 0 } };
                expect(await formatter.formatDocumentRange(document, { ...params(document), range }), file).toEqual(langiumEdits(document, range));
                compared += reference.length;
            }
        }
        expect(compared).toBeGreaterThan(500);
    });

    it('stops with OperationCancelled when the request is cancelled while it runs', async () => {
        const document = await parseHelper(Autonomy)(bigModel(2_000));
        const source = new Cancellation.CancellationTokenSource();
        // Runs only when the formatter lets the event loop run: that is what makes it cancellable.
        setImmediate(() => source.cancel());
        await expect(formatter.formatDocument(document, params(document), source.token)).rejects.toBe(OperationCancelled);
    });

    it('stops when the document is edited while it is formatted (its edits would be for text that is gone)', async () => {
        const document = await parseHelper(Autonomy)(bigModel(2_000));
        setImmediate(() => TextDocument.update(document.textDocument, [{ text: '// edited\n' }], document.textDocument.version + 1));
        // A request's token, never cancelled (without one, Langium's interruptAndCheck never lets the event loop run).
        const token = new Cancellation.CancellationTokenSource().token;
        await expect(formatter.formatDocument(document, params(document), token)).rejects.toBe(OperationCancelled);
    });

    it('finishes the same big model when nobody cancels', async () => {
        const document = await parseHelper(Autonomy)(bigModel(2_000));
        const edits = await formatter.formatDocument(document, params(document));
        expect(edits).toEqual([...langiumEdits(document), expect.objectContaining({ newText: '\n' })]);
        expect(edits.length).toBeGreaterThan(5_000);
    });
});
