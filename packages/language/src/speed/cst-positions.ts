import { type CstNode, CompositeCstNodeImpl, LeafCstNodeImpl } from 'langium';
import { adopt } from '../parser/cst-node-builder.js';
import type { Range } from 'vscode-languageserver-types';

/**
 * Moving parts of a concrete syntax tree to new positions, for the incremental
 * parse (incremental-parse.ts). Langium's CST nodes keep their positions in
 * private fields and offer no way to move them; these are the fields of
 * Langium 4.4's `LeafCstNodeImpl` and `CompositeCstNodeImpl`
 * (parser/cst-node-builder.js). `hasLangiumCstFields` checks they are still
 * there, so another Langium turns the incremental path off instead of
 * corrupting positions; the replay test (packages/bench/test/incremental-replay.test.ts)
 * compares every position with a full parse.
 */

interface LeafFields {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

interface CompositeFields {
    content: CstNode[];
    _rangeCache: Range | undefined;
}

const leafFields = (leaf: LeafCstNodeImpl): LeafFields => leaf as unknown as LeafFields;
const compositeFields = (node: CompositeCstNodeImpl): CompositeFields => node as unknown as CompositeFields;

/** Whether a leaf has the private fields this module moves (see above). */
export function hasLangiumCstFields(leaf: CstNode): boolean {
    return leaf instanceof LeafCstNodeImpl && ['_offset', '_startLine', '_startColumn', '_endLine', '_endColumn'].every(field => field in leaf);
}

/** Where a piece of text moves: by `offset` characters and `lines` lines; positions on `line` also by `columns`. */
export interface Shift {
    offset: number;
    /** The (old) line whose later characters move sideways: the line the edit ends on. */
    line: number;
    lines: number;
    columns: number;
}

/**
 * Moves every leaf under `node` (and `node` itself when it is a leaf) by
 * `shift`, and forgets every composite's cached range, which holds the old
 * positions. A leaf's end moves sideways when it is on `shift.line`, its start likewise.
 * An explicit stack: a tree may be deeper than the call stack allows.
 */
export function shiftTree(node: CstNode, shift: Shift): void {
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (current instanceof LeafCstNodeImpl) {
            const leaf = leafFields(current);
            leaf._offset += shift.offset;
            if (leaf._startLine === shift.line) {
                leaf._startColumn += shift.columns;
            }
            if (leaf._endLine === shift.line) {
                leaf._endColumn += shift.columns;
            }
            leaf._startLine += shift.lines;
            leaf._endLine += shift.lines;
        } else if (current instanceof CompositeCstNodeImpl) {
            const composite = compositeFields(current);
            composite._rangeCache = undefined;
            for (let i = composite.content.length - 1; i >= 0; i--) {
                stack.push(composite.content[i]);
            }
        }
    }
}

/** Makes `parent` the container of `children`, which become its content. */
export function adoptChildren(parent: CompositeCstNodeImpl, children: CstNode[]): void {
    adopt(parent, children);
    compositeFields(parent).content = children;
}

/** The first leaf under a node that is not hidden (a comment), or undefined. */
export function firstTokenLeaf(node: CstNode): LeafCstNodeImpl | undefined {
    let current: CstNode | undefined = node;
    while (current instanceof CompositeCstNodeImpl) {
        current = current.content.find(child => !child.hidden);
    }
    return current instanceof LeafCstNodeImpl && !current.hidden ? current : undefined;
}

/** The last leaf under a node that is not hidden (a comment), or undefined. */
export function lastTokenLeaf(node: CstNode): LeafCstNodeImpl | undefined {
    let current: CstNode | undefined = node;
    while (current instanceof CompositeCstNodeImpl) {
        current = current.content.findLast(child => !child.hidden);
    }
    return current instanceof LeafCstNodeImpl && !current.hidden ? current : undefined;
}
