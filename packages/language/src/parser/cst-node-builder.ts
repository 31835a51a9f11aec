import { type CompositeCstNode, CompositeCstNodeImpl, type CstNode, CstNodeBuilder, createParser, type LangiumCoreServices, type LangiumParser, type LeafCstNode, type LeafCstNodeImpl } from 'langium';
import { newAutonomyParser } from './autonomy-parser.js';
import { compactLeaf, type LeafKind, leafKind } from './compact-cst-leaf.js';

type IToken = Parameters<CstNodeBuilder['buildLeafNode']>[0];
type Constructed = Parameters<CstNodeBuilder['construct']>[0];

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

/** Inserts `children` into `list` at `index`, in chunks (see the class comment). */
function insertInChunks(list: CstNode[], index: number, children: readonly CstNode[]): void {
    for (let i = 0; i < children.length; i += CHUNK) {
        list.splice(index + i, 0, ...children.slice(i, i + CHUNK));
    }
}

/**
 * Langium's CST builder with the compact leaf (compact-cst-leaf.ts) and one
 * list of children for all the nodes being built.
 *
 * Langium gives each open composite node its own array and pushes its
 * children into it: V8 gives a pushed-into empty array room for 16, and
 * Langium copies it to its exact size when the node closes, so every node
 * leaves a 16-slot array behind as garbage. Here the children of the open
 * nodes (each one's children after its parent's, as the nodes nest) are kept
 * in one list that is reused for the whole parse; a node's children are
 * copied out of it once, at their exact number, when it closes. A closed node
 * (the root, once its rule has ended, for the comments after the last token)
 * is added to as Langium adds to it.
 *
 * Many children are added without spreading them all into one call's
 * arguments: Langium's `push(...children)` and `splice(index, 0, ...children)`
 * pass every hidden token before a keyword as an argument, and 200,000 comment
 * lines in a row exceed the stack ("Maximum call stack size exceeded", issue
 * 12 item 5). In chunks, an insertion still only moves the children after it
 * (usually none), so long lists stay linear.
 */
export class AutonomyCstNodeBuilder extends CstNodeBuilder {
    /** The children of the open nodes: those of `nodeStack[i]` from `starts[i]` up to the next open node's start (or `size`). */
    private open: CstNode[] = [];
    /** How much of `open` is in use: it is not shortened when a node closes, so that its room is reused. */
    private size = 0;
    private starts: number[] = [];
    /** Langium's root is private to its builder. */
    private root: CompositeCstNode | undefined;

    private get openNodes(): CompositeCstNode[] {
        return (this as unknown as { nodeStack: CompositeCstNode[] }).nodeStack;
    }

    override buildRootNode(input: string): ReturnType<CstNodeBuilder['buildRootNode']> {
        this.clearOpen();
        const root = super.buildRootNode(input);
        this.root = root;
        this.starts.push(0);
        return root;
    }

    /** As Langium's, with the node made by `OpenComposite` (below). */
    override buildCompositeNode(feature: Parameters<CstNodeBuilder['buildCompositeNode']>[0]): CompositeCstNode {
        const parent = this.current;
        const node = new OpenComposite(parent, feature);
        this.appendChild(parent, node);
        this.openNodes.push(node);
        this.starts.push(this.size);
        return node;
    }

    /**
     * `hidden` is not stored: a leaf without a grammar element is hidden (compact-cst-leaf.ts).
     * Langium types the result as its own class, whose private fields no other class has;
     * its callers use only the `LeafCstNode` interface, which the compact leaf implements.
     */
    override createLeafNode(token: IToken): LeafCstNodeImpl {
        return compactLeaf(undefined, token.startOffset, leafKind(token.tokenType, undefined, token.image.length)) as unknown as LeafCstNodeImpl;
    }

    /** As Langium's, with the leaf made of its kind at once rather than given its grammar element after. */
    override buildLeafNode(token: IToken, feature?: LeafCstNode['grammarSource']): LeafCstNode {
        return this.buildLeafOfKind(token, leafKind(token.tokenType, feature, token.image.length));
    }

    /** A consumed token's leaf, of the kind the parser found for it (autonomy-parser.ts keeps the kind per grammar element). */
    buildLeafOfKind(token: IToken, kind: LeafKind): LeafCstNode {
        const parent = this.current;
        const leaf = compactLeaf(parent, token.startOffset, kind);
        this.appendChild(parent, leaf);
        return leaf;
    }

    override appendChild(parent: CompositeCstNode, child: CstNode): void {
        (child as { container?: CompositeCstNode }).container = parent;
        const stack = this.openNodes;
        if (stack.length > 0 && stack[stack.length - 1] === parent) {
            this.open[this.size++] = child;
        } else {
            this.insertChildren(parent, this.childCount(parent), [child]);
        }
    }

    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        const stack = this.openNodes;
        if (stack.length > 0 && stack[stack.length - 1] === parent) {
            adopt(parent, children);
            for (const child of children) {
                this.open[this.size++] = child;
            }
            return;
        }
        const target = mutable(parent);
        if (this.level(parent) < 0 && target.content.length === 0) {
            adopt(parent, children);
            target.content = children.slice();
            return;
        }
        this.insertChildren(parent, this.childCount(parent), children);
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        adopt(parent, children);
        const level = this.level(parent);
        if (level < 0) {
            insertInChunks(mutable(parent).content, index, children);
            return;
        }
        this.open.length = this.size;
        insertInChunks(this.open, this.starts[level] + index, children);
        this.size += children.length;
        for (let i = level + 1; i < this.starts.length; i++) {
            this.starts[i] += children.length;
        }
    }

    override removeNode(node: CstNode): void {
        const parent = node.container;
        const level = parent ? this.level(parent) : -1;
        if (level < 0) {
            super.removeNode(node);
            return;
        }
        const end = this.endOf(level);
        const index = this.open.lastIndexOf(node, end - 1);
        if (index < this.starts[level]) {
            return;
        }
        this.open.length = this.size;
        this.open.splice(index, 1);
        this.size--;
        for (let i = level + 1; i < this.starts.length; i++) {
            this.starts[i]--;
        }
    }

    /**
     * Langium's close of the current node, with its children copied out of the shared list.
     * Hidden tokens are placed by the number of children of open nodes and their places
     * among their parent's children (Langium's addHiddenNodes reads `content` for them):
     * see `addHiddenNodes`.
     */
    override construct(item: Constructed): void {
        item.$cstNode = this.current;
        const node = this.openNodes.pop();
        if (!node) {
            return;
        }
        const start = this.starts.pop()!;
        if (this.size === start) {
            // A node that read nothing leaves the tree, but its AST node may keep it: it gets a list of its own, as Langium's has.
            mutable(node).content = [];
            this.removeNode(node);
            return;
        }
        mutable(node).content = this.open.slice(start, this.size);
        // The slots are left as they are, to be overwritten: clearing them would cost as much as the copy.
        this.size = start;
    }

    /** Langium's placement of hidden tokens, reading the children of open nodes from the shared list. */
    override addHiddenNodes(tokens: IToken[]): void {
        const nodes: CstNode[] = [];
        for (const token of tokens) {
            nodes.push(this.createLeafNode(token));
        }
        let current: CompositeCstNode = this.current;
        if (this.childCount(current) > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A node with no children yet: the comments go before the nearest enclosing node that is not its parent's first child.
        while (current.container) {
            const index = this.indexInParent(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(this.root!, 0, nodes);
    }

    /** Closes the nodes a parse left open (an error in its first rule): their children are copied out of the shared list. */
    finishOpenNodes(): void {
        const stack = this.openNodes;
        while (stack.length > 0) {
            const node = stack.pop()!;
            const start = this.starts.pop()!;
            const children = this.open.slice(start, this.size);
            mutable(node).content = mutable(node).content.length === 0 ? children : mutable(node).content.concat(children);
            this.size = start;
        }
        this.clearOpen();
    }

    private clearOpen(): void {
        // A new array, not a cleared one: the old one's slots would keep the last parse's nodes alive.
        this.open = [];
        this.size = 0;
        this.starts = [];
    }

    /** Where `node` is among the open nodes; -1 when it is closed. */
    private level(node: CompositeCstNode): number {
        const stack = this.openNodes;
        for (let i = stack.length - 1; i >= 0; i--) {
            if (stack[i] === node) {
                return i;
            }
        }
        return -1;
    }

    /** Where the children of the open node at `level` end in the shared list: where the next open node's begin. */
    private endOf(level: number): number {
        return level + 1 < this.starts.length ? this.starts[level + 1] : this.size;
    }

    private childCount(node: CompositeCstNode): number {
        const level = this.level(node);
        if (level < 0) {
            return node.content.length;
        }
        return this.endOf(level) - this.starts[level];
    }

    private indexInParent(node: CstNode): number {
        const parent = node.container!;
        const level = this.level(parent);
        if (level < 0) {
            return parent.content.indexOf(node);
        }
        const start = this.starts[level];
        const end = this.endOf(level);
        for (let i = end - 1; i >= start; i--) {
            if (this.open[i] === node) {
                return i - start;
            }
        }
        return -1;
    }
}

/**
 * The children of an open node as its `content`: none, for they are in the
 * builder's shared list until it closes. Frozen, so that anything adding to
 * an open node other than through the builder fails rather than adding to
 * every open node.
 */
const OPEN_CONTENT: CstNode[] = Object.freeze([]) as unknown as CstNode[];

/**
 * Langium's composite node (CompositeCstNodeImpl: its prototype, and its
 * fields in its order), made with its container and grammar element at once,
 * and without a new empty `content` array that the builder would drop when
 * the node closes (90,337 nodes in the 50,000-line workspace, 32 bytes each).
 */
const OpenComposite = function (this: Record<string, unknown>, container: CompositeCstNode, grammarSource: LeafCstNode['grammarSource']): void {
    this.container = container;
    this.grammarSource = grammarSource;
    this.content = OPEN_CONTENT;
    this._astNode = undefined;
    this._rangeCache = undefined;
} as unknown as new (container: CompositeCstNode, grammarSource: LeafCstNode['grammarSource']) => CompositeCstNode;
OpenComposite.prototype = CompositeCstNodeImpl.prototype;

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
