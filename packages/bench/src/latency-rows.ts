/**
 * The keystroke-latency rows of `npm run bench` (issue 15): one open model of
 * 300, 1,000 and 5,000 lines, each edit timed from sending the change to the
 * diagnostics published for it, with the median, p95, p99 and max (so GC
 * pauses show) in wall time and in the server's main-thread CPU time, and a
 * verdict on each p95 against the targets.
 */
import { cpus, loadavg } from 'node:os';
import { type EditorLatency, measureEditorLatency } from './editor-latency.js';
import { median, percentile } from './statistics.js';

export interface LatencyTarget {
    lines: number;
    /** Edits to time: enough that p99 is not the maximum. */
    edits: number;
    /** Hovers and completions after the edits (0 for none). */
    requests: number;
    /** The target for the p95, in ms. */
    p95TargetMs: number;
}

/** Issue 15's targets: within one display frame at 300 lines, and latency that does not grow with the file. */
export const LATENCY_TARGETS: readonly LatencyTarget[] = [
    { lines: 300, edits: 400, requests: 0, p95TargetMs: 16 },
    { lines: 1000, edits: 400, requests: 0, p95TargetMs: 25 },
    { lines: 5000, edits: 200, requests: 200, p95TargetMs: 50 }
];

export interface LatencyRow {
    target: LatencyTarget;
    latency: EditorLatency;
    /** Load average (1 minute) before and after this size's run. */
    loadBefore: number;
    loadAfter: number;
}

export interface LatencySummary {
    median: number;
    p95: number;
    p99: number;
    max: number;
}

export function summarise(samples: readonly number[]): LatencySummary {
    return { median: median(samples), p95: percentile(samples, 0.95), p99: percentile(samples, 0.99), max: samples.length > 0 ? Math.max(...samples) : Number.NaN };
}

export async function measureLatencyRows(options: { seed: number; nodeArgs: string[]; env?: Record<string, string>; entry?: string; targets?: readonly LatencyTarget[] }): Promise<LatencyRow[]> {
    const rows: LatencyRow[] = [];
    for (const target of options.targets ?? LATENCY_TARGETS) {
        const loadBefore = loadavg()[0];
        const latency = await measureEditorLatency({ lines: target.lines, edits: target.edits, requests: target.requests, seed: options.seed, nodeArgs: options.nodeArgs, env: options.env, entry: options.entry });
        rows.push({ target, latency, loadBefore, loadAfter: loadavg()[0] });
    }
    return rows;
}

const ms = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(1));

/**
 * The table and the verdicts. A loaded machine (load above its cores) makes
 * the server wait for a core, which wall time counts and the main thread's CPU
 * time does not: both are printed with a verdict each, and the load beside them.
 */
export function latencyReport(rows: readonly LatencyRow[]): { lines: string[]; targets: Array<[string, string, boolean | undefined]> } {
    const cores = cpus().length;
    const lines: string[] = [];
    const table: string[][] = [['model', 'edits', 'time', 'median ms', 'p95 ms', 'p99 ms', 'max ms', 'p95 target', 'verdict', 'load (1 min) before/after']];
    const targets: Array<[string, string, boolean | undefined]> = [];
    for (const row of rows) {
        const { target, latency } = row;
        const load = `${row.loadBefore.toFixed(1)} / ${row.loadAfter.toFixed(1)} on ${cores} CPUs`;
        const wall = summarise(latency.diagnosticsMs);
        const cpu = latency.diagnosticsCpuMs.length > 0 ? summarise(latency.diagnosticsCpuMs) : undefined;
        const name = `${latency.lines.toLocaleString('en-GB')} lines`;
        table.push([name, String(latency.diagnosticsMs.length), 'wall', ms(wall.median), ms(wall.p95), ms(wall.p99), ms(wall.max), `< ${target.p95TargetMs}`, wall.p95 < target.p95TargetMs ? 'PASS' : 'MISS', load]);
        targets.push([`p95 edit -> diagnostics, ${name} < ${target.p95TargetMs} ms (wall; load ${row.loadAfter.toFixed(1)})`, `${ms(wall.p95)} ms (p99 ${ms(wall.p99)}, max ${ms(wall.max)})`, wall.p95 < target.p95TargetMs]);
        if (cpu) {
            table.push(['', '', 'server CPU', ms(cpu.median), ms(cpu.p95), ms(cpu.p99), ms(cpu.max), `< ${target.p95TargetMs}`, cpu.p95 < target.p95TargetMs ? 'PASS' : 'MISS', '']);
            targets.push([`p95 edit -> diagnostics, ${name} < ${target.p95TargetMs} ms (server main-thread CPU)`, `${ms(cpu.p95)} ms (p99 ${ms(cpu.p99)}, max ${ms(cpu.max)})`, cpu.p95 < target.p95TargetMs]);
        }
    }
    const widths = table[0].map((_, c) => Math.max(...table.map(r => r[c].length)));
    lines.push('Keystroke latency: one open model, single-character edits one at a time, each timed from sending the change to receiving its diagnostics.');
    lines.push("'wall' is what the editor waits; 'server CPU' is the server's main-thread CPU time in that interval (/proc/<pid>/schedstat), which waiting for a busy core does not inflate.");
    lines.push(...table.map(r => r.map((cell, c) => (c === 0 || c === 9 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')));
    return { lines, targets };
}
