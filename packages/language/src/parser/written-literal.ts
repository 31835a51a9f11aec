import { type AstNode, GrammarUtils, type Properties } from 'langium';
import { parseMoney } from '../literals.js';

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
    const text = GrammarUtils.findNodeForProperty(node.$cstNode, property)?.text;
    if (text === undefined) {
        return undefined;
    }
    const money = parseMoney(text);
    return { text, currency: money?.currency, finerThanMinor: money ? !money.wholeMinor : false };
}

/** The literal as written, for a message or a label; empty when the parser recovered without it. */
export function writtenText<N extends AstNode>(node: N, property: Properties<N>): string {
    return writtenLiteral(node, property)?.text ?? '';
}
