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
        } else if (child.grammarSource && assignedFeature(child.grammarSource) === property) {
            return child;
        }
    }
    return undefined;
}

/** The feature each grammar element's tokens are assigned to (null: none), looked up once per element of the grammar. */
const features = new WeakMap<GrammarAST.AbstractElement, string | null>();

/**
 * The feature of the assignment `element` is in. Asked of every leaf of every
 * amount the validation reads (twice: the currency check and the amount's own),
 * so the walk up the grammar, asking the reflection at each step, is made once
 * per grammar element, which lives as long as the grammar.
 */
function assignedFeature(element: GrammarAST.AbstractElement): string | null {
    let feature = features.get(element);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(element, GrammarAST.isAssignment)?.feature ?? null;
        features.set(element, feature);
    }
    return feature;
}
