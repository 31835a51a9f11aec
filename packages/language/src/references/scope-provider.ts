import { AstUtils, DefaultScopeProvider, type LangiumDocument, MultiMapScope, type ReferenceInfo, type Scope, WorkspaceCache } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import type { ImportResolver } from '../imports/import-resolver.js';

/**
 * Names resolve within a file and the files it imports (transitively), not
 * across the whole workspace: two scenario files may each declare their own
 * "Riverside". Scopes are hash maps cached per document and type until the
 * workspace changes, so linking stays linear in model size.
 */
export class AutonomyScopeProvider extends DefaultScopeProvider {
    protected readonly imports: ImportResolver;
    private readonly scopes: WorkspaceCache<string, Scope>;

    constructor(services: AutonomyServices) {
        super(services);
        this.imports = services.references.ImportResolver;
        this.scopes = new WorkspaceCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}\u0000${type}`;
        return this.scopes.get(key, () => this.scopeOfType(document, type));
    }

    /** The scope of the references of `type` in `document`, made anew (the speed module's provider may reuse the last one). */
    protected scopeOfType(document: LangiumDocument, type: string): Scope {
        return new MultiMapScope(this.indexManager.allElements(type, this.imports.visibleUris(document)));
    }
}
