/**
 * Node/V8 options the extension starts its language server with.
 *
 * `--max-semi-space-size=16` (MB) bounds V8's young generation. Building a
 * large workspace makes a lot of short-lived parser garbage; with Node's
 * default the young generation grows larger and the heap V8 keeps with it.
 * With a 50,000-line workspace open the server holds 247-251 MB with 16,
 * 287-292 MB with 32 (the previous setting), 244 MB with 8 (old-generation
 * fragmentation eats the gain) and 332 MB with Node's default, at the same
 * keystroke latency (docs/performance.md, "Issue 15"). V8 reads the flag
 * only from the command line, so it has to be given when the process starts.
 *
 * The benchmark (`packages/bench`, DEFAULT_SERVER_NODE_ARGS) starts the server
 * with the same options; a test there keeps the two lists equal.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=16'];
