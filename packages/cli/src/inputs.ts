import { statSync } from 'node:fs';
import * as path from 'node:path';
import { isInside, realPath } from '@autonomy/language/real-path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './errors.js';
import { runRoots } from './project-root.js';

export const MODEL_EXTENSION = '.autonomy';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** What the command line's inputs stand for. */
export interface Inputs {
    /** Absolute paths of the model files to check, sorted; each real file once. */
    files: string[];
    /** Files found that lead, after links, outside the project root: not read, reported. */
    refused: string[];
    /** The folders this run may read (real paths): the project root and the folders of named paths outside it. */
    roots: string[];
}

/**
 * Turns the command line's files, folders and globs into the files to check.
 * A folder stands for every model file beneath it; a glob keeps only model
 * files; a file named outright is taken whatever its extension. A file reached
 * twice (through a link, or a link loop) is checked once; one that leads outside
 * the project root is not read but refused. Every argument that yields nothing
 * is reported, all at once.
 */
export async function expandInputs(args: string[], cwd: string, ignore: string[] = [], root = cwd): Promise<Inputs> {
    const found: string[] = [];
    // What was named outright: the files and folders typed, and the files a glob matched (the shell would have typed them).
    const named: string[] = [];
    const ignored = await ignoredFiles(ignore, cwd);
    const problems: string[] = [];
    for (const arg of args) {
        const absolute = path.resolve(cwd, arg);
        const stats = statOrUndefined(absolute);
        if (stats?.isFile()) {
            found.push(absolute);
            named.push(absolute);
        } else if (stats?.isDirectory()) {
            named.push(absolute);
            const files = await globModels(['**/*' + MODEL_EXTENSION], absolute);
            if (files.length === 0) {
                problems.push(`${arg}: the folder holds no ${MODEL_EXTENSION} files. Name a folder that contains models, or the model files themselves.`);
            }
            found.push(...files);
        } else if (isDynamicPattern(arg)) {
            const files = (await globModels([arg], cwd)).filter(f => f.endsWith(MODEL_EXTENSION));
            if (files.length === 0) {
                problems.push(`${arg}: the pattern matches no ${MODEL_EXTENSION} files. Check the pattern, and quote it so the shell does not expand it first.`);
            }
            found.push(...files);
            named.push(...files);
        } else if (stats) {
            problems.push(`${arg}: not a file or folder. Name a ${MODEL_EXTENSION} file, a folder or a glob.`);
        } else {
            problems.push(`${arg}: no such file or folder. Check the path (it is relative to ${cwd}).`);
        }
    }
    if (problems.length > 0) {
        throw new CliError(problems.join('\n'));
    }
    const kept = found.filter(f => !ignored.has(f));
    if (kept.length === 0) {
        throw new CliError(`every model file named is excluded by --ignore (${ignore.join(', ')}). Loosen the --ignore patterns.`);
    }
    const roots = runRoots(root, named);
    return { ...onePathPerFile(kept, roots), roots };
}

/**
 * One path for each real file, the shortest that reaches it (a folder that links
 * back into itself offers endless longer ones); files outside the roots apart.
 */
function onePathPerFile(files: string[], roots: string[]): { files: string[]; refused: string[] } {
    const byRealPath = new Map<string, string>();
    for (const file of files) {
        const real = realPath(file);
        const seen = byRealPath.get(real);
        if (seen === undefined || file.length < seen.length || (file.length === seen.length && file < seen)) {
            byRealPath.set(real, file);
        }
    }
    const entries = [...byRealPath.entries()];
    return {
        files: entries.filter(([real]) => isInside(real, roots)).map(([, file]) => file).sort(),
        refused: entries.filter(([real]) => !isInside(real, roots)).map(([, file]) => file).sort()
    };
}

/** Files matched by --ignore patterns; a folder stands for everything beneath it. */
async function ignoredFiles(patterns: string[], cwd: string): Promise<Set<string>> {
    if (patterns.length === 0) {
        return new Set();
    }
    const expanded = patterns.map(p => statOrUndefined(path.resolve(cwd, p))?.isDirectory()
        ? escapePath(p.replace(/[\\/]+$/, '')) + '/**'
        : p);
    return new Set(await globModels(expanded, cwd));
}

async function globModels(patterns: string[], cwd: string): Promise<string[]> {
    const files = await glob(patterns, { cwd, absolute: true, onlyFiles: true, ignore: IGNORED, expandDirectories: false });
    return files.map(f => path.resolve(f));
}

function statOrUndefined(file: string) {
    try {
        return statSync(file);
    } catch {
        return undefined;
    }
}
