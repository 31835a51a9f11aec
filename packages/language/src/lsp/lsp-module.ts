import type { LangiumSharedServices } from 'langium/lsp';
import type { AutonomyServices } from '../autonomy-module.js';
import { AutonomyCompletionProvider } from './completion-provider.js';
import { DealCodeLensProvider } from './deal-code-lens.js';
import { AutonomyDocumentLinkProvider } from './document-link-provider.js';
import { AutonomyDocumentSymbolProvider } from './document-symbol-provider.js';
import { AutonomyFoldingRangeProvider } from './folding-range-provider.js';
import { AutonomyFileRenameHandler } from './file-rename-handler.js';
import { AutonomyFormatter } from './formatter.js';
import { AutonomyHoverProvider } from './hover-provider.js';
import { AutonomyInlayHintProvider } from './inlay-hint-provider.js';
import { AutonomyNodeKindProvider } from './node-kind-provider.js';
import { AutonomyRenameProvider } from './rename-provider.js';
import { AutonomySemanticTokenProvider } from './semantic-token-provider.js';
import { AutonomyWorkspaceSymbolProvider } from './workspace-symbol-provider.js';

/**
 * The language-server features this language adds to Langium's defaults,
 * registered under `lsp` in autonomy-module.ts.
 */
export const AutonomyLspModule = {
    Formatter: (_services: AutonomyServices) => new AutonomyFormatter(),
    CompletionProvider: (services: AutonomyServices) => new AutonomyCompletionProvider(services),
    RenameProvider: (services: AutonomyServices) => new AutonomyRenameProvider(services),
    DocumentSymbolProvider: (services: AutonomyServices) => new AutonomyDocumentSymbolProvider(services),
    FoldingRangeProvider: (services: AutonomyServices) => new AutonomyFoldingRangeProvider(services),
    SemanticTokenProvider: (services: AutonomyServices) => new AutonomySemanticTokenProvider(services),
    HoverProvider: (services: AutonomyServices) => new AutonomyHoverProvider(services),
    InlayHintProvider: (services: AutonomyServices) => new AutonomyInlayHintProvider(services),
    DocumentLinkProvider: (services: AutonomyServices) => new AutonomyDocumentLinkProvider(services),
    CodeLensProvider: (_services: AutonomyServices) => new DealCodeLensProvider()
};

/** Shared (cross-language) services: symbol kinds, workspace symbols, imports kept right when files move. */
export const AutonomySharedLspModule = {
    lsp: {
        FileOperationHandler: (services: LangiumSharedServices) => new AutonomyFileRenameHandler(services),
        NodeKindProvider: (_services: LangiumSharedServices) => new AutonomyNodeKindProvider(),
        WorkspaceSymbolProvider: (services: LangiumSharedServices) => new AutonomyWorkspaceSymbolProvider(services)
    }
};
