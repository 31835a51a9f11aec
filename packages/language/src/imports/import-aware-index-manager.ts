import { type AstNodeDescription, DefaultIndexManager, type LangiumDocument } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';

/**
 * Langium relinks and revalidates a document when a changed file holds the
 * target of one of its references. A file's import checks (cycles, missing
 * files) and its scope depend on every file it imports, directly or not,
 * whether or not it refers to anything in them: dropping an import from one
 * file of a cycle left the cycle error standing in the other.
 */
export class ImportAwareIndexManager extends DefaultIndexManager {
    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        return super.isAffected(document, changedUris) || this.importsAny(document, changedUris);
    }

    /**
     * The exports of the documents `uris` names, in the order scopes list
     * them (the index's: a document indexed again moves to the end), each the
     * index's own array. Incremental linking (speed/incremental-linking.ts)
     * compares them with what they were when a document was last linked.
     */
    exportsInScopeOrder(uris: ReadonlySet<string>): Array<readonly [string, readonly AstNodeDescription[]]> {
        const found: Array<readonly [string, readonly AstNodeDescription[]]> = [];
        for (const [uri, exports] of this.symbolIndex) {
            if (uris.has(uri)) {
                found.push([uri, exports]);
            }
        }
        return found;
    }

    private importsAny(document: LangiumDocument, changedUris: Set<string>): boolean {
        const services = this.serviceRegistry.getServices(document.uri) as Partial<AutonomyServices>;
        const resolver = services.references?.ImportResolver;
        if (!resolver) {
            return false;
        }
        const own = document.uri.toString();
        for (const uri of resolver.visibleUris(document)) {
            if (uri !== own && changedUris.has(uri)) {
                return true;
            }
        }
        return false;
    }
}
