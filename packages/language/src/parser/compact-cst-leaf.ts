import { AbstractCstNode, type AstNode, type CompositeCstNode, type CstNode, type LeafCstNode } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';

type TokenType = LeafCstNode['tokenType'];
/** A grammar element (Langium's `GrammarAST.AbstractElement`), or undefined. */
type GrammarElement = LeafCstNode['grammarSource'];

/**
 * What a leaf is besides its place: its token type and grammar element. A
 * grammar has a few hundred such pairs, shared by all its leaves; one object
 * per pair, kept by token type (WeakMap: token types are made per language
 * services instance, and go with it).
 */
interface LeafKind {
    readonly tokenType: TokenType;
    readonly grammarSource: GrammarElement;
}

const kindsByTokenType = new WeakMap<TokenType, Map<GrammarElement, LeafKind>>();

/** The one kind object of a token type and grammar element. */
export function leafKind(tokenType: TokenType, grammarSource: GrammarElement): LeafKind {
    let kinds = kindsByTokenType.get(tokenType);
    if (!kinds) {
        kinds = new Map();
        kindsByTokenType.set(tokenType, kinds);
    }
    let kind = kinds.get(grammarSource);
    if (!kind) {
        kind = { tokenType, grammarSource };
        kinds.set(grammarSource, kind);
    }
    return kind;
}

/**
 * The CST leaf the parser builds (issue 15: server memory). Langium's
 * `LeafCstNodeImpl` stores ten fields a leaf, its line and column at both
 * ends among them: 104 bytes, 22 MB for the 224,683 leaves of the 50,000-line
 * workspace. This leaf stores four (its container, offset, length and kind,
 * the shared pair of token type and grammar element: 56 bytes) and computes
 * its range from its offsets through a line index of the tree's text, made
 * once per text when a range is first asked for. That a leaf is hidden (a
 * comment) follows from having no grammar element: Langium's builder gives
 * one to every token the parser consumes and none to the comments it adds
 * beside them.
 *
 * Positions are the LSP's, in UTF-16 code units, with lines ended by "\n",
 * "\r\n" or "\r" (Chevrotain's line terminators, and the LSP's).
 */
export class CompactLeafCstNode extends AbstractCstNode implements LeafCstNode {
    private _offset: number;
    private readonly _length: number;
    private _kind: LeafKind;

    constructor(offset: number, length: number, kind: LeafKind) {
        super();
        // `| 0` keeps the fields small integers (Smi) rather than boxed numbers, as Langium's leaf does.
        this._offset = offset | 0;
        this._length = length | 0;
        this._kind = kind;
    }

    /** Moves the leaf by `offset` characters, for the incremental parse (speed/cst-positions.ts). */
    moveBy(offset: number): void {
        this._offset = (this._offset + offset) | 0;
    }

    get offset(): number {
        return this._offset;
    }

    get length(): number {
        return this._length;
    }

    get end(): number {
        return this._offset + this._length;
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
        return { start: positionIn(lines, this._offset), end: positionIn(lines, this._offset + this._length) };
    }

    /** The grammar element, from the kind (an accessor, defined below: Langium declares it a field). */
    static {
        Object.defineProperty(CompactLeafCstNode.prototype, 'grammarSource', {
            get(this: CompactLeafCstNode): GrammarElement {
                return this._kind.grammarSource;
            },
            // Langium's constructor clears the field before the kind exists; its builder sets the element after making the leaf.
            set(this: CompactLeafCstNode, element: GrammarElement) {
                if (this._kind !== undefined && this._kind.grammarSource !== element) {
                    this._kind = leafKind(this._kind.tokenType, element);
                }
            },
            configurable: true
        });
    }
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
