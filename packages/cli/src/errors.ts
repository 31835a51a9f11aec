/** Exit codes every command shares; docs/cli.md lists them. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * A problem with how the tool was called or with its input files (missing,
 * unreadable, no models found). It is printed as one line, never as a stack
 * trace, and ends the run with exit code 2.
 */
export class CliError extends Error {
    constructor(message: string, readonly exitCode: number = EXIT_USAGE) {
        super(message);
        this.name = 'CliError';
    }
}
