/**
 * Node/V8 options the extension starts its language server with.
 *
 * `--max-semi-space-size=16` (MB) bounds V8's young generation. Building a
 * large workspace makes a lot of short-lived parser garbage; with Node's
 * default the young generation grows larger and the heap V8 keeps with it.
 * With a 50,000-line workspace open the server held 247-251 MB with 16,
 * 287-292 MB with 32 (the previous setting), 244 MB with 8 (old-generation
 * fragmentation eats the gain) and 332 MB with Node's default, at the same
 * keystroke latency (docs/performance.md, "Issue 15").
 *
 * `--heap-growing-percent=50` is not used: it kept a server whose shared
 * file was being edited at 313-319 MB instead of 625 MB, but made keystrokes
 * on a 1,000-line model cost 16-18 ms of server CPU instead of 12-15 (p95
 * 27-32 against 22-26 ms) in four of five alternating pairs (the fifth:
 * 11.1 against 10.7), presumably from more frequent full collections.
 *
 * `--expose-gc` gives the server `gc`, which it uses once, after a build,
 * when the editor has been quiet for 5 s, to give the heap's freed pages back
 * (packages/language-server/src/idle-memory-release.ts): V8's own memory
 * reducer never starts in Node 24.
 *
 * V8 reads these only from the command line, so they have to be given when
 * the process starts. The benchmark (`packages/bench`,
 * DEFAULT_SERVER_NODE_ARGS) starts the server with the same options; a test
 * there keeps the two lists equal.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=16', '--expose-gc'];

/**
 * Environment the extension adds to its language server's.
 *
 * `MALLOC_MMAP_THRESHOLD_=131072` fixes glibc's threshold above which malloc
 * maps a block of its own (returned to the system when freed) at its initial
 * 128 KiB. By default glibc raises the threshold, up to 32 MiB, each time such
 * a block is freed, so after loading a workspace the large blocks Node and V8
 * allocate off the JavaScript heap come from malloc's arenas, whose freed
 * memory stays resident. With the 50,000-line workspace open the server held
 * 165-167 MB with it against 182-193 MB without, at the same load CPU and
 * keystroke latency
 * (docs/performance.md, "Server memory, part 4"). Only glibc reads it (Linux;
 * elsewhere it does nothing), and only when the process starts. The
 * benchmark (`packages/bench`, DEFAULT_SERVER_ENV) starts the server with the
 * same; a test there keeps the two equal.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };
