import { type AstNode, type GenericAstNode, isAstNode, isMultiReference, isReference, type ReferenceInfo } from 'langium';

/**
 * Plain-loop equivalents of Langium's `streamAst` and `streamReferences`, for
 * the walks the build makes over every node of a document on every edit
 * (linking, the reference index, validation). They visit the same nodes and
 * references in the same order (pre-order, a node's properties in their own
 * order, arrays by index), without a lazy stream's iterator objects per node:
 * those walks were a sixth of the editor's CPU per keystroke (docs/performance.md).
 */

const DOLLAR = 36;

/**
 * Every node of the tree under `root`, `root` first, in `streamAst` order.
 * `descend(node)` false leaves out the node's descendants (as `prune()` does).
 */
export function astNodes(root: AstNode, descend?: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    const visit = (node: AstNode): void => {
        nodes.push(node);
        if (descend && !descend(node)) {
            return;
        }
        for (const property of Object.keys(node)) {
            if (property.charCodeAt(0) === DOLLAR) {
                continue;
            }
            const value = (node as GenericAstNode)[property];
            if (isAstNode(value)) {
                visit(value);
            } else if (Array.isArray(value)) {
                for (const element of value) {
                    if (isAstNode(element)) {
                        visit(element);
                    }
                }
            }
        }
    };
    visit(root);
    return nodes;
}

/** The references a node holds itself, in `streamReferences` order and shape. */
export function forEachReference(node: AstNode, accept: (info: ReferenceInfo) => void): void {
    for (const property of Object.keys(node)) {
        if (property.charCodeAt(0) === DOLLAR) {
            continue;
        }
        const value = (node as GenericAstNode)[property];
        if (isReference(value) || isMultiReference(value)) {
            accept({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) {
                    accept({ reference: element, container: node, property, index });
                }
            }
        }
    }
}

/**
 * A document's tree does not change once parsed (linking only resolves the
 * references it holds; an edit parses a new tree), so the walk is made once
 * per tree and shared by the linker, the reference index and the validator.
 */
const nodesOfTree = new WeakMap<AstNode, AstNode[]>();
const referencesOfTree = new WeakMap<AstNode, ReferenceInfo[]>();

/** `astNodes(root)`, computed once per tree. Callers must not change the array. */
export function treeNodes(root: AstNode): readonly AstNode[] {
    let nodes = nodesOfTree.get(root);
    if (!nodes) {
        nodes = astNodes(root);
        nodesOfTree.set(root, nodes);
    }
    return nodes;
}

/** Every reference in the tree, in the order a walk with `forEachReference` finds them; computed once per tree. */
export function treeReferences(root: AstNode): readonly ReferenceInfo[] {
    let references = referencesOfTree.get(root);
    if (!references) {
        const found: ReferenceInfo[] = [];
        for (const node of treeNodes(root)) {
            forEachReference(node, info => found.push(info));
        }
        references = found;
        referencesOfTree.set(root, references);
    }
    return references;
}

/** How many nodes a walk handles between two chances to yield to the event loop and notice a cancellation. */
export const NODES_PER_INTERRUPT_CHECK = 64;
