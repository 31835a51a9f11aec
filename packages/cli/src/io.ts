import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { realPath } from '@autonomy/language/real-path';
import { CliError } from './errors.js';

/**
 * What a command may touch of the outside world. Commands write through this
 * rather than `process` so tests and the entry point decide where output goes.
 */
export interface CliIO {
    cwd: string;
    /** The project root: only files inside it are read (--root; the working directory by default). */
    root?: string;
    env: Record<string, string | undefined>;
    stdout: OutputStream;
    stderr: OutputStream;
}

export interface OutputStream {
    write(text: string | Uint8Array): unknown;
    isTTY?: boolean;
}

export function processIO(): CliIO {
    // `autonomy ... | head` closes the pipe early: that is the reader's choice, not a crash.
    process.stdout.on('error', error => {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
            process.exit(process.exitCode ?? 0);
        }
        throw error;
    });
    return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

// The files this run has read: an output path naming one of them is refused.
const inputs = new Set<string>();

/** Notes a file the run read, so that `-o` cannot overwrite it. */
export function recordInput(file: string): void {
    inputs.add(file);
}

/** Forgets the files read: each run starts afresh. */
export function forgetInputs(): void {
    inputs.clear();
}

/**
 * Writes command output to a file, or to stdout when no file was asked for (or
 * "-"). The file is written whole or not at all: into a temporary file beside
 * it, then renamed over it, so a failed write (a full disk, a file-size limit)
 * leaves the previous output as it was.
 */
export function emit(io: CliIO, content: string | Uint8Array, outputFile: string | undefined): void {
    if (outputFile === undefined || outputFile === '-') {
        io.stdout.write(content);
        return;
    }
    // Through a link, write the file it leads to: replacing the link itself would surprise.
    const target = realPath(outputFile);
    refuseInput(outputFile, target);
    const existing = statOrUndefined(outputFile);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        if (existing !== undefined && !existing.isFile()) {
            // A device or a pipe (-o /dev/stdout): written to as it is; renaming over it would replace it.
            writeFileSync(outputFile, content);
            return;
        }
        writeFileSync(temporary, content, { flag: 'wx', mode: existing ? existing.mode & 0o7777 : 0o666 });
        renameSync(temporary, target);
    } catch (error) {
        removeQuietly(temporary);
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'its folder does not exist'
            : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
                : code === 'EISDIR' ? 'it is a folder'
                    : code === 'ENOSPC' ? 'the disk is full'
                        : code === 'EFBIG' ? 'the file is larger than this system allows (a file-size limit, ulimit -f)'
                            : (error as Error).message;
        throw new CliError(`${outputFile}: cannot write the output: ${reason}. Any earlier file there is unchanged. Choose another path with -o.`);
    }
}

/** Refuses an output path that is (through links, or a hard link) one of the files this run read. */
function refuseInput(outputFile: string, target: string): void {
    const out = statOrUndefined(target);
    for (const input of inputs) {
        const read = statOrUndefined(input);
        const same = realPath(input) === target || (out !== undefined && read !== undefined && out.dev === read.dev && out.ino === read.ino);
        if (same) {
            throw new CliError(`${outputFile}: -o names a model this command reads (${input}); writing there would overwrite it. ` +
                'Choose another output path with -o.');
        }
    }
}

function statOrUndefined(file: string) {
    try {
        return statSync(file);
    } catch {
        return undefined;
    }
}

function removeQuietly(file: string): void {
    try {
        unlinkSync(file);
    } catch {
        // Never written, or already gone: nothing to clean up.
    }
}
