import { writeFileSync } from 'node:fs';
import { CliError } from './errors.js';

/**
 * What a command may touch of the outside world. Commands write through this
 * rather than `process` so tests and the entry point decide where output goes.
 */
export interface CliIO {
    cwd: string;
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

/** Writes command output to a file, or to stdout when no file was asked for (or "-"). */
export function emit(io: CliIO, content: string | Uint8Array, outputFile: string | undefined): void {
    if (outputFile === undefined || outputFile === '-') {
        io.stdout.write(content);
        return;
    }
    try {
        writeFileSync(outputFile, content);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'its folder does not exist'
            : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
                : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
        throw new CliError(`${outputFile}: cannot write the output: ${reason}. Choose another path with -o.`);
    }
}
