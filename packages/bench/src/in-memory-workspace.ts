/**
 * Loads generated files into a Langium workspace held in memory, as the
 * editor would hold them, and builds them (parse, index, link, validate).
 */
import { diagnosticMessage } from '@autonomy/language';
import { type LangiumDocument, type LangiumSharedCoreServices, URI, UriUtils } from 'langium';

export interface SourceFile {
    path: string;
    text: string;
}

export const BENCH_ROOT = URI.parse('file:///bench-workspace');

/** Parses every file into a document and adds it to the workspace (parse only, no linking). */
export function addDocuments(shared: LangiumSharedCoreServices, files: readonly SourceFile[], root: URI = BENCH_ROOT): LangiumDocument[] {
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = shared.workspace.LangiumDocuments;
    return files.map(file => {
        const document = factory.fromString(file.text, UriUtils.joinPath(root, file.path));
        documents.addDocument(document);
        return document;
    });
}

/** Parses, links and validates the files: the full build the editor and the CLI run. */
export async function buildDocuments(shared: LangiumSharedCoreServices, files: readonly SourceFile[], root: URI = BENCH_ROOT): Promise<LangiumDocument[]> {
    const documents = addDocuments(shared, files, root);
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

/** Diagnostics of every document with the file they belong to. */
export function allDiagnostics(documents: readonly LangiumDocument[]): Array<{ uri: string; severity?: number; message: string; line: number }> {
    return documents.flatMap(doc => (doc.diagnostics ?? []).map(d => ({
        uri: doc.uri.toString(), severity: d.severity, message: diagnosticMessage(d), line: d.range.start.line
    })));
}
