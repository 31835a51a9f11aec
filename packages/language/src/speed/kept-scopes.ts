import { type AstNodeDescription, DocumentState, type LangiumDocument, type LangiumDocuments, MultiMapScope, type Scope } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import { AutonomyScopeProvider } from '../references/scope-provider.js';
import { type ScopeExports, scopeExportsOf } from './incremental-linking.js';

/** A scope and the exports it was made from. */
interface KeptScope {
    scope: MultiMapScope;
    from: ScopeExports;
}

/** The most entries of one file that may differ from the last scope's for it to be mended rather than made anew. */
const MOST_MENDED = 8;

/**
 * The scope provider, keeping each document's scopes from one edit to the
 * next. Langium forgets every scope on every change, and making one lists
 * every declaration of the right type in the file and its imports: on a
 * 2 MB model, a hash map of thousands of names per reference type, on every
 * keystroke, for the few references linked again (incremental-linking.ts).
 * A scope is reused when the exports it was made from are the index's
 * arrays still, and mended when a file's exports differ from them in a few
 * entries of the same names and types (a declaration re-parsed: its new
 * entry takes the old one's place); otherwise it is made anew, as Langium does.
 */
export class KeptScopeProvider extends AutonomyScopeProvider {
    private readonly kept = new WeakMap<LangiumDocument, Map<string, KeptScope>>();
    private readonly documents: LangiumDocuments;

    constructor(services: AutonomyServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        // A kept scope that no link has asked for since an edit still lists the replaced declaration's entry, and
        // through its node the previous text of the whole file (old-texts-released.test.ts): once the links are
        // made, every kept scope is brought up to date, or dropped, as the next lookup would.
        services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Linked, () => this.refreshAll());
    }

    protected override scopeOfType(document: LangiumDocument, type: string): Scope {
        const from = this.exportsFor(document);
        if (!from) {
            return super.scopeOfType(document, type);
        }
        let ofDocument = this.kept.get(document);
        if (!ofDocument) {
            ofDocument = new Map();
            this.kept.set(document, ofDocument);
        }
        const previous = ofDocument.get(type);
        if (previous && this.mend(previous, from, type)) {
            previous.from = from;
            return previous.scope;
        }
        const scope = new MultiMapScope(this.indexManager.allElements(type, new Set(from.map(([uri]) => uri))));
        ofDocument.set(type, { scope, from });
        return scope;
    }

    /** The index's exports a scope of `document` is made from, in scope order; undefined with another index manager. */
    private exportsFor(document: LangiumDocument): ScopeExports | undefined {
        return scopeExportsOf(this.indexManager, this.imports, document);
    }

    private refreshAll(): void {
        for (const document of this.documents.all) {
            const ofDocument = this.kept.get(document);
            const from = ofDocument && ofDocument.size > 0 ? this.exportsFor(document) : undefined;
            if (!ofDocument || !from) {
                continue;
            }
            for (const [type, kept] of ofDocument) {
                if (this.mend(kept, from, type)) {
                    kept.from = from;
                } else {
                    ofDocument.delete(type);
                }
            }
        }
    }

    /** Brings a kept scope up to date with `from`, when it differs from the exports it was made of in a few entries; else false. */
    private mend(kept: KeptScope, from: ScopeExports, type: string): boolean {
        if (kept.from.length !== from.length) {
            return false;
        }
        const changes: Array<[AstNodeDescription, AstNodeDescription]> = [];
        for (let i = 0; i < from.length; i++) {
            const [[uri, before], [nowUri, now]] = [kept.from[i], from[i]];
            if (uri !== nowUri || before.length !== now.length) {
                return false;
            }
            if (before === now) {
                continue;
            }
            for (let j = 0; j < now.length; j++) {
                if (before[j] !== now[j]) {
                    if (changes.length === MOST_MENDED || before[j].name !== now[j].name || before[j].type !== now[j].type) {
                        return false;
                    }
                    changes.push([before[j], now[j]]);
                }
            }
        }
        for (const [before, now] of changes) {
            if (!this.reflection.isSubtype(now.type, type)) {
                continue;
            }
            // The same name and type: the scope lists the old entry under the name, where the new one goes.
            const listed = kept.scope.elements.get(now.name) as AstNodeDescription[];
            const at = listed.indexOf(before);
            if (at < 0) {
                return false;
            }
            listed[at] = now;
        }
        return true;
    }
}
