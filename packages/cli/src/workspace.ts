import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createAutonomyServices, type AutonomyServices, ast } from '@autonomy/language';
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CliError } from './errors.js';
import { decodeModel } from './file-encoding.js';
import { recordInput } from './io.js';

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
export async function loadWorkspace(files: string[], cwd: string, roots: string[] = [cwd]): Promise<ModelWorkspace> {
    const { shared, Autonomy } = createAutonomyServices({ ...NodeFileSystem });
    const projectRoot = Autonomy.references.ProjectRoot;
    projectRoot.setFolders(roots);
    // CI needs the same figures on every machine: no time budget, and the
    // analysis's own defaults (exact fair shares up to 20 participants), so
    // `validate` flags exactly what `analyse` and `report` compute.
    Autonomy.analysis.AnalysisProvider.configure({ exactLimit: undefined, samples: undefined, timeBudgetMs: undefined, stableSplitLimit: undefined });
    const factory = shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const resolver = Autonomy.references.ImportResolver;

    const load = (file: string, importedBy?: string): LangiumDocument => {
        recordInput(file);
        const document = factory.fromString(readModel(file, cwd, importedBy), URI.file(file));
        langiumDocuments.addDocument(document);
        return document;
    };

    // Every named file that cannot be used is reported at once, as inputs are.
    const requested: LangiumDocument[] = [];
    const problems: string[] = [];
    for (const file of files) {
        try {
            const document = langiumDocuments.getDocument(URI.file(file)) ?? load(file);
            refuseEmpty(document, file, cwd);
            requested.push(document);
        } catch (error) {
            if (!(error instanceof CliError)) {
                throw error;
            }
            problems.push(error.message);
        }
    }
    if (problems.length > 0) {
        throw new CliError(problems.join('\n'));
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
            // So is a file outside the project root (import-outside-root): it is never read.
            if (target.scheme !== 'file' || !target.fsPath.endsWith('.autonomy') || langiumDocuments.hasDocument(target)
                || !projectRoot.allows(target, document.uri) || !isFile(target.fsPath)) {
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
        return decodeModel(readFileSync(file), () => `${displayPath(file, cwd)}${importedBy ? ` (imported by ${displayPath(importedBy, cwd)})` : ''}`);
    } catch (error) {
        if (error instanceof CliError) {
            throw error;
        }
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

/**
 * An empty file named as input is refused (exit 2): in CI it is almost always a
 * failed save or a lost file, and "no problems" would hide that.
 */
function refuseEmpty(document: LangiumDocument, file: string, cwd: string): void {
    if (document.textDocument.getText().trim() === '') {
        throw new CliError(`${displayPath(file, cwd)}: the file is empty, so there is no model to check. Write the model into it, or leave it out (--ignore).`);
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
