import {
    type AstNode, type GenericAstNode, isAstNode, isMultiReference, isReference, type MultiReference, type Reference, type ReferenceInfo
} from 'langium';

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
 * An incremental parse (incremental-parse.ts) gives the document a new root
 * but keeps the objects of every top-level declaration it did not re-parse,
 * so after a keystroke only the new declaration is walked: the tree's node
 * list is the previous tree's with that declaration's run swapped, and its
 * references are kept per top-level declaration, the tree's list put together
 * from the declarations' (the same nodes and references, in the same order).
 * A tree from a full parse (every file loaded or opened) is walked whole: the
 * declarations' lists would only serve a next keystroke in that file, and for
 * a workspace they cost about 4 MB with the reference index's (50,000 lines,
 * docs/performance.md "Server memory, part 3"); the first incremental parse
 * of a file cuts its declarations' reference lists from the tree's
 * (walkByDeclaration).
 */
const nodesOfTree = new WeakMap<AstNode, AstNode[]>();
const referencesOfTree = new WeakMap<AstNode, ReferenceInfo[]>();
const nodesOfDeclaration = new WeakMap<AstNode, AstNode[]>();
const referencesOfDeclaration = new WeakMap<AstNode, ReferenceInfo[]>();
/** The roots an incremental parse made, whose walk is kept per declaration. */
const byDeclaration = new WeakSet<AstNode>();

/**
 * Marks `root`, made by an incremental parse from `previous` (with `replaced`
 * parsed again), as walked a top-level declaration at a time (see above).
 * Its node list is the previous tree's with the replaced declaration's run
 * swapped for the new one's, when that list is still there (every other
 * declaration is the same object, with the same subtree); and when `previous`
 * came from a full parse, its declarations' reference lists are cut from its
 * list instead of walking every declaration again at the first keystroke.
 */
export function walkByDeclaration(root: AstNode, previous?: AstNode, replaced?: { old: AstNode; new: AstNode }): void {
    byDeclaration.add(root);
    const nodes = previous && nodesOfTree.get(previous);
    const after = nodes && nodesReplacing(nodes, previous, root, replaced);
    if (after) {
        nodesOfTree.set(root, after);
    }
    if (previous && !walkedByDeclaration(previous)) {
        splitTreeReferences(previous);
    }
}

/** The node list `nodes` of `previous` for `root`, with `replaced`'s run swapped; undefined when the run is not where it should be. */
function nodesReplacing(nodes: readonly AstNode[], previous: AstNode, root: AstNode, replaced: { old: AstNode; new: AstNode } | undefined): AstNode[] | undefined {
    if (nodes[0] !== previous) {
        return undefined;
    }
    let after: AstNode[];
    if (replaced) {
        const at = nodes.indexOf(replaced.old, 1);
        const old = declarationNodes(replaced.old);
        if (at < 0 || nodes[at + old.length - 1] !== old[old.length - 1]) {
            return undefined;
        }
        after = nodes.slice(0, at).concat(declarationNodes(replaced.new), nodes.slice(at + old.length));
    } else {
        after = nodes.slice();
    }
    after[0] = root;
    return after;
}

/**
 * Keeps the references of a full parse's tree per top-level declaration: in
 * the tree's reference list each declaration's are a run; cut at its bounds
 * they are the lists a walk of each declaration gives. Nothing is kept
 * unless every bound is found.
 */
function splitTreeReferences(root: AstNode): void {
    const declarations = topLevelNodes(root);
    const runs = referencesByDeclaration(referencesOfTree.get(root), root, declarations);
    if (runs) {
        // A full parse's tree keeps nothing per declaration (see above): nothing here is replaced.
        declarations.forEach((declaration, d) => referencesOfDeclaration.set(declaration, runs[d]));
    }
}

/**
 * The tree's reference list cut into each declaration's run (the root's own
 * references first); undefined without a list, null when the list is not in
 * the declarations' order. A reference's declaration is its container's
 * ancestor just below a root (the incremental parse has re-parented it).
 */
function referencesByDeclaration(references: readonly ReferenceInfo[] | undefined, root: AstNode, declarations: readonly AstNode[]): ReferenceInfo[][] | undefined | null {
    if (!references) {
        return undefined;
    }
    const runs: ReferenceInfo[][] = [];
    let r = 0;
    while (r < references.length && references[r].container === root) {
        r++;
    }
    for (const declaration of declarations) {
        const first = r;
        while (r < references.length && declarationOf(references[r].container) === declaration) {
            r++;
        }
        runs.push(references.slice(first, r));
    }
    return r === references.length ? runs : null;
}

/** The top-level declaration `node` lies in (`node` itself for one): the ancestor whose container is a root. */
export function declarationOf(node: AstNode): AstNode {
    let current = node;
    while (current.$container?.$container) {
        current = current.$container;
    }
    return current;
}

/** Whether `root`'s walk is kept per top-level declaration: the tree came from an incremental parse. */
export function walkedByDeclaration(root: AstNode): boolean {
    return byDeclaration.has(root);
}

/** The root's children (the file's top-level declarations, imports and settings), in `streamAst` order. */
export function topLevelNodes(root: AstNode): AstNode[] {
    const children: AstNode[] = [];
    for (const property of Object.keys(root)) {
        if (property.charCodeAt(0) === DOLLAR) {
            continue;
        }
        const value = (root as GenericAstNode)[property];
        if (isAstNode(value)) {
            children.push(value);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) {
                    children.push(element);
                }
            }
        }
    }
    return children;
}

/** What `cache` holds for `key`, computed and kept on first use. */
function kept<K extends object, V>(cache: WeakMap<K, V>, key: K, compute: () => V): V {
    let value = cache.get(key);
    if (value === undefined) {
        value = compute();
        cache.set(key, value);
    }
    return value;
}

/** `astNodes(declaration)` for a top-level node, computed once per declaration object. Callers must not change the array. */
export function declarationNodes(declaration: AstNode): readonly AstNode[] {
    return kept(nodesOfDeclaration, declaration, () => astNodes(declaration));
}

/** The references under a top-level node, in `forEachReference` order; computed once per declaration object. */
export function declarationReferences(declaration: AstNode): readonly ReferenceInfo[] {
    return kept(referencesOfDeclaration, declaration, () => referencesUnder(declarationNodes(declaration)));
}

/** Whether a walk of `declaration` itself is kept (a test's window on the memory rule above). */
export function keepsDeclarationWalk(declaration: AstNode): boolean {
    return nodesOfDeclaration.has(declaration) || referencesOfDeclaration.has(declaration);
}

/**
 * The references under a top-level node, as `declarationReferences` gives
 * them, but kept only when its tree is walked by declaration: a reader that
 * asks of every declaration of every file (the domain model's kept records)
 * would otherwise keep the lists a full parse's tree goes without (see above).
 */
export function declarationReferencesAsWalked(declaration: AstNode): readonly ReferenceInfo[] {
    const root = declaration.$container ?? declaration;
    return walkedByDeclaration(root) ? declarationReferences(declaration) : referencesUnder(astNodes(declaration));
}

function referencesUnder(nodes: readonly AstNode[]): ReferenceInfo[] {
    const found: ReferenceInfo[] = [];
    for (const node of nodes) {
        forEachReference(node, info => found.push(info));
    }
    return found;
}

/**
 * The arrays one after another, in one new array. `concat` copies whole
 * arrays at a time, much faster than pushing element by element; it takes
 * them in batches, as a call's arguments are limited in number.
 */
export function concatenated<T>(arrays: ReadonlyArray<readonly T[]>): T[] {
    const BATCH = 8192;
    let result: T[] = [];
    for (let i = 0; i < arrays.length; i += BATCH) {
        result = result.concat(...arrays.slice(i, i + BATCH));
    }
    return result;
}

/** `astNodes(root)`, computed once per tree (from its declarations' lists when walked by declaration). Callers must not change the array. */
export function treeNodes(root: AstNode): readonly AstNode[] {
    return kept(nodesOfTree, root, () => (walkedByDeclaration(root)
        ? concatenated([[root], ...topLevelNodes(root).map(declarationNodes)])
        // A copy of exact length: the walk's array grew by pushing, with up to half again spare.
        : astNodes(root).slice()));
}

/** Every reference in the tree, in the order a walk with `forEachReference` finds them; computed once per tree. */
export function treeReferences(root: AstNode): readonly ReferenceInfo[] {
    return kept(referencesOfTree, root, () => {
        const own: ReferenceInfo[] = [];
        if (!walkedByDeclaration(root)) {
            for (const node of treeNodes(root)) {
                forEachReference(node, info => own.push(info));
            }
            return own.slice();
        }
        forEachReference(root, info => own.push(info));
        return concatenated([own, ...topLevelNodes(root).map(declarationReferences)]);
    });
}

const referenceObjectsOfDeclaration = new WeakMap<AstNode, Array<Reference | MultiReference>>();

/**
 * The tree's references themselves, in tree order, in a new array: the
 * document's list of linked references as Langium's linker leaves it after
 * linking every reference (its validator reports linking errors in this order).
 */
export function referenceList(root: AstNode): Array<Reference | MultiReference> {
    if (!walkedByDeclaration(root)) {
        return treeReferences(root).map(info => info.reference);
    }
    const own: Array<Reference | MultiReference> = [];
    forEachReference(root, info => own.push(info.reference));
    return concatenated([own, ...topLevelNodes(root).map(declaration =>
        kept(referenceObjectsOfDeclaration, declaration, () => declarationReferences(declaration).map(info => info.reference)))]);
}

/** How many nodes a walk handles between two chances to yield to the event loop and notice a cancellation. */
export const NODES_PER_INTERRUPT_CHECK = 64;
