import { DocumentState, type LangiumDocument, type URI } from 'langium';
import { importPath } from './import-resolver.js';
import type { AutonomyServices } from '../autonomy-module.js';
import { isAutonomyFile } from '../generated/ast.js';

/**
 * Loads, in the language server, the files an opened model imports that the
 * workspace scan did not load: with no folder open there is no scan, and the
 * imports of a lone file would otherwise stay unresolved without a word. Only
 * existing .autonomy files inside the project root are loaded; any other
 * import is reported on its line by the import checks.
 */
export class ImportLoader {
    /** Files already asked for: each is tried once, so a file that cannot be read is not retried forever. */
    private readonly requested = new Set<string>();

    constructor(private readonly services: AutonomyServices) {}

    /** Starts watching builds. */
    start(): void {
        const { DocumentBuilder } = this.services.shared.workspace;
        DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
            const missing = this.missingImports(documents);
            if (missing.length > 0) {
                // After this build, as its own update: the importing files relink when the new files arrive.
                void this.services.shared.workspace.WorkspaceLock.write(token => DocumentBuilder.update(missing, [], token));
            }
        });
    }

    private missingImports(documents: LangiumDocument[]): URI[] {
        const resolver = this.services.references.ImportResolver;
        const projectRoot = this.services.references.ProjectRoot;
        const langiumDocuments = this.services.shared.workspace.LangiumDocuments;
        const fileSystem = this.services.shared.workspace.FileSystemProvider;
        const missing: URI[] = [];
        for (const document of documents) {
            const root = document.parseResult.value;
            if (!isAutonomyFile(root)) {
                continue;
            }
            for (const imp of root.imports) {
                if (importPath(imp) === undefined) {
                    continue;
                }
                const target = resolver.resolve(imp);
                const key = target.toString();
                if (this.requested.has(key) || langiumDocuments.hasDocument(target) || !target.path.endsWith('.autonomy')
                    || !projectRoot.allows(target, document.uri) || !isFile(fileSystem, target)) {
                    continue;
                }
                this.requested.add(key);
                missing.push(target);
            }
        }
        return missing;
    }
}

function isFile(fileSystem: AutonomyServices['shared']['workspace']['FileSystemProvider'], uri: URI): boolean {
    try {
        return fileSystem.statSync(uri).isFile;
    } catch {
        return false;
    }
}
