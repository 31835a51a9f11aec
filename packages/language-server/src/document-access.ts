import { type AnalysisResult, analyse } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import type { AutonomyServices } from '@autonomy/language';
import { DocumentState, type LangiumDocument, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';

export interface ValidatedModel {
    document: LangiumDocument;
    model: DomainModel;
    analysis: AnalysisResult;
}

/**
 * Waits until the server has validated the document (so its diagnostics and
 * analysis match what the editor shows), then returns its domain model and
 * analysis. Previews use the editor's analysis (the one hovers show, bounded
 * so typing never waits); exports use the full analysis, as the CLI does.
 * Throws an Error whose message a user can act on.
 */
export async function validatedModel(
    shared: LangiumSharedServices, services: AutonomyServices, uri: string, cancelToken?: CancellationToken,
    purpose: 'preview' | 'export' = 'preview'
): Promise<ValidatedModel> {
    const document = await builtDocument(shared, uri, DocumentState.Validated, cancelToken);
    const name = document.uri.path.split('/').pop();
    if (purpose === 'export') {
        const model = services.model.DomainModelBuilder.build(document);
        try {
            return { document, model, analysis: analyse(model, { decisionSupport: true }) };
        } catch (error) {
            throw new Error(`${name} could not be analysed (${error instanceof Error ? error.message : String(error)}); fix the problems listed in the Problems panel first.`, { cause: error });
        }
    }
    // The preview opens on request, so it may carry decision support (the deal, sharing rules, voting power).
    const provider = services.analysis.AnalysisProvider;
    const current = provider.getDecisionSupport(document) ?? provider.getAnalysis(document);
    if (!current) {
        throw new Error(`${name} could not be analysed; fix the problems listed in the Problems panel first.`);
    }
    return { document, model: current.model, analysis: current.result };
}

/**
 * The document at `uri` once the server has built it to `state`. Throws an
 * Error whose message a user can act on when it is not open.
 */
export async function builtDocument(
    shared: LangiumSharedServices, uri: string, state: DocumentState, cancelToken?: CancellationToken
): Promise<LangiumDocument> {
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    // The workspace's files are loaded once at start-up; a just-opened editor
    // is in TextDocuments before its first build puts it in LangiumDocuments.
    await shared.workspace.WorkspaceManager.ready;
    if (!documents.hasDocument(parsed) && !shared.workspace.TextDocuments?.get(parsed.toString())) {
        throw new Error(`${parsed.path.split('/').pop()} is not open in the Autonomy language server; open it in the editor first.`);
    }
    // Until its first build starts, the builder does not know the document and refuses to wait for it
    // ("No document found for URI"; seen in the web edition when the worker was slow).
    await addedToWorkspace(shared, parsed, cancelToken);
    await shared.workspace.DocumentBuilder.waitUntil(state, parsed, cancelToken);
    const document = documents.getDocument(parsed);
    if (!document) {
        throw new Error(`${parsed.path.split('/').pop()} was closed before its report was ready.`);
    }
    return document;
}

/**
 * A document opened while another build runs waits for that build to end before its own update adds it to
 * LangiumDocuments (the web edition opens a share link's files while the examples are still being built);
 * until then waitUntil would refuse it as unknown. Resolves once the document is there (parsed, so in LangiumDocuments).
 */
async function addedToWorkspace(shared: LangiumSharedServices, uri: URI, cancelToken?: CancellationToken): Promise<void> {
    const { LangiumDocuments: documents, DocumentBuilder: builder, TextDocuments: texts } = shared.workspace;
    // A cancelled request stops waiting; the waitUntil after this answers it as cancelled.
    while (!documents.hasDocument(uri) && !cancelToken?.isCancellationRequested) {
        if (!texts?.get(uri.toString())) {
            throw new Error(`${uri.path.split('/').pop()} was closed before its report was ready.`);
        }
        await new Promise<void>(resolve => {
            // Not onUpdate: its listeners run before the update adds the documents, so the loop would wait for the next one.
            const updated = builder.onBuildPhase(DocumentState.Parsed, done);
            const cancelled = cancelToken?.onCancellationRequested(done);
            function done(): void {
                updated.dispose();
                cancelled?.dispose();
                resolve();
            }
        });
    }
}
