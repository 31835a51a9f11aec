import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { parseHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver';
import { createAutonomyServices } from '../../src/autonomy-module.js';

/** Fresh in-memory services for one test file. */
export function createTestServices() {
    return createAutonomyServices(EmptyFileSystem);
}

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** Every *.autonomy file under examples/, recursively. */
export function exampleFiles(dir = EXAMPLES_DIR): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
            found.push(...exampleFiles(path));
        } else if (entry.endsWith('.autonomy')) {
            found.push(path);
        }
    }
    return found.sort();
}

export function readText(path: string): string {
    return readFileSync(path, 'utf8');
}

/** Formats `text` with the language's formatter, as the editor would. */
export async function formatText(services: ReturnType<typeof createTestServices>['Autonomy'], text: string): Promise<string> {
    const document: LangiumDocument = await parseHelper(services)(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 2, insertSpaces: false }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Loads every *.autonomy file under `dir` from disk into one workspace and builds it, as the editor does. */
export async function loadWorkspace(dir: string) {
    const services = createAutonomyServices(NodeFileSystem);
    const documents = new Map<string, LangiumDocument>();
    // Every file is built; the map by file name (for `get`) keeps the first of two files with one name
    // (examples/register/practices.autonomy and examples/westbrook/register/practices.autonomy).
    const all: LangiumDocument[] = [];
    for (const file of exampleFiles(dir)) {
        const document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(file));
        all.push(document);
        if (!documents.has(basename(file))) {
            documents.set(basename(file), document);
        }
    }
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    const get = (name: string): LangiumDocument => {
        const document = documents.get(name);
        if (!document) {
            throw new Error(`fixture ${name} not loaded from ${dir}`);
        }
        return document;
    };
    return { ...services, documents, get };
}

/** The position of the n-th (0-based) occurrence of `text` in the document. */
export function positionOf(document: LangiumDocument, text: string, occurrence = 0) {
    const source = document.textDocument.getText();
    let offset = -1;
    for (let i = 0; i <= occurrence; i++) {
        offset = source.indexOf(text, offset + 1);
        if (offset < 0) {
            throw new Error(`"${text}" occurs fewer than ${occurrence + 1} times in ${document.uri.path}`);
        }
    }
    return document.textDocument.positionAt(offset);
}

/** A reader of the hover's Markdown at the n-th (0-based) occurrence of `text` (positionOf); '' when there is no hover. */
export function hoverReader(services: ReturnType<typeof createTestServices>['Autonomy']) {
    return async (document: LangiumDocument, text: string, occurrence = 0): Promise<string> => {
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(document, text, occurrence)
        });
        return (hover?.contents as MarkupContent | undefined)?.value ?? '';
    };
}
