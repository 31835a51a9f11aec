/**
 * Node/V8 options the extension starts its language server with.
 *
 * `--max-semi-space-size=32` (MB) gives V8 a larger young generation. Building
 * a large workspace makes a lot of short-lived parser garbage; with Node's
 * default semi-space much of it is promoted and fragments the old generation,
 * which V8 then keeps. With this flag the server holds 290-296 MB instead of
 * 350-360 MB with a 50,000-line workspace open, at the same latency
 * (docs/performance.md, cause 5). V8 reads the flag only from the command
 * line, so it has to be given when the process starts.
 *
 * The benchmark (`packages/bench`, DEFAULT_SERVER_NODE_ARGS) starts the server
 * with the same options; a test there keeps the two lists equal.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=32'];
