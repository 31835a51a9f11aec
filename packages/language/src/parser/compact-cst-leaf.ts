import { AbstractCstNode, type AstNode, type CompositeCstNode, type CstNode, type LeafCstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';

type TokenType = LeafCstNode['tokenType'];
/** A grammar element (Langium's `GrammarAST.AbstractElement`), or undefined. */
type GrammarElement = LeafCstNode['grammarSource'];

/**
 * What a leaf is besides its place: its token type, grammar element and
 * length. A grammar has a few hundred pairs of token type and element, and a
 * keyword's tokens are all of one length, so a few thousand kinds are shared
 * by all the leaves of a model (the 50,000-line workspace: 229,204 leaves).
 * Kept by token type (WeakMap: token types are made per language services
 * instance, and go with it), then by element, then by length.
 */
export interface LeafKind {
    readonly tokenType: TokenType;
    readonly grammarSource: GrammarElement;
    readonly length: number;
}

/** The kinds of one token type and grammar element, by their length. */
export type LeafKinds = LeafKind[];

const kindsByTokenType = new WeakMap<TokenType, Map<GrammarElement, LeafKinds>>();

/** The kinds of a token type and grammar element; a parser may keep them per element (autonomy-parser.ts). */
export function leafKinds(tokenType: TokenType, grammarSource: GrammarElement): LeafKinds {
    let byElement = kindsByTokenType.get(tokenType);
    if (!byElement) {
        byElement = new Map();
        kindsByTokenType.set(tokenType, byElement);
    }
    let kinds = byElement.get(grammarSource);
    if (!kinds) {
        kinds = [];
        byElement.set(grammarSource, kinds);
    }
    return kinds;
}

/** The one kind of `length` among `kinds`, which are those of `tokenType` and `grammarSource`. */
export function kindOfLength(kinds: LeafKinds, tokenType: TokenType, grammarSource: GrammarElement, length: number): LeafKind {
    return kinds[length] ??= { tokenType, grammarSource, length };
}

/** The one kind object of a token type, grammar element and length. */
export function leafKind(tokenType: TokenType, grammarSource: GrammarElement, length: number): LeafKind {
    return kindOfLength(leafKinds(tokenType, grammarSource), tokenType, grammarSource, length);
}

/**
 * The CST leaf the parser builds (issue 15: server memory). Langium's
 * `LeafCstNodeImpl` stores ten fields a leaf, its line and column at both
 * ends among them: 104 bytes, 22 MB for the 224,683 leaves of the 50,000-line
 * workspace. This leaf stores three (its container, its offset and its kind,
 * the shared triple of token type, grammar element and length: 48 bytes) and
 * computes its range from its offsets through a line index of the tree's
 * text, made once per text when a range is first asked for. That a leaf is
 * hidden (a comment) follows from having no grammar element: Langium's
 * builder gives one to every token the parser consumes and none to the
 * comments it adds beside them.
 *
 * Positions are the LSP's, in UTF-16 code units, with lines ended by "\n",
 * "\r\n" or "\r" (Chevrotain's line terminators, and the LSP's).
 *
 * Leaves are made by `compactLeaf` (below), not by this class's constructor.
 */
export class CompactLeafCstNode extends AbstractCstNode implements LeafCstNode {
    private declare _offset: number;
    private declare _kind: LeafKind;

    /** Moves the leaf by `offset` characters, for the incremental parse (speed/cst-positions.ts). */
    moveBy(offset: number): void {
        this._offset = (this._offset + offset) | 0;
    }

    get offset(): number {
        return this._offset;
    }

    get length(): number {
        return this._kind.length;
    }

    get end(): number {
        return this._offset + this._kind.length;
    }

    get hidden(): boolean {
        return this._kind.grammarSource === undefined;
    }

    get tokenType(): TokenType {
        return this._kind.tokenType;
    }

    get astNode(): AstNode {
        const container = this.container;
        if (!container) {
            throw new Error('This node has no associated AST element');
        }
        return container.astNode;
    }

    get range(): Range {
        const lines = lineIndexOf(this);
        return { start: positionIn(lines, this._offset), end: positionIn(lines, this.end) };
    }

    /** The grammar element, from the kind (an accessor, defined below: Langium declares it a field). */
    static {
        Object.defineProperty(CompactLeafCstNode.prototype, 'grammarSource', {
            get(this: CompactLeafCstNode): GrammarElement {
                return this._kind.grammarSource;
            },
            set(this: CompactLeafCstNode, element: GrammarElement) {
                if (this._kind !== undefined && this._kind.grammarSource !== element) {
                    this._kind = leafKind(this._kind.tokenType, element, this._kind.length);
                }
            },
            configurable: true
        });
    }
}

/**
 * The leaves' constructor: a plain function with the class's prototype, so a
 * leaf is a CompactLeafCstNode (and an AbstractCstNode) without running
 * AbstractCstNode's constructor, which would clear `container` and, through
 * the accessor above, `grammarSource` on every leaf. The same three fields,
 * in the same order.
 */
const Leaf = function (this: { container: CompositeCstNode | undefined; _offset: number; _kind: LeafKind }, container: CompositeCstNode | undefined, offset: number, kind: LeafKind): void {
    this.container = container;
    // `| 0` keeps the offset a small integer (Smi) rather than a boxed number, as Langium's leaf does.
    this._offset = offset | 0;
    this._kind = kind;
} as unknown as new (container: CompositeCstNode | undefined, offset: number, kind: LeafKind) => CompactLeafCstNode;
Leaf.prototype = CompactLeafCstNode.prototype;

/** A leaf at `offset` of `kind`, in `container` (which is to add it to its children). */
export function compactLeaf(container: CompositeCstNode | undefined, offset: number, kind: LeafKind): CompactLeafCstNode {
    return new Leaf(container, offset, kind);
}

/** Each tree's line starts, by the tree's root node; made when a range is first asked for. */
const lineIndexes = new WeakMap<CompositeCstNode, Uint32Array>();

function lineIndexOf(leaf: CstNode): Uint32Array {
    let top: CompositeCstNode | undefined = leaf.container;
    while (top?.container) {
        top = top.container;
    }
    const text = (top as { fullText?: unknown } | undefined)?.fullText;
    if (!top || typeof text !== 'string') {
        // A programming error, not the user's: leaves get positions once they are in a document's tree.
        throw new Error('A syntax tree leaf outside a document has no line and column.');
    }
    let lines = lineIndexes.get(top);
    if (!lines) {
        lines = lineStarts(text);
        lineIndexes.set(top, lines);
    }
    return lines;
}

/** The offsets at which the lines of `text` start. */
export function lineStarts(text: string): Uint32Array {
    return text.indexOf('\r') < 0 ? lineFeedStarts(text) : anyLineStarts(text);
}

/**
 * The line starts of a text whose lines all end with "\n" (the usual case):
 * found with `indexOf`, the engine's own search, many times faster than a
 * JavaScript loop over every character (the 2.2 MB model's new text is
 * indexed on every keystroke), counted first so that the array is made once.
 */
export function lineFeedStarts(text: string): Uint32Array {
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        count++;
    }
    const starts = new Uint32Array(count);
    let line = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        starts[line++] = at + 1;
    }
    return starts;
}

/** The line starts of any text, with lines ended by "\n", "\r\n" or "\r". */
export function anyLineStarts(text: string): Uint32Array {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 13 /* \r */) {
            if (text.charCodeAt(i + 1) === 10 /* \n */) {
                i++;
            }
            starts.push(i + 1);
        } else if (code === 10 /* \n */) {
            starts.push(i + 1);
        }
    }
    return Uint32Array.from(starts);
}

/** The line and column of `offset`, by binary search over the line starts. */
export function positionIn(lines: Uint32Array, offset: number): Position {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (lines[middle] <= offset) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    return { line: low, character: offset - lines[low] };
}
