export { run, EXIT_INTERNAL } from './main.js';
export { EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, CliError } from './errors.js';
export type { CliIO, OutputStream } from './io.js';
