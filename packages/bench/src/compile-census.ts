/**
 * What V8 compiles during the benchmark's measured build, ours beside the
 * peer's: each language's build-only measurement (measure-size.ts, after its
 * warm-up) run under `--trace-opt --trace-deopt --log-code`, read by
 * compile-trace.ts. The build's own CPU includes this compiling, mostly on
 * V8's background threads; it is where ours spends more than the peer
 * (docs/performance.md, "Where the build's compile time goes").
 *
 *   node packages/bench/dist/compile-census.js [--lines 50000] [--lang both|ours|peer] [--reps 1] [--top 15] [--cold]
 *
 * `--reps 3` builds three times, each in fresh services, as the benchmark does
 * at 10,000 lines (where its figure is the median build): one row per build.
 * `--cold` measures the first build of a fresh process instead, with no
 * warm-up (measure-size.ts --cold, one build): where everything is compiled.
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
    reps: number;
    top: number;
    cold: boolean;
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
    const reps = Number(get('reps', '1'));
    const cold = argv.includes('--cold');
    if (cold && reps !== 1) {
        throw new UsageError('--cold measures one build (the first of a fresh process): leave out --reps');
    }
    if (!Number.isInteger(reps) || reps < 1 || reps > 10) {
        throw new UsageError(`--reps must be a whole number from 1 to 10, not "${get('reps', '')}"`);
    }
    if (!Number.isInteger(lines) || lines < 100) {
        throw new UsageError(`--lines must be a whole number of at least 100, not "${get('lines', '')}"`);
    }
    if (!Number.isInteger(top) || top < 0) {
        throw new UsageError(`--top must be a whole number, not "${get('top', '')}"`);
    }
    return { lines, top, reps, cold, langs: lang === 'both' ? ['ours', 'peer'] : [lang as 'ours' | 'peer'] };
}

/** A failure to report in a line, without a stack: bad options, a missing tool, a measurement that failed. */
class UsageError extends Error {}

interface Measured {
    /** One per build, in order. */
    builds: CompileCensus[];
    /** The builds' CPU, in order (as measured under tracing, which adds to it). */
    buildCpuMs: number[];
}

function measure(lang: 'ours' | 'peer', lines: number, reps: number, cold: boolean, dir: string): Measured {
    const log = join(dir, `v8-${lang}.log`);
    const run = spawnSync('stdbuf', [
        '-oL', process.execPath, '--expose-gc', '--trace-opt', '--trace-deopt', '--log-code', `--logfile=${log}`, '--no-logfile-per-isolate',
        MEASURE_SIZE, '--lang', lang, '--lines', String(lines), '--reps', String(reps), cold ? '--cold' : '--build-only'
    ], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, [COMPILE_MARKERS_ENV]: '1' } });
    if (run.error) {
        throw new UsageError(`could not run stdbuf (${run.error.message}): the census needs GNU coreutils' stdbuf to keep V8's trace in order`);
    }
    if (run.status !== 0) {
        const lines = run.stderr.trim().split('\n');
        const why = lines.find(l => /Error|error/.test(l)) ?? lines.slice(-2).join(' / ');
        throw new UsageError(`${lang}: measure-size.js exited with ${run.status}: ${why.trim()}`);
    }
    // The result may share its line with V8's output, which other threads write: its figures are looked for, not the line parsed.
    const samples = [...run.stdout.matchAll(/"buildCpuSamples":\[([\d.,]*)\]/g)].pop();
    return {
        builds: compileCensus(run.stdout, functionNames(readFileSync(log, 'utf8')), ROOT),
        buildCpuMs: samples ? samples[1].split(',').filter(Boolean).map(Number) : []
    };
}

const fmt = (n: number | undefined): string => (n === undefined ? '-' : Math.round(n).toLocaleString('en-GB'));

function report(options: Options, measured: Map<string, Measured>): string {
    const out: string[] = [];
    const rows = [['', 'build', 'Maglev', 'ms', 'TurboFan', 'ms', 'deopts', 'build CPU ms (traced)']];
    for (const [lang, { builds, buildCpuMs }] of measured) {
        builds.forEach((census, b) => rows.push([lang, String(b + 1), fmt(census.tiers.MAGLEV.count), fmt(census.tiers.MAGLEV.ms),
            fmt(census.tiers.TURBOFAN_JS.count), fmt(census.tiers.TURBOFAN_JS.ms), fmt(census.deopts), fmt(buildCpuMs[b])]));
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    out.push('Compilations finished during the measured build; ms is V8\'s own time for each (most of it on background threads).');
    out.push(...rows.map(r => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')), '');
    for (const [lang, { builds }] of measured) {
        // The last build: with --reps it is the one the earlier builds' compiling has settled most.
        const census = builds[builds.length - 1];
        const which = builds.length > 1 ? ` (build ${builds.length})` : '';
        out.push(`${lang}${which}: compile ms by package: ${census.byPackage.slice(0, 8).map(p => `${p.where} ${fmt(p.ms)}`).join(', ')}`);
        if (options.top > 0) {
            out.push(`${lang}${which}: the ${options.top} slowest to compile:`);
            out.push(...census.functions.slice(0, options.top).map(f => `  ${fmt(f.ms).padStart(5)} ms  ${f.tier === 'MAGLEV' ? 'Maglev  ' : 'TurboFan'}  ${f.count > 1 ? `${f.count}x ` : ''}${f.name}`));
            if (census.deoptsByFunction.length > 0) {
                out.push(`${lang}${which}: deoptimised (${fmt(census.deopts)}):`);
                out.push(...census.deoptsByFunction.slice(0, options.top).map(d => `  ${String(d.count).padStart(3)}x  ${d.reason}: ${d.name}`));
            }
        }
        out.push('');
    }
    return out.join('\n');
}

function main(): void {
    const options = parseOptions(process.argv.slice(2));
    const dir = mkdtempSync(join(tmpdir(), 'autonomy-compile-census-'));
    try {
        console.log(`compile census${options.cold ? ' of the cold first build' : ''}, ${new Date().toISOString()}, ${fmt(options.lines)} lines, Node ${process.version}, load average ${loadavg().map(l => l.toFixed(1)).join(' ')}\n`);
        const measured = new Map<string, Measured>();
        for (const lang of options.langs) {
            measured.set(lang, measure(lang, options.lines, options.reps, options.cold, dir));
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
