/**
 * What V8 compiles during the benchmark's measured build, ours beside the
 * peer's: each language's build-only measurement (measure-size.ts, after its
 * warm-up) run under `--trace-opt --trace-deopt --log-code`, read by
 * compile-trace.ts. The build's own CPU includes this compiling, mostly on
 * V8's background threads; it is where ours spends more than the peer
 * (docs/performance.md, "Where the build's compile time goes").
 *
 *   node packages/bench/dist/compile-census.js [--lines 50000] [--lang both|ours|peer] [--top 15]
 *
 * Needs `stdbuf` (GNU coreutils): V8 writes its trace through C's buffered
 * stdout, and only line buffering keeps it in order with the markers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMPILE_MARKERS_ENV, type CompileCensus, compileCensus, functionNames } from './compile-trace.js';

const here = dirname(fileURLToPath(import.meta.url));
const MEASURE_SIZE = join(here, 'measure-size.js');
const ROOT = resolve(here, '../../..');

interface Options {
    lines: number;
    langs: Array<'ours' | 'peer'>;
    top: number;
}

function parseOptions(argv: string[]): Options {
    const get = (name: string, fallback: string): string => {
        const at = argv.indexOf(`--${name}`);
        return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
    };
    const lang = get('lang', 'both');
    if (!['both', 'ours', 'peer'].includes(lang)) {
        throw new UsageError(`--lang must be both, ours or peer, not "${lang}"`);
    }
    const lines = Number(get('lines', '50000'));
    const top = Number(get('top', '15'));
    if (!Number.isInteger(lines) || lines < 100) {
        throw new UsageError(`--lines must be a whole number of at least 100, not "${get('lines', '')}"`);
    }
    if (!Number.isInteger(top) || top < 0) {
        throw new UsageError(`--top must be a whole number, not "${get('top', '')}"`);
    }
    return { lines, top, langs: lang === 'both' ? ['ours', 'peer'] : [lang as 'ours' | 'peer'] };
}

class UsageError extends Error {}

interface Measured {
    census: CompileCensus;
    buildCpuMs?: number;
}

function measure(lang: 'ours' | 'peer', lines: number, dir: string): Measured {
    const log = join(dir, `v8-${lang}.log`);
    const run = spawnSync('stdbuf', [
        '-oL', process.execPath, '--expose-gc', '--trace-opt', '--trace-deopt', '--log-code', `--logfile=${log}`, '--no-logfile-per-isolate',
        MEASURE_SIZE, '--lang', lang, '--lines', String(lines), '--reps', '1', '--build-only'
    ], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, [COMPILE_MARKERS_ENV]: '1' } });
    if (run.error) {
        throw new UsageError(`could not run stdbuf (${run.error.message}): the census needs GNU coreutils' stdbuf to keep V8's trace in order`);
    }
    if (run.status !== 0) {
        throw new Error(`${lang}: measure-size.js exited with ${run.status}: ${run.stderr.trim().split('\n').slice(-2).join(' / ')}`);
    }
    // The result's line may share its line with V8's output, which other threads write: its figure is looked for, not the line parsed.
    const cpu = [...run.stdout.matchAll(/"buildCpuMs":([\d.]+)/g)].pop();
    return {
        census: compileCensus(run.stdout, functionNames(readFileSync(log, 'utf8')), ROOT),
        buildCpuMs: cpu ? Number(cpu[1]) : undefined
    };
}

const fmt = (n: number | undefined): string => (n === undefined ? '-' : Math.round(n).toLocaleString('en-GB'));

function report(options: Options, measured: Map<string, Measured>): string {
    const out: string[] = [];
    const rows = [['', 'Maglev', 'ms', 'TurboFan', 'ms', 'deopts', 'build CPU ms (traced)']];
    for (const [lang, { census, buildCpuMs }] of measured) {
        rows.push([lang, fmt(census.tiers.MAGLEV.count), fmt(census.tiers.MAGLEV.ms), fmt(census.tiers.TURBOFAN_JS.count),
            fmt(census.tiers.TURBOFAN_JS.ms), fmt(census.deopts), fmt(buildCpuMs)]);
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    out.push('Compilations finished during the measured build; ms is V8\'s own time for each (most of it on background threads).');
    out.push(...rows.map(r => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')), '');
    for (const [lang, { census }] of measured) {
        out.push(`${lang}: compile ms by package: ${census.byPackage.slice(0, 8).map(p => `${p.where} ${fmt(p.ms)}`).join(', ')}`);
        if (options.top > 0) {
            out.push(`${lang}: the ${options.top} slowest to compile:`);
            out.push(...census.functions.slice(0, options.top).map(f => `  ${fmt(f.ms).padStart(5)} ms  ${f.tier === 'MAGLEV' ? 'Maglev  ' : 'TurboFan'}  ${f.count > 1 ? `${f.count}x ` : ''}${f.name}`));
        }
        out.push('');
    }
    return out.join('\n');
}

function main(): void {
    const options = parseOptions(process.argv.slice(2));
    const dir = mkdtempSync(join(tmpdir(), 'autonomy-compile-census-'));
    try {
        console.log(`compile census, ${new Date().toISOString()}, ${fmt(options.lines)} lines, Node ${process.version}, load average ${loadavg().map(l => l.toFixed(1)).join(' ')}\n`);
        const measured = new Map<string, Measured>();
        for (const lang of options.langs) {
            measured.set(lang, measure(lang, options.lines, dir));
        }
        console.log(report(options, measured));
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

try {
    main();
} catch (error) {
    if (error instanceof UsageError) {
        console.error(`compile-census: ${error.message}`);
        process.exitCode = 2;
    } else {
        throw error;
    }
}
