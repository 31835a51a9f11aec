import {
    type AstNode, type AstNodeDescription, Cancellation, DefaultLinker, type IndexManager, interruptAndCheck, type LangiumDocument,
    type LinkingError, type MultiReference, type Reference, type ReferenceInfo, type Scope
} from 'langium';
import type { LangiumServices } from 'langium/lsp';
import type { AutonomyServices } from '../autonomy-module.js';
import type { ImportResolver } from '../imports/import-resolver.js';
import { AutonomyScopeProvider } from '../references/scope-provider.js';
import { declarationReferences, NODES_PER_INTERRUPT_CHECK, referenceList, treeReferences } from './ast-walk.js';
import { replaceRun } from './replaced-run.js';
import {
    type LinkedState, newLinkId, planRelinking, recordLinkOutcome, type Relinking, type ScopeExports, scopeExportsOf
} from './incremental-linking.js';
import { forgetReparse, treeSerial } from './reparse-record.js';

/** How the linker's links went: for the benchmark's and the replay test's counts. */
export interface LinkCounts {
    /** Links of a changed document that kept the links of its unchanged declarations. */
    incremental: number;
    /** Links of a document that had been linked before, made in full. */
    full: number;
    /** References linked again by incremental links (the new declarations' and those that led to the replaced ones). */
    relinkedReferences: number;
    /** References whose links incremental links kept. */
    keptReferences: number;
}

/**
 * Langium's linker, going through the document's references as listed once
 * per parsed tree (ast-walk.ts) instead of streaming the tree again: the same
 * references linked in the same order. After an incremental parse it keeps
 * the links a full relink would make again (incremental-linking.ts) and
 * links only the others.
 * With Langium's profiler active it defers to Langium's walk, which times each reference.
 */
export class AutonomyLinker extends DefaultLinker {
    readonly counts: LinkCounts = { incremental: 0, full: 0, relinkedReferences: 0, keptReferences: 0 };
    private readonly imports: ImportResolver | undefined;
    private readonly indexManager: () => IndexManager;
    /** References a deferred unlink (below) left linked, by document. */
    private readonly deferred = new WeakMap<LangiumDocument, Array<Reference | MultiReference>>();
    private readonly linked = new WeakMap<LangiumDocument, LinkedState>();
    /** While one document's references are linked (between two awaits), its scope of each reference type. */
    private scopes: Map<string, Scope> | undefined;

    constructor(services: LangiumServices) {
        super(services);
        this.imports = (services as Partial<AutonomyServices>).references?.ImportResolver;
        // Read when first needed, as Langium's linker reads the documents: the shared services are built after the language's.
        this.indexManager = () => services.shared.workspace.IndexManager;
    }

    /**
     * Langium unlinks a changed document before parsing it again, when which
     * links the new tree can keep is not known yet: the references are put
     * aside and `link` unlinks them, all of them or those not kept. The
     * document's list is emptied now, as Langium's unlink does, for whoever reads it.
     */
    override unlink(document: LangiumDocument): void {
        const deferred = this.deferred.get(document);
        this.deferred.set(document, deferred ? deferred.concat(document.references) : document.references);
        document.references = [];
    }

    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        const relinking = this.prepare(document);
        // Only the references not kept are unlinked: with links kept, those are all the walk need visit.
        const references = relinking?.toLink ?? treeReferences(root);
        if (this.profiler?.isActive('linking') && !relinking) {
            await super.link(document, cancelToken);
        } else {
            const scopes = this.scopesByType();
            try {
                for (let i = 0; i < references.length; i++) {
                    if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                        // While awaiting, the workspace may change, and with it the scopes.
                        this.scopes = undefined;
                        await interruptAndCheck(cancelToken);
                        scopes?.clear();
                        this.scopes = scopes;
                    }
                    this.doLink(references[i], document);
                }
            } finally {
                this.scopes = undefined;
            }
        }
        const id = newLinkId();
        if (relinking) {
            document.references = this.listAfter(relinking) ?? referenceList(root);
            this.counts.incremental++;
            this.counts.relinkedReferences += relinking.toLink.length;
            this.counts.keptReferences += document.references.length - relinking.toLink.length;
        }
        recordLinkOutcome(root, { id, kept: relinking && { from: relinking.from, relinked: relinking.relinked, replaced: relinking.replaced } });
        const scope = this.scopeOf(document);
        if (scope) {
            this.linked.set(document, { id, serial: treeSerial(root), scope, byName: relinking?.byName });
        }
        forgetReparse(root);
    }

    /**
     * Langium's candidate (the scope's entry for the reference's text), with
     * the scope looked up once per reference type while one document's
     * references are linked: our scope provider's scope depends only on the
     * reference's document and type, and asking it costs a walk to the root
     * and a string key per reference.
     */
    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const scopes = this.scopes;
        if (!scopes) {
            return super.getCandidate(refInfo);
        }
        const type = this.reflection.getReferenceType(refInfo);
        let scope = scopes.get(type);
        if (!scope) {
            scope = this.scopeProvider.getScope(refInfo);
            scopes.set(type, scope);
        }
        return scope.getElement(refInfo.reference.$refText) ?? this.createLinkingError(refInfo);
    }

    /** A map for scopes by type when the scope provider's scopes depend on nothing else (ours, unless getScope is overridden). */
    private scopesByType(): Map<string, Scope> | undefined {
        const provider = this.scopeProvider;
        return provider instanceof AutonomyScopeProvider && provider.getScope === AutonomyScopeProvider.prototype.getScope
            ? new Map() : undefined;
    }

    /**
     * Before a link: carries out a deferred unlink, of the links the new tree
     * cannot keep or of all of them. Returns what was kept, if anything.
     */
    private prepare(document: LangiumDocument): (Relinking & { from: number; listed?: { list: Array<Reference | MultiReference>; length: number } }) | undefined {
        const root = document.parseResult.value;
        const previous = this.linked.get(document);
        this.linked.delete(document);
        recordLinkOutcome(root, undefined);
        const deferred = this.deferred.get(document);
        if (!deferred) {
            return undefined;
        }
        this.deferred.delete(document);
        const scope = previous && this.scopeOf(document);
        const relinking = scope && planRelinking(root, document.uri.toString(), previous, scope);
        if (!relinking) {
            if (previous) {
                this.counts.full++;
            }
            unlinkAll(deferred);
            return undefined;
        }
        unlinkAll(relinking.unlink);
        // Until the link is complete (then: every reference of the tree, in order), the list holds every reference that may
        // be linked, so that an unlink after a cancellation finds them all: those put aside, and those resolved since
        // (by reading `ref`) or linked now.
        // The previous link's list, which nothing else holds now, becomes the new one (listAfter) unless references were
        // resolved in between (then it is put together from the tree).
        const listed = document.references.length === 0 ? { list: deferred, length: deferred.length } : undefined;
        document.references = listed ? deferred : deferred.concat(document.references);
        return { ...relinking, from: previous.id, listed };
    }

    /**
     * The document's list of references after a link that kept links: the
     * previous link's list (every reference of the previous tree, in tree
     * order) with the replaced declaration's references replaced by the new
     * one's, in place; the kept and stale ones are where they were. What the
     * link appended is dropped first. Undefined to put it together from the tree.
     */
    private listAfter(relinking: Relinking & { listed?: { list: Array<Reference | MultiReference>; length: number } }): Array<Reference | MultiReference> | undefined {
        const listed = relinking.listed;
        if (!listed) {
            return undefined;
        }
        listed.list.length = listed.length;
        const replaced = relinking.replaced;
        const references = (declaration: AstNode) => declarationReferences(declaration).map(info => info.reference);
        return !replaced || replaceRun(listed.list, references(replaced.old), references(replaced.new)) ? listed.list : undefined;
    }

    /** The exports the document's references resolve among, in scope order; undefined without the import-aware index. */
    private scopeOf(document: LangiumDocument): ScopeExports | undefined {
        return this.imports ? scopeExportsOf(this.indexManager(), this.imports, document) : undefined;
    }
}

/** Langium's unlink (references/linker.js), of the given references. */
function unlinkAll(references: Iterable<Reference | MultiReference>): void {
    for (const reference of references) {
        const fields = reference as { _ref?: unknown; _nodeDescription?: unknown; _items?: unknown; _linkingError?: unknown };
        if ('_ref' in fields) {
            fields._ref = undefined;
            delete fields._nodeDescription;
        } else if ('_items' in fields) {
            fields._items = undefined;
            delete fields._linkingError;
        }
    }
}
