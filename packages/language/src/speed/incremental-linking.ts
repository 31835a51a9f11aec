import {
    type AstNode, type AstNodeDescription, type IndexManager, isAstNode, type LangiumDocument, isLinkingError, isReference, type MultiReference, type Reference, type ReferenceInfo
} from 'langium';
import { ImportAwareIndexManager } from '../imports/import-aware-index-manager.js';
import type { ImportResolver } from '../imports/import-resolver.js';
import { declarationOf, declarationReferences, forEachReference, topLevelNodes } from './ast-walk.js';
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

/** The exports `document`'s scope is made from (the linker compares them, the kept scopes are made of them); undefined without the import-aware index. */
export function scopeExportsOf(index: IndexManager, imports: ImportResolver, document: LangiumDocument): ScopeExports | undefined {
    return index instanceof ImportAwareIndexManager ? index.exportsInScopeOrder(imports.visibleUris(document)) : undefined;
}

/**
 * A document's references by the name they are written with: those that can
 * lead to a declaration are those written with its name. Made from the tree
 * at the first link that keeps links, then kept up to date by each.
 */
export type ReferencesByName = Map<string, ReferenceInfo[]>;

/** What the linker remembers of a document it linked completely. */
export interface LinkedState {
    /** Which link this was (linkOutcomeOf). */
    id: number;
    /** treeSerial of the tree linked. */
    serial: number;
    scope: ScopeExports;
    byName?: ReferencesByName;
}

/** Which links of the new tree stay: all but those listed. */
export interface Relinking {
    /** The new declaration's references, and those of kept declarations whose links involved the replaced one: to be linked. */
    toLink: ReferenceInfo[];
    /** References to unlink: the replaced declaration's (no longer in the tree; Langium unlinks them too) and the stale ones (linked again). */
    unlink: ReadonlySet<Reference | MultiReference>;
    /** The top-level declarations with references linked anew: the new declaration and those with stale links. */
    relinked: Set<AstNode>;
    byName: ReferencesByName;
    /** The replaced declaration and its new node, as the parse recorded them. */
    replaced?: Reparse['replaced'];
}

/** Langium's private fields of its references (references/linker.js, DefaultReferenceImpl and DefaultMultiReferenceImpl). */
interface LinkFields {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
    _items?: unknown;
    _linkingError?: { targetDescription?: AstNodeDescription };
}

/** Whether `node` is `ancestor` or lies under it. */
export function within(node: AstNode | undefined, ancestor: AstNode): boolean {
    for (let current = node; current; current = current.$container) {
        if (current === ancestor) {
            return true;
        }
    }
    return false;
}

/** Whether a reference holds a complete link (to a node, or an error) that does not involve `replaced`. */
function keepsLink(reference: Reference | MultiReference, replaced: AstNode): boolean {
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

/**
 * Whether a document's exports are the previous ones, entry for entry, but
 * for the replaced declaration's node; the names of the replaced
 * declaration's entries are added to `names`.
 */
function sameExports(previous: readonly AstNodeDescription[], current: readonly AstNodeDescription[], replaced: Reparse['replaced'],
    names: string[]): boolean {
    if (previous.length !== current.length) {
        return false;
    }
    for (let i = 0; i < previous.length; i++) {
        const [before, now] = [previous[i], current[i]];
        if (replaced !== undefined && now.node === replaced.old) {
            return false;
        }
        if (before === now) {
            continue;
        }
        if (before.name !== now.name || before.type !== now.type || before.path !== now.path || before.node === undefined
            || !(before.node === now.node || (replaced !== undefined && before.node === replaced.old && now.node === replaced.new))) {
            return false;
        }
        if (replaced !== undefined && before.node === replaced.old) {
            names.push(before.name);
        }
    }
    return true;
}

/**
 * The names the replaced declaration exported, when the scope is the one of
 * the last link (the same files in the same order, the others' exports the
 * same arrays, this file's the same but for the replaced node); else undefined.
 */
function namesInSameScope(previous: ScopeExports, current: ScopeExports, uri: string, replaced: Reparse['replaced']): string[] | undefined {
    const names: string[] = [];
    if (previous.length !== current.length) {
        return undefined;
    }
    const same = previous.every(([previousUri, exports], i) => previousUri === current[i][0]
        && (previousUri === uri ? sameExports(exports, current[i][1], replaced, names) : exports === current[i][1]));
    return same ? names : undefined;
}

function addByName(byName: ReferencesByName, infos: readonly ReferenceInfo[]): void {
    for (const info of infos) {
        const list = byName.get(info.reference.$refText);
        if (list) {
            list.push(info);
        } else {
            byName.set(info.reference.$refText, [info]);
        }
    }
}

function removeByName(byName: ReferencesByName, infos: readonly ReferenceInfo[]): void {
    for (const info of infos) {
        const list = byName.get(info.reference.$refText);
        const at = list ? list.indexOf(info) : -1;
        if (at >= 0) {
            list![at] = list![list!.length - 1];
            list!.pop();
            if (list!.length === 0) {
                byName.delete(info.reference.$refText);
            }
        }
    }
}

/**
 * Which links of `root` stay, when it was parsed incrementally from the tree
 * `previous` describes and the scope is as it was; undefined to relink all.
 * Every reference of the previous tree was linked then (the state is kept
 * only for complete links, and only the linker unlinks), so the references
 * that can need linking are the new declaration's and those that led to
 * the replaced one: references written with its name (its export's name,
 * which the new declaration's has too). The work is that of the changed
 * names' references, not the document's.
 */
export function planRelinking(root: AstNode, uri: string, previous: LinkedState, scope: ScopeExports): Relinking | undefined {
    const reparse = reparseOf(root);
    const names = reparse && reparse.previous === previous.serial ? namesInSameScope(previous.scope, scope, uri, reparse.replaced) : undefined;
    if (!reparse || !names) {
        return undefined;
    }
    let rootHasReferences = false;
    forEachReference(root, () => (rootHasReferences = true));
    if (rootHasReferences) {
        return undefined;
    }
    const replaced = reparse.replaced;
    let byName = previous.byName;
    if (!byName) {
        byName = new Map();
        for (const declaration of topLevelNodes(root)) {
            if (declaration !== replaced?.new) {
                addByName(byName, declarationReferences(declaration));
            }
        }
    } else if (replaced) {
        removeByName(byName, declarationReferences(replaced.old));
    }
    const relinking: Relinking = { toLink: [], unlink: new Set(), relinked: new Set(), byName, replaced };
    if (!replaced) {
        return relinking;
    }
    const unlink = relinking.unlink as Set<Reference | MultiReference>;
    declarationReferences(replaced.old).forEach(info => unlink.add(info.reference));
    for (const name of names) {
        for (const info of byName.get(name) ?? []) {
            if (!keepsLink(info.reference, replaced.old)) {
                relinking.toLink.push(info);
                unlink.add(info.reference);
                relinking.relinked.add(declarationOf(info.container));
            }
        }
    }
    const added = declarationReferences(replaced.new);
    relinking.toLink.push(...added);
    addByName(byName, added);
    relinking.relinked.add(replaced.new);
    return relinking;
}

/** How a tree's last link went, for the reference index (reference-descriptions.ts). */
export interface LinkOutcome {
    /** Which link this was: a number unique in the process. */
    readonly id: number;
    /**
     * When it kept links: the link they were kept from, the declarations whose
     * references were linked anew, and the declaration the new one replaced
     * (for the reference index, which forgets it: it holds the previous tree).
     */
    readonly kept?: { readonly from: number; readonly relinked: ReadonlySet<AstNode>; replaced?: Reparse['replaced'] };
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
