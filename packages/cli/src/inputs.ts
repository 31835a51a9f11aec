import { statSync } from 'node:fs';
import * as path from 'node:path';
import { escapePath, glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from './errors.js';

export const MODEL_EXTENSION = '.autonomy';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Turns the command line's files, folders and globs into a sorted list of
 * absolute file paths. A folder stands for every model file beneath it; a glob
 * keeps only model files; a file named outright is taken whatever its
 * extension. Every argument that yields nothing is reported, all at once.
 */
export async function expandInputs(args: string[], cwd: string, ignore: string[] = []): Promise<string[]> {
    const found = new Set<string>();
    const ignored = await ignoredFiles(ignore, cwd);
    const problems: string[] = [];
    for (const arg of args) {
        const absolute = path.resolve(cwd, arg);
        const stats = statOrUndefined(absolute);
        if (stats?.isFile()) {
            found.add(absolute);
        } else if (stats?.isDirectory()) {
            const files = await globModels(['**/*' + MODEL_EXTENSION], absolute);
            if (files.length === 0) {
                problems.push(`${arg}: the folder holds no ${MODEL_EXTENSION} files. Name a folder that contains models, or the model files themselves.`);
            }
            files.forEach(f => found.add(f));
        } else if (isDynamicPattern(arg)) {
            const files = (await globModels([arg], cwd)).filter(f => f.endsWith(MODEL_EXTENSION));
            if (files.length === 0) {
                problems.push(`${arg}: the pattern matches no ${MODEL_EXTENSION} files. Check the pattern, and quote it so the shell does not expand it first.`);
            }
            files.forEach(f => found.add(f));
        } else if (stats) {
            problems.push(`${arg}: not a file or folder. Name a ${MODEL_EXTENSION} file, a folder or a glob.`);
        } else {
            problems.push(`${arg}: no such file or folder. Check the path (it is relative to ${cwd}).`);
        }
    }
    if (problems.length > 0) {
        throw new CliError(problems.join('\n'));
    }
    const kept = [...found].filter(f => !ignored.has(f)).sort();
    if (kept.length === 0) {
        throw new CliError(`every model file named is excluded by --ignore (${ignore.join(', ')}). Loosen the --ignore patterns.`);
    }
    return kept;
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
