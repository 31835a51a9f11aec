import { writeFileSync } from 'node:fs';

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
    write(text: string): unknown;
    isTTY?: boolean;
}

export function processIO(): CliIO {
    return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

/** Writes command output to a file, or to stdout when no file was asked for. */
export function emit(io: CliIO, text: string, outputFile: string | undefined): void {
    if (outputFile) {
        writeFileSync(outputFile, text);
    } else {
        io.stdout.write(text);
    }
}
