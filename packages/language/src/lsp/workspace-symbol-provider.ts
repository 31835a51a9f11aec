import type { AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol } from 'vscode-languageserver';

/**
 * Workspace symbols: every declaration in every loaded model, with the file
 * it lives in as container, so two scenarios' "Riverside" can be told apart.
 */
export class AutonomyWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    protected override getWorkspaceSymbol(description: AstNodeDescription): WorkspaceSymbol | undefined {
        const symbol = super.getWorkspaceSymbol(description);
        return symbol ? { ...symbol, containerName: description.documentUri.path.split('/').pop() } : undefined;
    }
}
