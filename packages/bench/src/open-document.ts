import type { LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import type { NormalizedTextDocuments } from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * A file open in the editor, held as the language server holds it: its text
 * in the editor's text documents, each change a new version followed by
 * `DocumentBuilder.update` (the path on which a change can be parsed,
 * linked and validated incrementally; deleting and re-creating the document
 * can only build it in full).
 */
export class OpenDocument {
    private version = 1;

    private constructor(private readonly shared: LangiumSharedCoreServices, readonly uri: URI, readonly document: LangiumDocument) {}

    /** Opens `text` at `uri` and builds it with validation, as the server does on didOpen. */
    static async open(shared: LangiumSharedCoreServices, uri: URI, text: string): Promise<OpenDocument> {
        const textDocuments = shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
        const opened = TextDocument.create(uri.toString(), 'autonomy', 1, text);
        textDocuments.set(opened);
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(opened);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        return new OpenDocument(shared, uri, document);
    }

    /** The whole new text, as a keystroke leaves it, then the rebuild the server runs on didChange. */
    async type(text: string): Promise<void> {
        const textDocuments = this.shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
        textDocuments.set(TextDocument.create(this.uri.toString(), 'autonomy', ++this.version, text));
        await this.shared.workspace.DocumentBuilder.update([this.uri], []);
    }
}
