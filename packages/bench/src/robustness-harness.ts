/**
 * Runs one input through every stage a user can reach (parse, link,
 * validate, analyse, format, report) and returns what went wrong, as plain
 * sentences, instead of throwing: a fuzz property then asserts the list is
 * empty and fast-check prints the smallest input that produced it.
 */
import { analyse, type AnalysisResult } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import { createAutonomyServices, diagnosticMessage, plainDiagnostic, type AutonomyServices } from '@autonomy/language';
import { buildReport, renderJson, renderMarkdown, renderPdf } from '@autonomy/report';
import { EmptyFileSystem, type LangiumDocument, type LangiumSharedCoreServices, type Lexer, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface Harness {
    shared: LangiumSharedCoreServices;
    Autonomy: AutonomyServices;
}

export function createHarness(): Harness {
    return createAutonomyServices(EmptyFileSystem);
}

export interface CheckOptions {
    /** Longest any one input may take through every stage. */
    budgetMs?: number;
    format?: boolean;
    /** Also check the formatter is idempotent and keeps every token and comment (only for parseable input). */
    formatterContract?: boolean;
    /** Looks at the built documents and the analysis result before they are discarded. */
    inspect?: (documents: LangiumDocument[], analysis: unknown) => void;
    /** Also render the PDF (slow: use on a few inputs only). */
    pdf?: boolean;
}

/**
 * Every input is built in the same folder, as a file closed and opened again
 * is: Langium's document trie keeps a folder's node after its last file is
 * deleted, and walks every node on each update, so a folder per input grew a
 * fuzz worker's heap by 250 bytes and its time per input with every input
 * (14 to 40 ms over tens of thousands of inputs). The documents of one input
 * are deleted before the next is built.
 */
const INPUT_FOLDER = URI.parse('file:///fuzz/input/');
const FORMAT_COPY = URI.parse('file:///fuzz/format-copy.autonomy');

/**
 * Builds the files together (the first is the one checked for format and
 * report), runs every stage, and removes the documents again.
 */
export async function checkInput(harness: Harness, files: Array<{ path: string; text: string }>, options: CheckOptions = {}): Promise<string[]> {
    const problems: string[] = [];
    const root = INPUT_FOLDER;
    const documents = harness.shared.workspace.LangiumDocuments;
    const started = performance.now();
    const docs: LangiumDocument[] = [];
    try {
        for (const file of files) {
            const doc = harness.shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.parse(root.toString() + file.path));
            documents.addDocument(doc);
            docs.push(doc);
        }
        await harness.shared.workspace.DocumentBuilder.build(docs, { validation: true });
        for (const doc of docs) {
            problems.push(...diagnosticsOutsideDocument(doc));
        }
        const main = docs[0];
        const model = harness.Autonomy.model.DomainModelBuilder.build(main);
        const analysis = analyse(model);
        if (options.format) {
            problems.push(...await checkFormatter(harness, main, options.formatterContract ?? false));
        }
        problems.push(...await renderReport(model, analysis, main, options.pdf ?? false));
        options.inspect?.(docs, analysis);
    } catch (error) {
        problems.push(`threw ${(error as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
    } finally {
        // As the editor removes a file: through the builder, so every cache keyed by the document lets it go
        // (deleting it from LangiumDocuments alone kept ~150 KB per input, and a fuzz worker died at 3 GB after 16,495).
        await harness.shared.workspace.DocumentBuilder.update([], docs.map(doc => doc.uri));
    }
    const elapsed = performance.now() - started;
    if (elapsed > (options.budgetMs ?? 5000)) {
        problems.push(`took ${Math.round(elapsed)} ms, over the ${options.budgetMs ?? 5000} ms budget`);
    }
    return problems;
}

export function diagnosticsOutsideDocument(doc: LangiumDocument): string[] {
    const lines = doc.textDocument.getText().split(/\r\n|\r|\n/);
    const inside = (p: { line: number; character: number }) =>
        p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
    return (doc.diagnostics ?? [])
        .filter(d => !inside(d.range.start) || !inside(d.range.end))
        .map(d => `diagnostic outside the document: ${JSON.stringify(d.range)} "${diagnosticMessage(d)}"`);
}

async function renderReport(model: DomainModel, analysis: AnalysisResult, doc: LangiumDocument, pdf: boolean): Promise<string[]> {
    const diagnostics = (doc.diagnostics ?? []).map(d => plainDiagnostic(d, doc.uri.path));
    const built = buildReport({ model, analysis, diagnostics, date: '2026-01-01', formulas: 'formulas' });
    const markdown = renderMarkdown(built);
    JSON.parse(renderJson(built));
    const problems = markdown.length > 0 ? [] : ['the Markdown report is empty'];
    if (pdf) {
        const bytes = await renderPdf(built);
        if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
            problems.push('renderPdf did not return a PDF');
        }
    }
    return problems;
}

/** The formatter contract (tokens kept, idempotent) holds for text the parser reads without errors. */
export function parsesCleanly(harness: Harness, text: string): boolean {
    const parsed = harness.Autonomy.parser.LangiumParser.parse(text);
    return parsed.lexerErrors.length === 0 && parsed.parserErrors.length === 0;
}

async function checkFormatter(harness: Harness, doc: LangiumDocument, contract: boolean): Promise<string[]> {
    const formatter = harness.Autonomy.lsp.Formatter;
    if (!formatter) {
        return [];
    }
    const params = { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 4, insertSpaces: true } };
    const edits = await formatter.formatDocument(doc, params);
    if (!contract) {
        return [];
    }
    const original = doc.textDocument.getText();
    const once = TextDocument.applyEdits(doc.textDocument, edits);
    const problems: string[] = [];
    if (!sameTokens(harness.Autonomy.parser.Lexer, original, once)) {
        problems.push(`formatting changed the tokens or comments:\n${firstDifference(original, once)}`);
    }
    // Format the formatted text: it must not change again.
    const again = await formatInto(harness, once);
    if (again !== once) {
        problems.push(`formatting is not idempotent:\n${firstDifference(once, again)}`);
    }
    return problems;
}

async function formatInto(harness: Harness, text: string): Promise<string> {
    const uri = FORMAT_COPY;
    const doc = harness.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    harness.shared.workspace.LangiumDocuments.addDocument(doc);
    try {
        await harness.shared.workspace.DocumentBuilder.build([doc], { validation: false });
        const edits = await harness.Autonomy.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        return TextDocument.applyEdits(doc.textDocument, edits);
    } finally {
        await harness.shared.workspace.DocumentBuilder.update([], [uri]);
    }
}

/**
 * The text as the language's own lexer reads it: every token and comment in
 * order (a comment's inner whitespace collapsed, its trailing whitespace
 * dropped, which the formatter may remove), and each run of characters the
 * lexer could not read. Read by the real lexer, not an approximation of it:
 * a pattern of our own read `£299,700,` as one number where the grammar reads
 * a number and a comma (npm run fuzz, seed 20261202, inputs 72705 and 83336).
 */
export function lexedTokens(lexer: Lexer, text: string): string[] {
    const result = lexer.tokenize(text);
    const pieces = [
        ...result.tokens.map(t => ({ at: t.startOffset, text: t.image })),
        ...result.hidden.filter(t => !/^\s+$/.test(t.image)).map(t => ({ at: t.startOffset, text: t.image.replace(/\s+/g, ' ').trimEnd() })),
        ...result.errors.map(e => ({ at: e.offset, text: text.slice(e.offset, e.offset + e.length) }))
    ];
    return pieces.sort((a, b) => a.at - b.at).map(p => p.text);
}

/** Formatting may change whitespace only: the same tokens, comments and unreadable characters, in order. */
export function sameTokens(lexer: Lexer, a: string, b: string): boolean {
    const x = lexedTokens(lexer, a);
    const y = lexedTokens(lexer, b);
    return x.length === y.length && x.every((t, i) => t === y[i]);
}

function firstDifference(a: string, b: string): string {
    const x = a.split('\n');
    const y = b.split('\n');
    const i = x.findIndex((line, k) => line !== y[k]);
    const at = i < 0 ? Math.min(x.length, y.length) : i;
    return `line ${at + 1}:\n  before: ${JSON.stringify(x[at])}\n  after:  ${JSON.stringify(y[at])}`;
}
