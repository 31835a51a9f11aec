/**
 * `npm run bench`: measures our language against the peer in the same run
 * and prints a table, the ratios we track and PASS/MISS against the targets.
 * Each size runs in a child process so that its peak memory is its own.
 *
 * Options: --sizes 1000,10000,50000  --seed 1  --skip-lsp  --skip-cli  --skip-shapes  --json <file>
 *          --sizes none (no build table)  --skip-memory  --latency-sizes 300,1000,5000
 *          --profile-server <folder>  (CPU profile of the language server during the latency run)
 *          --server-node-args "<flags>"  (Node/V8 flags for the language server process; by default the
 *                                          extension's, DEFAULT_SERVER_NODE_ARGS; "" for Node's defaults)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCliThroughput, type CliThroughput } from './cli-throughput.js';
import { type EditorLatency, measureServerMemory, type ServerMemory } from './editor-latency.js';
import { DEFAULT_SERVER_NODE_ARGS, describeServerEntry, findServerEntry, REPO_ROOT, serverEnvironment } from './language-server-client.js';
import type { SizeResult } from './measure-size.js';
import { COLD_PAIRS, type PairedRatio, pairedRatio, RATIO_PAIRS } from './build-ratio.js';
import { printShapes, type ShapeResult } from './hostile-shapes.js';
import { median, percentile } from './statistics.js';
import { LATENCY_TARGETS, latencyReport, measureLatencyRows } from './latency-rows.js';

interface Options {
    sizes: number[];
    /** Model sizes of the keystroke-latency rows (a subset of LATENCY_TARGETS). */
    latencySizes: number[];
    memory: boolean;
    seed: number;
    lsp: boolean;
    cli: boolean;
    json: string;
    /** Folder for a CPU profile of the language server during the editor-latency run. */
    profileServer?: string;
    /** Node/V8 flags for the language server process (latency and memory runs): the extension's unless --server-node-args is given. */
    serverNodeArgs: string[];
}

function parseOptions(argv: string[]): Options {
    const get = (name: string) => {
        const at = argv.indexOf(`--${name}`);
        return at >= 0 ? argv[at + 1] : undefined;
    };
    return {
        sizes: (get('sizes') ?? '1000,10000,50000').split(',').map(Number).filter(n => n > 0),
        latencySizes: (get('latency-sizes') ?? LATENCY_TARGETS.map(t => t.lines).join(',')).split(',').map(Number),
        memory: !argv.includes('--skip-memory'),
        seed: Number(get('seed') ?? '1'),
        lsp: !argv.includes('--skip-lsp'),
        cli: !argv.includes('--skip-cli'),
        json: get('json') ?? join(REPO_ROOT, 'artifacts/bench-results.json'),
        profileServer: get('profile-server'),
        serverNodeArgs: argv.includes('--server-node-args')
            ? (get('server-node-args') ?? '').split(' ').filter(a => a.length > 0)
            : [...DEFAULT_SERVER_NODE_ARGS]
    };
}

const MEASURE_SIZE = join(dirname(fileURLToPath(import.meta.url)), 'measure-size.js');
const HOSTILE_SHAPES = join(dirname(fileURLToPath(import.meta.url)), 'hostile-shapes.js');

/**
 * The shapes are editor targets, so they run as the editor's server would run
 * them: in a process started with the server's Node/V8 options and
 * environment. The young generation's size alone moved the 10,000-member first
 * build by 250-430 ms and the 2.2 MB keystroke by 300-550 ms, in opposite
 * directions (docs/performance.md, "Where the targets stand (2 December, evening)").
 */
function measureShapes(serverNodeArgs: string[]): ShapeResult[] | string {
    const run = spawnSync(process.execPath, [...serverNodeArgs, HOSTILE_SHAPES, '--json'], {
        encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: 300_000, env: serverEnvironment()
    });
    const last = run.stdout?.trim().split('\n').filter(l => l.startsWith('[')).pop();
    if (run.status !== 0 || !last) {
        return `the hostile shapes failed (exit ${run.status}${run.signal ? `, ${run.signal}` : ''}): ${(run.stderr ?? '').trim().split('\n').filter(l => /Error|error/.test(l)).slice(0, 2).join(' / ')}`;
    }
    return JSON.parse(last) as ShapeResult[];
}

function repetitions(lines: number): number {
    return lines <= 2000 ? 5 : lines <= 20_000 ? 3 : 1;
}

/** Time limit for one language at one size, generous enough for the slowest expected phase. */
function timeLimitMs(lines: number): number {
    return lines <= 2000 ? 60_000 : lines <= 20_000 ? 90_000 : 100_000;
}

function measureSize(lang: 'ours' | 'peer', lines: number, seed: number, mode: 'full' | 'single' | 'build-only' | 'cold' = 'full'): SizeResult | string {
    const limit = timeLimitMs(lines);
    const args = ['--expose-gc', MEASURE_SIZE, '--lang', lang, '--lines', String(lines), '--seed', String(seed), '--reps', String(mode === 'single' ? 1 : repetitions(lines))];
    const run = spawnSync(process.execPath, mode === 'full' ? args : [...args, `--${mode}`], {
        encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, timeout: limit
    });
    // The child prints a partial result after each phase; the last line is the most complete.
    const last = run.stdout?.trim().split('\n').filter(l => l.startsWith('{')).pop();
    if (!last) {
        return `${lang} at ${lines} lines failed (exit ${run.status}${run.signal ? `, ${run.signal}` : ''}): ${(run.stderr ?? '').trim().split('\n').filter(l => /Error|error/.test(l)).slice(0, 2).join(' / ')}`;
    }
    const result = JSON.parse(last) as SizeResult;
    if (result.pending) {
        const why = run.signal === 'SIGTERM' ? `did not finish within ${limit / 1000} s (stopped)` : `failed (exit ${run.status}): ${(run.stderr ?? '').trim().split('\n').filter(l => /Error|error/.test(l)).slice(0, 1).join('')}`;
        if (result.pending === 'analysis') {
            result.analysisNote = why;
        }
        result.pdfNote = result.pending === 'pdf' ? why : 'needs the analysis result, which is missing';
    }
    return result;
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '-' : n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const perSecond = (lines: number, ms: number | undefined) => (ms ? fmt(lines / (ms / 1000)) : '-');
const verdict = (pass: boolean) => (pass ? 'PASS' : 'MISS');

function table(rows: string[][]): string {
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    return rows.map(r => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

/**
 * The build's CPU time split by thread: the main thread runs the language's code; V8's background
 * threads compile the code that became hot and help collect garbage. Both count in the ratios.
 */
function threadSplit(sizes: readonly number[], ours: ReadonlyMap<number, SizeResult>, peer: ReadonlyMap<number, SizeResult>): string {
    const rows = [['lines', 'main thread ms', 'background ms', 'peer main thread ms', 'peer background ms', 'ours/peer main thread', 'ours/peer background']];
    for (const lines of sizes) {
        const o = ours.get(lines);
        const p = peer.get(lines);
        if (!o) {
            continue;
        }
        const background = (r: SizeResult) => r.buildCpuMs - r.buildMainThreadCpuMs;
        rows.push([
            fmt(o.lines), fmt(o.buildMainThreadCpuMs), fmt(background(o)), fmt(p?.buildMainThreadCpuMs), p ? fmt(background(p)) : '-',
            p ? fmt(o.buildMainThreadCpuMs / p.buildMainThreadCpuMs, 2) : '-', p ? fmt(background(o) / background(p), 2) : '-'
        ]);
    }
    return 'Build CPU by thread: the main thread runs the language; V8\'s background threads compile the code that became hot and help collect garbage.\n'
        + `${table(rows)}\n`;
}

/**
 * The ratios with a target, each from alternating pairs of processes (build-ratio.ts): the table's
 * run is the first pair, the others measure the build alone.
 */
function measurePairedRatios(sizes: readonly number[], seed: number, ours: ReadonlyMap<number, SizeResult>, peer: ReadonlyMap<number, SizeResult>,
    notes: string[]): Map<number, PairedRatio> {
    return measurePairs(sizes, RATIO_PAIRS, 'build-only', seed, notes, size => [{ ours: ours.get(size)?.buildCpuMs, peer: peer.get(size)?.buildCpuMs }],
        'Build ratios for the verdicts: pairs of processes run one after another (ours, then the peer); the first pair is the table\'s.');
}

/** The first build of a fresh process, no warm-up (measure-size.ts --cold): what opening a workspace costs. No target. */
function measureColdRatios(sizes: readonly number[], seed: number, notes: string[]): Map<number, PairedRatio> {
    return measurePairs(sizes, COLD_PAIRS, 'cold', seed, notes, () => [],
        'Cold first build, no target: one build in a fresh process with no warm-up (what opening a workspace costs), pairs of processes, ours then the peer.');
}

function measurePairs(sizes: readonly number[], counts: ReadonlyMap<number, number>, mode: 'build-only' | 'cold', seed: number, notes: string[],
    measured: (size: number) => Array<{ ours?: number; peer?: number }>, title: string): Map<number, PairedRatio> {
    const out = new Map<number, PairedRatio>();
    const lines: string[] = [];
    for (const size of sizes) {
        const count = counts.get(size);
        if (count === undefined) {
            continue;
        }
        const pairs = measured(size);
        while (pairs.length < count) {
            const pair: { ours?: number; peer?: number } = {};
            for (const lang of ['ours', 'peer'] as const) {
                const result = measureSize(lang, size, seed, mode);
                if (typeof result === 'string') {
                    notes.push(`not measured: ${mode} pair ${pairs.length + 1} at ${fmt(size)} lines: ${result}`);
                } else {
                    pair[lang] = result.buildCpuMs;
                }
            }
            pairs.push(pair);
        }
        const r = pairedRatio(pairs);
        if (r) {
            out.set(size, r);
            const each = pairs.map(p => `${fmt(p.ours)} / ${fmt(p.peer)}`).join('; ');
            lines.push(`  ${fmt(size)} lines: ${each} ms CPU; ours/peer ${r.ratios.map(x => fmt(x, 2)).join(', ')}; median ${fmt(r.median, 2)}`);
        }
    }
    if (lines.length > 0) {
        console.log(title);
        console.log(`${lines.join('\n')}\n`);
    }
    return out;
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    const started = performance.now();
    const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, seed: options.seed };
    const notes: string[] = [];
    console.log(`autonomy benchmark, ${new Date().toISOString()}, Node ${process.version}, seed ${options.seed}, load average ${loadavg().map(l => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs\n`);
    results.loadAverage = loadavg();
    results.serverNodeArgs = options.serverNodeArgs;

    const ours = new Map<number, SizeResult>();
    const peer = new Map<number, SizeResult>();
    for (const lines of options.sizes) {
        for (const [lang, into] of [['ours', ours], ['peer', peer]] as const) {
            const result = measureSize(lang, lines, options.seed);
            if (typeof result === 'string') {
                notes.push(`not measured: ${result}`);
            } else {
                into.set(lines, result);
            }
        }
    }
    results.sizes = { ours: [...ours.values()], peer: [...peer.values()] };

    const rows = [['lines', 'files', 'parse ms', 'parse lines/s', 'build ms', 'build CPU ms', 'build lines/s', 'peer build ms', 'peer CPU ms', 'ours/peer CPU', 'ours/peer wall', 'errors', 'warnings', 'analysis ms', 'pdf ms', 'peak RSS MB', 'peer RSS MB']];
    for (const lines of options.sizes) {
        const o = ours.get(lines);
        const p = peer.get(lines);
        if (!o) {
            continue;
        }
        rows.push([
            fmt(o.lines), String(o.files), fmt(o.parseMs), perSecond(o.lines, o.parseMs), fmt(o.buildMs), fmt(o.buildCpuMs), perSecond(o.lines, o.buildCpuMs),
            fmt(p?.buildMs), fmt(p?.buildCpuMs), p ? fmt(o.buildCpuMs / p.buildCpuMs, 2) : '-', p ? fmt(o.buildMs / p.buildMs, 2) : '-',
            String(o.errors), String(o.warnings), fmt(o.analysisMs), fmt(o.pdfMs), String(o.peakRssMb), p ? String(p.peakRssMb) : '-'
        ]);
        if (o.analysisNote) {
            notes.push(`not measured: analysis at ${fmt(o.lines)} lines: ${o.analysisNote}`);
        }
        if (o.pdfNote) {
            notes.push(`not measured: PDF at ${fmt(o.lines)} lines: ${o.pdfNote}`);
        }
    }
    if (rows.length > 1) {
        console.log('Build = parse + link + validate (every check, including the analysis-based ones), from text; median of the repetitions.');
        console.log('Ratios and verdicts use CPU time, which a busy shared machine disturbs less than wall time; lines/s is per CPU second.');
        console.log(table(rows));
        console.log();
        console.log(threadSplit(options.sizes, ours, peer));
    }

    // The same largest model in one file: where a scope that scans names linearly costs quadratically.
    const largest = Math.max(...options.sizes);
    if (largest >= 10_000) {
        const o = measureSize('ours', largest, options.seed, 'single');
        const p = measureSize('peer', largest, options.seed, 'single');
        if (typeof o !== 'string' && typeof p !== 'string') {
            console.log(`One file of ${fmt(o.lines)} lines (no imports): build ${fmt(o.buildCpuMs)} ms CPU, peer ${fmt(p.buildCpuMs)} ms CPU, ours/peer ${fmt(o.buildCpuMs / p.buildCpuMs, 2)}\n`);
            results.singleFile = { ours: o, peer: p };
        } else {
            notes.push(`not measured: one-file build: ${[o, p].filter(r => typeof r === 'string').join('; ')}`);
        }
    }

    const paired = measurePairedRatios(options.sizes, options.seed, ours, peer, notes);
    results.pairedRatios = Object.fromEntries(paired);
    results.coldRatios = Object.fromEntries(measureColdRatios(options.sizes, options.seed, notes));
    const targets: Array<[string, string, boolean | undefined]> = [];
    for (const [lines, limit] of [[10_000, 1.0], [50_000, 0.7]] as const) {
        const r = paired.get(lines);
        targets.push([`build ${fmt(lines)} lines <= ${fmt(limit, 1)} x peer (median of ${RATIO_PAIRS.get(lines)} pairs)`,
            r === undefined ? 'not measured' : `${fmt(r.median, 2)} x`, r === undefined ? undefined : r.median <= limit]);
    }
    if (ours.get(10_000) && ours.get(50_000)) {
        const scaling = ours.get(50_000)!.buildCpuMs / ours.get(10_000)!.buildCpuMs;
        const peerScaling = peer.get(10_000) && peer.get(50_000) ? peer.get(50_000)!.buildCpuMs / peer.get(10_000)!.buildCpuMs : undefined;
        targets.push(['scaling: 50,000-line build <= 6 x 10,000-line build', `${fmt(scaling, 2)} x (peer ${fmt(peerScaling, 2)} x)`, scaling <= 6]);
        results.scaling = { ours: scaling, peer: peerScaling };
    } else {
        targets.push(['scaling: 50,000-line build <= 6 x 10,000-line build', 'not measured', undefined]);
    }

    if (options.lsp && !findServerEntry()) {
        notes.push('not measured: editor latency and server memory: no language server build found (run npm run build)');
    } else if (options.lsp) {
        let latency: EditorLatency | undefined;
        try {
            const nodeArgs = [...options.serverNodeArgs, ...(options.profileServer ? ['--cpu-prof', `--cpu-prof-dir=${options.profileServer}`] : [])];
            console.log(`Language server: ${describeServerEntry(findServerEntry()!)}`);
            console.log(`Language server started with: ${options.serverNodeArgs.length > 0 ? options.serverNodeArgs.join(' ') : "Node's default options"}${options.serverNodeArgs.join(' ') === DEFAULT_SERVER_NODE_ARGS.join(' ') ? " (the extension's)" : ''}\n`);
            const rows = await measureLatencyRows({ seed: options.seed, nodeArgs, targets: LATENCY_TARGETS.filter(t => options.latencySizes.includes(t.lines)) });
            const report = latencyReport(rows);
            console.log(report.lines.join('\n'));
            console.log();
            targets.push(...report.targets);
            results.editorLatencyRows = rows;
            latency = rows.find(r => r.latency.hoverMs.length > 0)?.latency;
        } catch (error) {
            notes.push(`not measured: editor latency: ${(error as Error).message}`);
        }
        if (latency) {
            results.editorLatency = latency;
            console.log(`Hovers and completions, one open ${fmt(latency.lines)}-line model, after its edits:`);
            console.log(table([
                ['request', 'median ms', 'p95 ms', 'max ms'],
                ['completion', fmt(median(latency.completionMs), 1), fmt(percentile(latency.completionMs, 0.95), 1), fmt(Math.max(...latency.completionMs), 1)],
                ['hover', fmt(median(latency.hoverMs), 1), fmt(percentile(latency.hoverMs, 0.95), 1), fmt(Math.max(...latency.hoverMs), 1)]
            ]));
            if (latency.emptyHovers > 0 || latency.emptyCompletions > 0) {
                console.log(`(${latency.emptyHovers} hovers and ${latency.emptyCompletions} completions came back empty)`);
            }
            console.log();
        }
        let memory: ServerMemory | undefined;
        try {
            memory = options.memory ? await measureServerMemory({ lines: 50_000, seed: options.seed, nodeArgs: options.serverNodeArgs, idleMs: 8000 }) : undefined;
        } catch (error) {
            notes.push(`not measured: server memory: ${(error as Error).message}`);
        }
        if (memory) {
            results.serverMemory = memory;
            const gc = memory.afterGc;
            // Two moments a user sees, both verdicts: 2 s after the last diagnostics (the workspace
            // just checked; the server releases memory 0.5 s after a build no keystroke led to) and 8 s
            // after (what typing's 5 s of quiet would also have released: language-server/src/idle-memory-release.ts).
            // The peak is printed beside them.
            console.log(`Language server with a ${fmt(memory.lines)}-line workspace (${memory.files} files, all open): RSS ${memory.rssMb} MB 2 s after the last diagnostics, loaded and validated in ${fmt(memory.loadMs)} ms; peak RSS up to then ${memory.peakRssMb ?? '-'} MB`);
            targets.push(['server memory, 50,000-line workspace, 2 s after the last diagnostics (after the release that follows loading) < 200 MB', `${memory.rssMb} MB`, memory.rssMb === undefined ? undefined : memory.rssMb < 200]);
            if (memory.idle) {
                console.log(`  ${fmt(memory.idle.afterMs)} ms after the last diagnostics (the server releases memory 0.5 s after loading, 5 s after typing): RSS ${memory.idle.rssMb ?? '-'} MB`);
                targets.push(['server memory, same, 8 s after the last diagnostics < 200 MB', `${memory.idle.rssMb ?? '-'} MB`, memory.idle.rssMb === undefined ? undefined : memory.idle.rssMb < 200]);
            }
            console.log(gc ? `  then after a full GC: RSS ${gc.rssMb} MB, JS heap ${gc.heapUsedMb} MB used of ${gc.heapTotalMb} MB, external ${gc.externalMb} MB\n` : '');
        }
    }
    if (!targets.some(t => t[0].startsWith('p95'))) {
        targets.push(['p95 edit -> diagnostics (300, 1,000, 5,000 lines)', 'not measured', undefined]);
    }
    if (!targets.some(t => t[0].startsWith('server memory'))) {
        targets.push(['server memory, 50,000-line workspace < 200 MB', 'not measured', undefined]);
    }

    if (options.cli) {
        const cli: CliThroughput = measureCliThroughput({ files: 1000, linesPerFile: 100, seed: options.seed });
        results.cli = cli;
        if (cli.note) {
            notes.push(`not measured: CLI throughput: ${cli.note}`);
        } else {
            console.log(`CLI: autonomy validate, ${cli.files} files (${fmt(cli.lines)} lines) in one invocation: ${fmt(cli.ms)} ms, ${fmt(cli.files! / (cli.ms! / 1000), 1)} files/s (exit ${cli.exitCode})\n`);
        }
    }

    if (!process.argv.includes('--skip-shapes')) {
        // Issue 12 item 16: shapes that were quadratic (hostile-shapes.ts).
        const shapes = measureShapes(options.serverNodeArgs);
        if (typeof shapes === 'string') {
            notes.push(`not measured: ${shapes}`);
        } else {
            printShapes(shapes, options.serverNodeArgs);
            results.hostileShapes = shapes;
            targets.push(...shapes.map((r): [string, string, boolean] => [`${r.shape}: ${r.measure} ${r.target}`, `${fmt(r.ms)} ms`, r.pass]));
        }
    }

    console.log('Targets:');
    console.log(table([['target', 'measured', 'verdict'], ...targets.map(([name, measured, pass]) => [name, measured, pass === undefined ? 'not measured' : verdict(pass)])]));
    results.targets = targets.map(([name, measured, pass]) => ({ name, measured, pass }));
    if (notes.length > 0) {
        console.log();
        notes.forEach(n => console.log(n));
    }
    results.notes = notes;
    mkdirSync(dirname(options.json), { recursive: true });
    writeFileSync(options.json, JSON.stringify(results, null, 2));
    console.log(`\nTotal ${fmt((performance.now() - started) / 1000, 1)} s; figures written to ${options.json}`);
}

await main();
