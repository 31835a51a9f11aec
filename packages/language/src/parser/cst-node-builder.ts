import { type CompositeCstNode, type CstNode, CstNodeBuilder, createParser, type LangiumCoreServices, type LangiumParser, type LeafCstNode, type LeafCstNodeImpl } from 'langium';
import { newAutonomyParser } from './autonomy-parser.js';
import { CompactLeafCstNode, leafKind } from './compact-cst-leaf.js';

type IToken = Parameters<CstNodeBuilder['buildLeafNode']>[0];

/** What the builder's nodes are at run time (CompositeCstNodeImpl): a mutable list of children. */
interface MutableComposite {
    content: CstNode[];
}

function mutable(parent: CompositeCstNode): MutableComposite {
    return parent as unknown as MutableComposite;
}

/** Makes `parent` the container of `children` (Langium's `container` is read-only in its types). */
export function adopt(parent: CompositeCstNode, children: readonly CstNode[]): void {
    for (const child of children) {
        (child as { container?: CompositeCstNode }).container = parent;
    }
}

/** The most children passed to one push or splice call: far below any engine's argument limit. */
const CHUNK = 1000;

/**
 * Langium's CST builder with the compact leaf (compact-cst-leaf.ts), adding many children at once without spreading them
 * all into one call's arguments. Langium's `push(...children)` and
 * `splice(index, 0, ...children)` pass every hidden token before a keyword as
 * an argument: 200,000 comment lines in a row exceed the stack ("Maximum call
 * stack size exceeded", issue 12 item 5). In chunks, an insertion still only
 * moves the children after it (usually none), so long lists stay linear.
 */
export class AutonomyCstNodeBuilder extends CstNodeBuilder {
    /**
     * `hidden` is not stored: a leaf without a grammar element is hidden (compact-cst-leaf.ts).
     * Langium types the result as its own class, whose private fields no other class has;
     * its callers use only the `LeafCstNode` interface, which the compact leaf implements.
     */
    override createLeafNode(token: IToken): LeafCstNodeImpl {
        return new CompactLeafCstNode(token.startOffset, token.image.length, leafKind(token.tokenType, undefined)) as unknown as LeafCstNodeImpl;
    }

    /** As Langium's, with the leaf made of its kind at once rather than given its grammar element after. */
    override buildLeafNode(token: IToken, feature?: LeafCstNode['grammarSource']): LeafCstNode {
        const leaf = new CompactLeafCstNode(token.startOffset, token.image.length, leafKind(token.tokenType, feature));
        this.appendChild(this.current, leaf);
        return leaf;
    }

    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        adopt(parent, children);
        const target = mutable(parent);
        if (target.content.length === 0) {
            target.content = children.slice();
            return;
        }
        for (let i = 0; i < children.length; i += CHUNK) {
            target.content.push(...children.slice(i, i + CHUNK));
        }
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        adopt(parent, children);
        const content = mutable(parent).content;
        for (let i = 0; i < children.length; i += CHUNK) {
            content.splice(index + i, 0, ...children.slice(i, i + CHUNK));
        }
    }
}

/** This language's parser (autonomy-parser.ts), building its CST with the builder above. */
export function createAutonomyParser(services: LangiumCoreServices): LangiumParser {
    const parser = newAutonomyParser(services);
    // Langium creates its builder in the constructor and offers no service to replace it.
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new AutonomyCstNodeBuilder();
    // As Langium's createLangiumParser does, with this parser in place of its own.
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
