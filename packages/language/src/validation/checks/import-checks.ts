import { AstUtils, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { AutonomyServices } from '../../autonomy-module.js';
import type * as ast from '../../generated/ast.js';
import { importPath, isBrokenImportPath } from '../../imports/import-resolver.js';
import { report } from '../report.js';

function baseName(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** Self-imports, missing files and import cycles, each reported on the import line. */
export function checkImport(services: AutonomyServices): ValidationCheck<ast.Import> {
    const resolver = services.references.ImportResolver;
    const projectRoot = services.references.ProjectRoot;
    const fileSystem = services.shared.workspace.FileSystemProvider;
    const exists = (uri: ReturnType<typeof resolver.resolve>): boolean => {
        try {
            return fileSystem.existsSync(uri);
        } catch {
            return false;
        }
    };
    const isModelFile = (uri: ReturnType<typeof resolver.resolve>): boolean => {
        try {
            return uri.path.endsWith('.autonomy') && fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    };
    return (imp: ast.Import, accept: ValidationAcceptor) => {
        if (isBrokenImportPath(imp)) {
            report(accept, 'import-not-found',
                'This import path holds a broken character (half of a pair that encodes one character, as some tools paste it), ' +
                'so no file can have this name. Retype the path.',
                { node: imp, property: 'path' });
            return;
        }
        if (importPath(imp) === undefined) {
            return;
        }
        const own = AstUtils.getDocument(imp).uri.toString();
        const target = resolver.resolve(imp);
        if (target.toString() === own) {
            report(accept, 'import-self',
                `This file imports itself ("${imp.path}"); remove the import.`,
                { node: imp, property: 'path', data: { remove: true } });
            return;
        }
        const from = AstUtils.getDocument(imp).uri;
        if (!projectRoot.allows(target, from)) {
            // Checked before the file is even looked at: nothing outside the root is read, or echoed.
            report(accept, 'import-outside-root',
                `"${imp.path}" is outside the project (${projectRoot.describe(from)}), so it was not loaded: ` +
                `autonomy reads no file outside the project root, even through a link. Move the file into the project, ` +
                `or widen the root (the command line's --root; in the editor, open a folder that holds both files).`,
                { node: imp, property: 'path' });
            return;
        }
        if (!resolver.importedDocument(imp) && !exists(target)) {
            report(accept, 'import-not-found',
                `Cannot find the imported file "${imp.path}" (looked for ${target.fsPath || target.path}). ` +
                `Check the path; it is relative to this file.`,
                { node: imp, property: 'path' });
            return;
        }
        if (!resolver.importedDocument(imp) && !isModelFile(target)) {
            report(accept, 'import-not-a-model',
                `"${imp.path}" is not a model file: only .autonomy files can be imported. ` +
                `Name a file ending in .autonomy (to import a folder, import each of its files).`,
                { node: imp, property: 'path' });
            return;
        }
        const cycle = resolver.findCycle(imp);
        if (cycle) {
            report(accept, 'import-cycle',
                `Import cycle: ${cycle.map(baseName).join(' -> ')}. Files cannot import each other in a circle; ` +
                `move the shared declarations into a register file that both import.`,
                { node: imp, property: 'path' });
        }
    };
}

export function checkImportsOnce(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    const resolver = services.references.ImportResolver;
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        const seen = new Set<string>();
        for (const imp of root.imports) {
            if (importPath(imp) === undefined) {
                continue;
            }
            const key = resolver.resolve(imp).toString();
            if (seen.has(key)) {
                report(accept, 'duplicate-import',
                    `"${imp.path}" is already imported above; remove this line.`,
                    { node: imp, property: 'path', data: { remove: true } });
            }
            seen.add(key);
        }
    };
}
