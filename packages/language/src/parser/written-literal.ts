import { type AstNode, AstUtils, type CstNode, GrammarAST, isCompositeCstNode, type Properties } from 'langium';

/**
 * The literal `node` states for `property` as the file writes it ("8,200",
 * "-£3.505"), read from the CST; undefined when the parser recovered without
 * it. The AST holds the literal's value; messages and quick fixes quote the
 * literal as written, and what a money value leaves out (its currency symbol,
 * digits finer than a penny: literals.ts currencyOf, finerThanMinor) is read
 * from this text.
 */
export function writtenLiteral<N extends AstNode>(node: N, property: Properties<N>): string | undefined {
    return literalLeaf(node.$cstNode, node, property)?.text;
}

/** The literal as written, for a message or a label; empty when the parser recovered without it. */
export function writtenText<N extends AstNode>(node: N, property: Properties<N>): string {
    return writtenLiteral(node, property) ?? '';
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
