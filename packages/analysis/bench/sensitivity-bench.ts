/**
 * Sensitivity of a whole federation (every input, every verdict) against its
 * target: under 3 s of CPU time (issue 10). Called by analysis-bench.ts with
 * its generated 50-practice federation; prints PASS or MISS beside the figure.
 */
import type { DomainModel } from '@autonomy/domain';
import { analyseSensitivity } from '../src/sensitivity.js';

const TARGET_CPU_MS = 3_000;

export function sensitivityBenchLines(model: DomainModel, what: string): string[] {
    analyseSensitivity(model); // warm-up: the first run pays for compilation
    const before = process.cpuUsage();
    const wall = performance.now();
    const result = analyseSensitivity(model);
    const cpu = process.cpuUsage(before);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const wallMs = performance.now() - wall;
    const pairs = result.verdicts.reduce((n, v) => n + v.breakEvens.length, 0);
    const notSearched = result.verdicts.reduce((n, v) => n + v.notSearched, 0);
    return [
        '',
        `Sensitivity, ${what}: ${result.inputs.length} inputs, ${result.verdicts.length} verdicts, ${pairs} verdict-input pairs, of which ${notSearched} rest on Monte Carlo fair shares and were not searched, ${result.evaluations.toLocaleString('en-GB')} re-analyses`,
        `  CPU ${cpuMs.toFixed(0)} ms (wall ${wallMs.toFixed(0)} ms), target < ${TARGET_CPU_MS} ms CPU: ${cpuMs < TARGET_CPU_MS ? 'PASS' : 'MISS'}`
    ];
}
