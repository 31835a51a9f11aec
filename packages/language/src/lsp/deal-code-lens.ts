import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** The editor command that opens the briefing preview beside the model (packages/vscode); its "The deal" section is the term sheet. */
export const SHOW_DEAL_COMMAND = 'autonomy.openPreviewToSide';

/**
 * "Show the deal" above each initiative (DOMAIN.md item 15). The lens names
 * no figure, so it costs nothing per keystroke; the deal itself is computed
 * when the preview opens (decision support runs on request only).
 */
export class DealCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value;
        if (!ast.isAutonomyFile(root)) {
            return [];
        }
        return root.elements.filter(ast.isInitiative).flatMap(initiative => {
            const range = initiative.$cstNode?.range;
            return range ? [{ range: { start: range.start, end: range.start }, command: { title: 'Show the deal', command: SHOW_DEAL_COMMAND } }] : [];
        });
    }
}
