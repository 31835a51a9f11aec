import { type AstNode, AstUtils, type CstNode, GrammarAST, isCompositeCstNode, type Properties } from 'langium';
import { currencyOf, finerThanMinor } from '../literals.js';

/**
 * A literal as the file writes it, where its value (in the AST) is not
 * enough: messages and quick fixes quote it ("8,200", "-£3.505"), and a
 * money value has neither its currency symbol nor the digits finer than a
 * penny it dropped.
 */
export interface WrittenLiteral {
    text: string;
    /** The currency symbol of a money literal; undefined for other literals. */
    currency?: string;
    /** A money literal with digits finer than one minor unit (£1.505). */
    finerThanMinor: boolean;
}

/** The literal `node` states for `property`, read from its CST; undefined when the parser recovered without it. */
export function writtenLiteral<N extends AstNode>(node: N, property: Properties<N>): WrittenLiteral | undefined {
    const text = literalLeaf(node.$cstNode, node, property)?.text;
    if (text === undefined) {
        return undefined;
    }
    const currency = currencyOf(text);
    return { text, currency, finerThanMinor: currency !== undefined && finerThanMinor(text) };
}

/** The literal as written, for a message or a label; empty when the parser recovered without it. */
export function writtenText<N extends AstNode>(node: N, property: Properties<N>): string {
    return writtenLiteral(node, property)?.text ?? '';
}

/**
 * The leaf assigned to `property`: what GrammarUtils.findNodeForProperty finds,
 * without the arrays it builds per child. The currency and sub-penny checks
 * read every amount of the file on every keystroke; with findNodeForProperty
 * that allocated 0.8 MB more per keystroke of a 1,000-line model.
 */
function literalLeaf(cst: CstNode | undefined, node: AstNode, property: string): CstNode | undefined {
    if (!isCompositeCstNode(cst)) {
        return undefined;
    }
    for (const child of cst.content) {
        // Children of other AST nodes (a share inside an investment) hold their own literals.
        if (child.astNode !== node) {
            continue;
        }
        if (isCompositeCstNode(child)) {
            const leaf = literalLeaf(child, node, property);
            if (leaf) {
                return leaf;
            }
        } else if (AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment)?.feature === property) {
            return child;
        }
    }
    return undefined;
}
