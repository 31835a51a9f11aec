import { type AstNode, type AstNodeDescription, isAstNode, isLinkingError, isReference, type MultiReference, type Reference } from 'langium';
import { declarationReferences, forEachReference, topLevelNodes } from './ast-walk.js';
import { type Reparse, reparseOf } from './reparse-record.js';

/**
 * Incremental linking: which links of a document's new tree, made by an
 * incremental parse (reparse-record.ts), are those a full relink would make.
 *
 * A reference resolves to the first entry of its name and type in its scope:
 * the exports of its file and of the files it imports, in the index's order
 * (AutonomyScopeProvider). When that list is what it was at the last link,
 * entry for entry (the same names, types and paths, the same nodes, except the
 * replaced declaration's node in its own place), every reference finds the
 * same entry as then: its link stays, unless it led to the replaced
 * declaration, whose node is now the new one. So only the new declaration's
 * references and those that involved the replaced one are linked again.
 * Anything else (another parse in between, a file of the scope indexed again,
 * a name gained or lost, the document moving in the index's order) relinks
 * the whole document, as Langium does.
 */

/** The scope of a document's references: its exports and its imports', in the index's order, as the index's own arrays. */
export type ScopeExports = ReadonlyArray<readonly [string, readonly AstNodeDescription[]]>;

/** What the linker remembers of a document it linked completely. */
export interface LinkedState {
    /** Which link this was (linkOutcomeOf). */
    id: number;
    /** treeSerial of the tree linked. */
    serial: number;
    scope: ScopeExports;
}

/** Which links of the new tree stay. */
export interface Relinking {
    /** References of declarations kept from the previous tree whose links stay, in tree order. */
    kept: Array<Reference | MultiReference>;
    /** References of kept declarations whose links involved the replaced declaration (or are not complete): to be linked again. */
    stale: Array<Reference | MultiReference>;
    /** The replaced declaration's references, which are no longer in the tree: unlinked as Langium would. */
    dropped: ReadonlyArray<Reference | MultiReference>;
    /** The top-level declarations with references linked anew: the new declaration and those with stale links. */
    relinked: Set<AstNode>;
}

/** Langium's private fields of its references (references/linker.js, DefaultReferenceImpl and DefaultMultiReferenceImpl). */
interface LinkFields {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
    _items?: unknown;
    _linkingError?: { targetDescription?: AstNodeDescription };
}

/** Whether `node` is `ancestor` or lies under it. */
function within(node: AstNode | undefined, ancestor: AstNode | undefined): boolean {
    if (!ancestor) {
        return false;
    }
    for (let current = node; current; current = current.$container) {
        if (current === ancestor) {
            return true;
        }
    }
    return false;
}

/** Whether a reference holds a complete link (to a node, or an error) that does not involve `replaced`. */
function keepsLink(reference: Reference | MultiReference, replaced: AstNode | undefined): boolean {
    const fields = reference as LinkFields;
    if (isReference(reference)) {
        const target = fields._ref;
        if (isAstNode(target)) {
            return !within(target, replaced) && !within(fields._nodeDescription?.node, replaced);
        }
        return isLinkingError(target) && !within(target.targetDescription?.node, replaced);
    }
    if (!Array.isArray(fields._items)) {
        return false;
    }
    const items = fields._items as Array<{ ref: AstNode; $nodeDescription?: AstNodeDescription }>;
    return items.every(item => !within(item.ref, replaced) && !within(item.$nodeDescription?.node, replaced))
        && !within(fields._linkingError?.targetDescription?.node, replaced);
}

/** Whether a document's exports are the previous ones, entry for entry, but for the replaced declaration's node. */
function sameExports(previous: readonly AstNodeDescription[], current: readonly AstNodeDescription[], replaced: Reparse['replaced']): boolean {
    if (previous === current) {
        return true;
    }
    if (previous.length !== current.length) {
        return false;
    }
    for (let i = 0; i < previous.length; i++) {
        const [before, now] = [previous[i], current[i]];
        if (before.name !== now.name || before.type !== now.type || before.path !== now.path
            || !(before.node === now.node || (replaced !== undefined && before.node === replaced.old && now.node === replaced.new))
            || before.node === undefined) {
            return false;
        }
    }
    return true;
}

/** Whether the scope is the one of the last link: the same files in the same order, the others' exports the same arrays. */
function sameScope(previous: ScopeExports, current: ScopeExports, uri: string, replaced: Reparse['replaced']): boolean {
    if (previous.length !== current.length) {
        return false;
    }
    return previous.every(([previousUri, exports], i) => previousUri === current[i][0]
        && (previousUri === uri ? sameExports(exports, current[i][1], replaced) : exports === current[i][1]));
}

/**
 * Which links of `root` stay, when it was parsed incrementally from the tree
 * `previous` describes and the scope is as it was; undefined to relink all.
 */
export function planRelinking(root: AstNode, uri: string, previous: LinkedState, scope: ScopeExports): Relinking | undefined {
    const reparse = reparseOf(root);
    if (!reparse || reparse.previous !== previous.serial || !sameScope(previous.scope, scope, uri, reparse.replaced)) {
        return undefined;
    }
    let rootHasReferences = false;
    forEachReference(root, () => (rootHasReferences = true));
    if (rootHasReferences) {
        return undefined;
    }
    const replaced = reparse.replaced;
    const relinking: Relinking = {
        kept: [], stale: [], relinked: new Set(), dropped: replaced ? declarationReferences(replaced.old).map(info => info.reference) : []
    };
    for (const declaration of topLevelNodes(root)) {
        if (declaration === replaced?.new) {
            relinking.relinked.add(declaration);
            continue;
        }
        for (const { reference } of declarationReferences(declaration)) {
            if (keepsLink(reference, replaced?.old)) {
                relinking.kept.push(reference);
            } else {
                relinking.stale.push(reference);
                relinking.relinked.add(declaration);
            }
        }
    }
    return relinking;
}

/** How a tree's last link went, for the reference index (reference-descriptions.ts). */
export interface LinkOutcome {
    /** Which link this was: a number unique in the process. */
    readonly id: number;
    /** When it kept links: the link they were kept from, and the declarations whose references were linked anew. */
    readonly kept?: { readonly from: number; readonly relinked: ReadonlySet<AstNode> };
}

const outcomes = new WeakMap<AstNode, LinkOutcome>();
let nextLink = 1;

/** A new link's number. */
export function newLinkId(): number {
    return nextLink++;
}

export function recordLinkOutcome(root: AstNode, outcome: LinkOutcome | undefined): void {
    if (outcome) {
        outcomes.set(root, outcome);
    } else {
        outcomes.delete(root);
    }
}

/** How the tree's last complete link went; undefined while it is not linked completely. */
export function linkOutcomeOf(root: AstNode): LinkOutcome | undefined {
    return outcomes.get(root);
}
