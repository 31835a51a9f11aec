import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** One icon per concept, in the outline, workspace symbols and completion lists. */
const KINDS: Record<string, { symbol: SymbolKind; completion: CompletionItemKind }> = {
    [ast.ModelSettings.$type]: { symbol: SymbolKind.Module, completion: CompletionItemKind.Module },
    [ast.Domain.$type]: { symbol: SymbolKind.EnumMember, completion: CompletionItemKind.EnumMember },
    [ast.Practice.$type]: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class },
    [ast.Collective.$type]: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module },
    [ast.Trust.$type]: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface },
    [ast.Initiative.$type]: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event },
    [ast.Merger.$type]: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct },
    [ast.Partner.$type]: { symbol: SymbolKind.Object, completion: CompletionItemKind.Reference },
    [ast.Import.$type]: { symbol: SymbolKind.File, completion: CompletionItemKind.File }
};

export class AutonomyNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.symbol ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.completion ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
