/**
 * Preloaded into the language server process (`node --expose-gc --import
 * <this> main.js --stdio`) by the benchmarks and stress tests. On SIGUSR2 it
 * collects garbage and writes the process's memory use to stderr as one
 * line, so a test can tell retained memory (a leak) from heap slack.
 * The server's own code runs unchanged.
 */
import { MEMORY_PROBE_PREFIX } from './memory-probe-protocol.js';

process.on('SIGUSR2', () => {
    globalThis.gc?.();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    process.stderr.write(`${MEMORY_PROBE_PREFIX}${JSON.stringify({ rss, heapUsed, heapTotal, external, arrayBuffers })}\n`);
});
