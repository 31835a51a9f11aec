import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
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
