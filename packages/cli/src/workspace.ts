import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createAutonomyServices, type AutonomyServices, ast } from '@autonomy/language';
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CliError } from './errors.js';

/** The models of one run, parsed, linked and validated together. */
export interface ModelWorkspace {
    services: AutonomyServices;
    /** The files named on the command line, in the order given. */
    requested: LangiumDocument[];
    /** Every document loaded: the requested files and all they import, sorted by path. */
    documents: LangiumDocument[];
}

/**
 * Loads the given model files and, transitively, every file they import, into
 * one workspace of the editor's own language services, then builds them all
 * with validation on. Each file is read and parsed once however many files
 * import it. An import naming a file that does not exist is left to the
 * validator, which reports it at the import statement.
 */
export async function loadWorkspace(files: string[], cwd: string): Promise<ModelWorkspace> {
    const { shared, Autonomy } = createAutonomyServices({ ...NodeFileSystem });
    // CI needs the same figures on every machine: no time budget, and the
    // analysis's own defaults (exact fair shares up to 20 participants), so
    // `validate` flags exactly what `analyse` and `report` compute.
    Autonomy.analysis.AnalysisProvider.configure({ exactLimit: undefined, samples: undefined, timeBudgetMs: undefined, stableSplitLimit: undefined });
    const factory = shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const resolver = Autonomy.references.ImportResolver;

    const load = (file: string, importedBy?: string): LangiumDocument => {
        const document = factory.fromString(readModel(file, cwd, importedBy), URI.file(file));
        langiumDocuments.addDocument(document);
        return document;
    };

    const requested: LangiumDocument[] = [];
    for (const file of files) {
        const uri = URI.file(file);
        requested.push(langiumDocuments.getDocument(uri) ?? load(file));
    }

    const queue = [...requested];
    while (queue.length > 0) {
        const document = queue.pop()!;
        const root = document.parseResult.value;
        if (!ast.isAutonomyFile(root)) {
            continue;
        }
        for (const imp of root.imports) {
            const target = resolver.resolve(imp);
            // Anything but an existing .autonomy file is left to the validator, which
            // reports it on the import line (import-not-found, import-not-a-model).
            if (target.scheme !== 'file' || !target.fsPath.endsWith('.autonomy') || langiumDocuments.hasDocument(target) || !isFile(target.fsPath)) {
                continue;
            }
            queue.push(load(target.fsPath, document.uri.fsPath));
        }
    }

    const documents = [...langiumDocuments.all].sort((a, b) => a.uri.fsPath.localeCompare(b.uri.fsPath));
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services: Autonomy, requested, documents };
}

/** Reads a model file, turning every way that can fail into one line naming the file and the fix. */
function readModel(file: string, cwd: string, importedBy?: string): string {
    try {
        return readFileSync(file, 'utf8');
    } catch (error) {
        const shown = displayPath(file, cwd);
        const via = importedBy ? ` (imported by ${displayPath(importedBy, cwd)})` : '';
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' || code === 'EPERM'
            ? 'permission denied. Make the file readable (chmod +r) or leave it out'
            : code === 'ENOENT'
                ? 'the file disappeared while reading. Check the path'
                : `${(error as Error).message}. Check the file`;
        throw new CliError(`${shown}${via}: cannot read the file: ${reason}.`);
    }
}

function isFile(file: string): boolean {
    try {
        return statSync(file).isFile();
    } catch {
        return false;
    }
}

/** A path as the user should see it: relative to the working directory when inside it, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
    const relative = path.relative(cwd, file);
    // Outside the working directory a chain of ../ helps nobody: show where it is.
    const shown = relative === '' ? path.basename(file) : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
    return shown.split(path.sep).join('/');
}
