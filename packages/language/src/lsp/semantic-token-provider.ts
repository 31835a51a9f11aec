import { type AstNode, AstUtils, CstUtils } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenTypes, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * Token types beyond LSP's standard set, so money and percentages read apart
 * from plain numbers. The VS Code extension declares them with `number` as
 * their super type, so every theme still colours them.
 */
export const CUSTOM_TOKEN_TYPES = { money: 'money', percentage: 'percentage' } as const;

/** What each kind of declaration is highlighted as, wherever its name appears. */
const TYPE_OF: Record<string, string> = {
    [ast.Practice.$type]: SemanticTokenTypes.class,
    [ast.Collective.$type]: SemanticTokenTypes.namespace,
    [ast.Domain.$type]: SemanticTokenTypes.enumMember,
    [ast.Initiative.$type]: SemanticTokenTypes.event,
    [ast.Merger.$type]: SemanticTokenTypes.struct,
    [ast.Partner.$type]: SemanticTokenTypes.type
};

const LITERAL_TYPE: Record<string, string> = {
    MONEY: CUSTOM_TOKEN_TYPES.money,
    PERCENT: CUSTOM_TOKEN_TYPES.percentage,
    NUMBER: SemanticTokenTypes.number
};

/**
 * Semantic highlighting: practices, collectives, domains, initiatives,
 * mergers and partners each have their own colour, at their declaration
 * (with the `declaration` modifier) and at every reference; money,
 * percentages and plain numbers are told apart; trust components are
 * properties. Keywords, strings and comments are left to the TextMate grammar.
 */
export class AutonomySemanticTokenProvider extends AbstractSemanticTokenProvider {

    override get tokenTypes(): Record<string, number> {
        const base = Object.keys(AllSemanticTokenTypes).length;
        return { ...AllSemanticTokenTypes, [CUSTOM_TOKEN_TYPES.money]: base, [CUSTOM_TOKEN_TYPES.percentage]: base + 1 };
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (ast.isAutonomyFile(node)) {
            this.highlightLiterals(node, acceptor);
            return;
        }
        const declared = TYPE_OF[node.$type];
        if (declared && 'name' in node) {
            acceptor({ node, property: 'name', type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        if (ast.isTrustComponent(node)) {
            acceptor({ node, property: 'component', type: SemanticTokenTypes.property });
        }
        for (const reference of AstUtils.streamReferences(node)) {
            const target = 'ref' in reference.reference ? reference.reference.ref : undefined;
            const type = target ? TYPE_OF[target.$type] : undefined;
            const cst = reference.reference.$refNode;
            if (type && cst) {
                acceptor({ cst, type });
            }
        }
    }

    /** Every money, percentage and number token, found once from the root. */
    private highlightLiterals(file: ast.AutonomyFile, acceptor: SemanticTokenAcceptor): void {
        if (!file.$cstNode) {
            return;
        }
        for (const leaf of CstUtils.flattenCst(file.$cstNode)) {
            const type = LITERAL_TYPE[leaf.tokenType.name];
            if (type) {
                acceptor({ cst: leaf, type });
            }
        }
    }
}
