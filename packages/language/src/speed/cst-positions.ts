import { CompositeCstNodeImpl, type CstNode, isLeafCstNode, type LeafCstNode } from 'langium';
import { CompactLeafCstNode } from '../parser/compact-cst-leaf.js';
import { adopt } from '../parser/cst-node-builder.js';
import type { Range } from 'vscode-languageserver-types';

/**
 * Moving parts of a concrete syntax tree to new offsets, for the incremental
 * parse (incremental-parse.ts). The parser's leaves (parser/compact-cst-leaf.ts)
 * store only their offset and compute their line and column from the text of
 * the tree they are in, so moving a leaf to another tree moves its lines and
 * columns with it. Composite nodes are Langium 4.4's `CompositeCstNodeImpl`
 * (parser/cst-node-builder.js), whose cached range this module forgets. The
 * replay test (packages/bench/test/incremental-replay.test.ts) compares every
 * position with a full parse.
 */

interface CompositeFields {
    content: CstNode[];
    _rangeCache: Range | undefined;
}

const compositeFields = (node: CompositeCstNodeImpl): CompositeFields => node as unknown as CompositeFields;

/** Whether a leaf is one this module can move (the parser's compact leaf, not another builder's). */
export function isMovableLeaf(leaf: CstNode): boolean {
    return leaf instanceof CompactLeafCstNode;
}

/**
 * Moves every leaf under `node` (and `node` itself when it is a leaf) by
 * `offset` characters, and forgets every composite's cached range, which holds
 * the old positions. An explicit stack: a tree may be deeper than the call stack allows.
 */
export function shiftTree(node: CstNode, offset: number): void {
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (current instanceof CompactLeafCstNode) {
            current.moveBy(offset);
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
export function firstTokenLeaf(node: CstNode): LeafCstNode | undefined {
    let current: CstNode | undefined = node;
    while (current instanceof CompositeCstNodeImpl) {
        current = current.content.find(child => !child.hidden);
    }
    return isLeafCstNode(current) && !current.hidden ? current : undefined;
}

/** The last leaf under a node that is not hidden (a comment), or undefined. */
export function lastTokenLeaf(node: CstNode): LeafCstNode | undefined {
    let current: CstNode | undefined = node;
    while (current instanceof CompositeCstNodeImpl) {
        current = current.content.findLast(child => !child.hidden);
    }
    return isLeafCstNode(current) && !current.hidden ? current : undefined;
}
