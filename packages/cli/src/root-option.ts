import { statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './errors.js';

/**
 * Takes `--root DIR` (or `--root=DIR`) out of a command's arguments, so every
 * command has it without declaring it. The project root is the folder whose
 * files may be read: the working directory unless --root names another.
 */
export function takeRootOption(args: string[], cwd: string): { args: string[]; root: string } {
    const rest: string[] = [];
    let option: string | undefined;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            rest.push(...args.slice(i));
            break;
        }
        if (arg === '--root' || arg.startsWith('--root=')) {
            const value = arg === '--root' ? args[++i] : arg.slice('--root='.length);
            if (value === undefined || value === '') {
                throw new CliError('--root takes a folder, e.g. `--root .` for the current directory.');
            }
            option = value;
        } else {
            rest.push(arg);
        }
    }
    const root = path.resolve(cwd, option ?? '.');
    if (option !== undefined && !isFolder(root)) {
        throw new CliError(`--root ${option}: no such folder. Name the folder that holds your models (it is relative to ${cwd}).`);
    }
    return { args: rest, root };
}

export function isFolder(file: string): boolean {
    try {
        return statSync(file).isDirectory();
    } catch {
        return false;
    }
}
