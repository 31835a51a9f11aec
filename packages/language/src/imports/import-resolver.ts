import { AstUtils, type LangiumDocument, type LangiumDocuments, URI, UriUtils } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import { type AutonomyFile, type Import, isAutonomyFile } from '../generated/ast.js';

/** An unpaired UTF-16 surrogate: text no file name holds and no URI can encode (encodeURIComponent throws). */
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The file an import names: undefined while it is half-typed, or when its path
 * is not well-formed text (an editor can send an unpaired surrogate; the fuzz
 * run found `import "\ud800"` stopping every check that follows imports).
 */
export function importPath(imp: Import): string | undefined {
    return typeof imp.path === 'string' && !UNPAIRED_SURROGATE.test(imp.path) ? imp.path : undefined;
}

/** The import's path is there but no file can have it: checkImport says so on the import line. */
export function isBrokenImportPath(imp: Import): boolean {
    return typeof imp.path === 'string' && importPath(imp) === undefined;
}

/**
 * Resolves `import "path"` statements. Paths are relative to the importing
 * file. Scoping uses the transitive closure: a file sees its own declarations
 * and those of every file it imports, directly or not.
 */
export class ImportResolver {
    private readonly documents: LangiumDocuments;

    constructor(services: AutonomyServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    resolve(imp: Import): URI {
        const doc = AstUtils.getDocument(imp);
        // A half-typed or broken path resolves to the folder, which is never a model.
        return UriUtils.resolvePath(UriUtils.dirname(doc.uri), importPath(imp) ?? '');
    }

    /** The imported document when it is loaded in the workspace. */
    importedDocument(imp: Import): LangiumDocument | undefined {
        return this.documents.getDocument(this.resolve(imp));
    }

    /** URIs (as strings) of the document and everything it imports, transitively. */
    visibleUris(document: LangiumDocument): Set<string> {
        const seen = new Set<string>([document.uri.toString()]);
        const queue: LangiumDocument[] = [document];
        while (queue.length > 0) {
            const current = queue.pop()!;
            const root = current.parseResult.value;
            if (!isAutonomyFile(root)) {
                continue;
            }
            for (const imp of root.imports) {
                if (importPath(imp) === undefined) {
                    continue; // a half-typed `import` names no file yet
                }
                const uri = this.resolve(imp).toString();
                if (seen.has(uri)) {
                    continue;
                }
                seen.add(uri);
                const imported = this.documents.getDocument(URI.parse(uri));
                if (imported) {
                    queue.push(imported);
                }
            }
        }
        return seen;
    }

    /**
     * The chain of imports that leads from `imp` back to its own file, if any:
     * a cycle. Returns the file paths along the cycle, or undefined.
     */
    findCycle(imp: Import): string[] | undefined {
        const origin = AstUtils.getDocument(imp).uri.toString();
        const start = this.importedDocument(imp);
        if (!start) {
            return undefined;
        }
        const parents = new Map<string, string | undefined>([[start.uri.toString(), undefined]]);
        const queue: LangiumDocument[] = [start];
        while (queue.length > 0) {
            const current = queue.shift()!;
            const root = current.parseResult.value as AutonomyFile;
            for (const next of root.imports ?? []) {
                if (importPath(next) === undefined) {
                    continue;
                }
                const uri = this.resolve(next).toString();
                if (uri === origin) {
                    const path: string[] = [];
                    for (let at: string | undefined = current.uri.toString(); at; at = parents.get(at)) {
                        path.unshift(at);
                    }
                    return [origin, ...path, origin];
                }
                if (!parents.has(uri)) {
                    parents.set(uri, current.uri.toString());
                    const doc = this.documents.getDocument(URI.parse(uri));
                    if (doc) {
                        queue.push(doc);
                    }
                }
            }
        }
        return undefined;
    }
}
