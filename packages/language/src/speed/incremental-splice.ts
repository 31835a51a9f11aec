import { type AstNode, type CstNode, type GenericAstNode, isAstNode, RootCstNodeImpl } from 'langium';
import { adoptChildren, shiftTree } from './cst-positions.js';

/** An AST node with the fields the splice sets (Langium's are read-only in its types). */
export type MutableNode = GenericAstNode & {
    $container?: AstNode;
    $containerProperty?: string;
    $containerIndex?: number;
    $cstNode?: CstNode;
};

/**
 * The new trees of an incremental parse: the top-level children
 * `[from, to)` of the old syntax tree replaced by `replacements`, the
 * children after them moved by `after` characters, under new root nodes (the AST's and
 * the CST's) for the new text. New roots, so that nothing keyed by the old
 * root (ast-walk.ts, the analysis' indexes) serves the old tree; the
 * declarations themselves are re-parented, not copied.
 */
export function spliceTopLevel(oldRoot: MutableNode, oldCst: RootCstNodeImpl, text: string,
    from: number, to: number, replacements: CstNode[], after: number): MutableNode {
    const topLevel = oldCst.content;
    if (after !== 0) {
        for (let i = to; i < topLevel.length; i++) {
            shiftTree(topLevel[i], after);
        }
    }
    const cst = new RootCstNodeImpl(text);
    adoptChildren(cst, [...topLevel.slice(0, from), ...replacements, ...topLevel.slice(to)]);
    return newRootNode(oldRoot, cst);
}

/** A copy of the file's root node over the same children (re-parented), with its own lists and the new syntax tree. */
function newRootNode(oldRoot: MutableNode, cst: RootCstNodeImpl): MutableNode {
    const root: MutableNode = { ...oldRoot, $cstNode: cst };
    for (const key of Object.keys(oldRoot)) {
        if (key.startsWith('$')) {
            continue;
        }
        const value = oldRoot[key];
        if (Array.isArray(value)) {
            const copy = value.slice();
            root[key] = copy;
            for (const item of copy) {
                if (isAstNode(item)) {
                    (item as MutableNode).$container = root;
                }
            }
        } else if (isAstNode(value)) {
            (value as MutableNode).$container = root;
        }
    }
    cst.astNode = root;
    return root;
}
