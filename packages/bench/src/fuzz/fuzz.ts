/**
 * `npm run fuzz -- --runs N --seed S`: N generated, mutated and hostile inputs
 * through parse, link, validate, analyse, format and report (in a worker
 * process, killed and restarted when one input takes over --hang-ms of CPU time), and one
 * in --server-every through the language server over stdio. Prints crashes,
 * hangs and non-idempotent formats, each with a minimised reproduction, and
 * saves each input under --out. Exit code 1 when anything was found.
 *
 * Options: --runs 1000  --seed 1  --from 0  --hang-ms 10000  --server-every 50  --pdf-every 500  --out fuzz-findings
 *
 * --from F runs inputs [F, runs) only, so one seed's 100,000 can be run in chunks
 * (e.g. --from 0 --runs 20000, then --from 20000 --runs 40000) and the figures added.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LanguageServerClient, withTimeout } from '../language-server-client.js';
import type { FuzzCategory, FuzzFinding, FuzzJob, WorkerMessage } from './fuzz-protocol.js';
import { fuzzInput } from './fuzz-inputs.js';

interface Options {
    runs: number;
    seed: number;
    from: number;
    hangMs: number;
    serverEvery: number;
    pdfEvery: number;
    out: string;
}

function parseOptions(argv: string[]): Options {
    const get = (name: string, fallback: string) => {
        const at = argv.indexOf(`--${name}`);
        return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
    };
    const number = (name: string, fallback: number) => {
        const value = Number(get(name, String(fallback)));
        if (!Number.isInteger(value) || value < 0) {
            console.error(`fuzz: --${name} must be a whole number of 0 or more (got ${get(name, '')})`);
            process.exit(2);
        }
        return value;
    };
    return {
        runs: number('runs', 1000), seed: number('seed', 1), from: number('from', 0), hangMs: number('hang-ms', 10_000),
        serverEvery: number('server-every', 50), pdfEvery: number('pdf-every', 500), out: resolve(get('out', 'fuzz-findings'))
    };
}

const WORKER = fileURLToPath(new URL('./fuzz-worker.js', import.meta.url));

interface Tally {
    done: number;
    cpuMs: number;
    kinds: Record<string, number>;
    findings: FuzzFinding[];
    serverInputs: number;
}

/** Runs inputs [from, runs) in workers, restarting after a hang or a dead worker. */
async function runWorkers(options: Options, tally: Tally): Promise<void> {
    let next = options.from;
    while (next < options.runs) {
        next = await runOneWorker(options, tally, next);
    }
}

/**
 * CPU seconds a process has used (Linux /proc), or undefined elsewhere. A hang is
 * judged on the worker's CPU time: on a machine shared with other jobs, wall time
 * runs many times slower and would call ordinary inputs hangs.
 */
function cpuSeconds(pid: number | undefined): number | undefined {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
        // utime and stime are the 14th and 15th fields; the command name before them was cut off with the first two.
        return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
        return undefined;
    }
}

/** Longest wall time one input may take, whatever the load, and the worker's start-up allowance. */
const WALL_LIMIT_FACTOR = 20;

function runOneWorker(options: Options, tally: Tally, from: number): Promise<number> {
    return new Promise(resolveNext => {
        const child: ChildProcess = fork(WORKER, [], { execArgv: ['--max-old-space-size=3072'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
        let current = from;
        let startedAt = performance.now();
        // Undefined until the worker has loaded and starts its first input.
        let cpuAtStart: number | undefined;
        let settled = false;
        let stderr = '';
        child.stderr?.on('data', chunk => {
            stderr = (stderr + String(chunk)).slice(-2000);
        });
        const finish = (nextIndex: number) => {
            if (!settled) {
                settled = true;
                clearInterval(watchdog);
                resolveNext(nextIndex);
            }
        };
        const watchdog = setInterval(() => {
            const wall = performance.now() - startedAt;
            const cpu = cpuSeconds(child.pid);
            const overCpu = cpuAtStart !== undefined && cpu !== undefined && (cpu - cpuAtStart) * 1000 > options.hangMs;
            const overWall = cpu === undefined && cpuAtStart !== undefined ? wall > options.hangMs : wall > options.hangMs * WALL_LIMIT_FACTOR;
            if (overCpu || overWall) {
                const how = overCpu ? `over ${options.hangMs} ms of CPU time` : `over ${Math.round(wall)} ms`;
                record(tally, current, 'hang', [`took ${how} (the worker was stopped)`], options);
                child.kill('SIGKILL');
                finish(current + 1);
            }
        }, 250);
        child.on('message', (message: WorkerMessage) => {
            if (message.type === 'start') {
                current = message.index;
                startedAt = performance.now();
                cpuAtStart = cpuSeconds(child.pid) ?? 0;
            } else if (message.type === 'finding') {
                report(tally, message.finding, options);
            } else {
                tally.done++;
                tally.cpuMs += message.cpuMs;
                tally.kinds[message.kind] = (tally.kinds[message.kind] ?? 0) + 1;
                if (tally.done % 250 === 0) {
                    console.log(`fuzz: ${tally.done} of ${options.runs - options.from} inputs, ${tally.findings.length} findings, ${(tally.cpuMs / tally.done).toFixed(1)} ms CPU each`);
                }
                current = message.index + 1;
            }
        });
        child.on('exit', code => {
            if (current < options.runs && !settled && code !== 0) {
                record(tally, current, 'crash', [`the worker process died (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' / ')}`], options);
                finish(current + 1);
            }
            finish(options.runs);
        });
        const job: FuzzJob = { seed: options.seed, from, to: options.runs, pdfEvery: options.pdfEvery, budgetMs: options.hangMs };
        child.send(job);
    });
}

function record(tally: Tally, index: number, category: FuzzCategory, problems: string[], options: Options): void {
    const input = fuzzInput(options.seed, index);
    report(tally, { index, kind: input.kind, category, problems, text: input.text, minimal: input.text }, options);
}

/** Prints a finding as it comes (a long run stopped early keeps what it found) and saves the whole input. */
function report(tally: Tally, finding: FuzzFinding, options: Options): void {
    tally.findings.push(finding);
    mkdirSync(options.out, { recursive: true });
    const file = join(options.out, `seed-${options.seed}-input-${finding.index}.autonomy`);
    writeFileSync(file, finding.text);
    const shown = finding.minimal.length > 600 ? `${finding.minimal.slice(0, 600)}… (${finding.minimal.length} characters)` : finding.minimal;
    console.log(`\n[${finding.category}] input ${finding.index} (${finding.kind}): ${finding.problems[0]?.slice(0, 400) ?? ''}`);
    console.log(`  minimised reproduction: ${JSON.stringify(shown)}`);
    console.log(`  whole input saved as ${file}`);
}

/** Every --server-every-th input, opened in the language server over stdio: it must publish diagnostics and stay up. */
async function runServer(options: Options, tally: Tally): Promise<void> {
    if (options.serverEvery === 0) {
        return;
    }
    let client = await LanguageServerClient.start();
    try {
        // The same inputs whatever the chunking: every index that is a multiple of --server-every.
        const first = Math.ceil(options.from / options.serverEvery) * options.serverEvery;
        for (let index = first; index < options.runs; index += options.serverEvery) {
            const input = fuzzInput(options.seed, index);
            const uri = `file:///fuzz/server-${index}.autonomy`;
            try {
                // On a loaded machine the server may be slow rather than stuck: a hang is no answer within the wall limit.
                const published = client.nextDiagnostics(uri, options.hangMs * WALL_LIMIT_FACTOR);
                await client.open(uri, input.text);
                await published;
                await withTimeout(client.hover(uri, { line: 0, character: 1 }), options.hangMs * WALL_LIMIT_FACTOR, 'hover');
                await client.close(uri);
                tally.serverInputs++;
            } catch (error) {
                const died = !client.running;
                report(tally, { index, kind: input.kind, category: 'server', text: input.text, minimal: input.text,
                    problems: [`${died ? 'the language server died' : 'the language server did not answer'}: ${(error as Error).message.slice(0, 300)}`] }, options);
                await client.stop().catch(() => null);
                client = await LanguageServerClient.start();
            }
        }
    } finally {
        await client.stop().catch(() => null);
    }
}

function printSummary(tally: Tally, options: Options, started: number): void {
    const count = (category: FuzzCategory) => tally.findings.filter(f => f.category === category).length;
    const seconds = (performance.now() - started) / 1000;
    console.log(`\nfuzz: seed ${options.seed}, inputs ${options.from}-${options.runs - 1}: ${tally.done} of ${options.runs - options.from} inputs through every stage (${Object.entries(tally.kinds).map(([k, n]) => `${n} ${k}`).join(', ')}), `
        + `${tally.serverInputs} through the language server; ${seconds.toFixed(0)} s wall, ${(tally.cpuMs / 1000).toFixed(0)} s CPU in the worker `
        + `(${tally.done > 0 ? (tally.cpuMs / tally.done).toFixed(1) : '0'} ms per input)`);
    console.log(`fuzz: ${count('crash')} crashes, ${count('hang')} hangs, ${count('non-idempotent format')} non-idempotent formats, `
        + `${count('diagnostic outside the document')} diagnostics outside the document, ${count('server')} language-server failures, ${count('other')} other`);
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    const started = performance.now();
    const tally: Tally = { done: 0, cpuMs: 0, kinds: {}, findings: [], serverInputs: 0 };
    console.log(`fuzz: inputs ${options.from}-${options.runs - 1} of seed ${options.seed}; hangs are inputs over ${options.hangMs} ms; `
        + `one in ${options.serverEvery || 'no'} inputs also through the language server`);
    // Stopped early (a nightly job's time limit, Ctrl-C): say how far it got.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
            console.log(`\nfuzz: stopped by ${signal}`);
            printSummary(tally, options, started);
            process.exit(tally.findings.length > 0 ? 1 : 3);
        });
    }
    await Promise.all([runWorkers(options, tally), runServer(options, tally)]);
    printSummary(tally, options, started);
    process.exitCode = tally.findings.length > 0 ? 1 : 0;
}

await main();
