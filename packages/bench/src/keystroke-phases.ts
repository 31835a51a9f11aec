/**
 * Where a keystroke's time goes, to explain the latency tail (issue 15): the
 * language's services in this process, one open model, the benchmark's edits
 * (editor-latency.ts) applied as the server applies them (the text document
 * updated, then DocumentBuilder.update). For each keystroke: main-thread CPU
 * time of each build phase, of the analysis inside validation, and the
 * garbage-collection pauses that fell within it. Prints the median keystroke
 * beside the slowest 5 %.
 *
 * `node --expose-gc packages/bench/dist/keystroke-phases.js [--lines 300,1000] [--edits 400] [--speed-ups false] [--incremental false] [--linking false]`
 * (`--incremental false` parses every keystroke in full, for an A/B of incremental parsing; `--linking false`
 * records nothing of what an incremental parse replaced, so linking and indexing work on the whole document:
 * the A/B of incremental linking).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { AutonomyLinker, createAutonomyServices, IncrementalDocumentFactory, type LinkCounts, type ValidationCounts } from '@autonomy/language';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { timeAnalysis } from './analysis-timer.js';
import { planEdits } from './editor-latency.js';
import { generateModel } from './generate-model.js';
import { OpenDocument } from './open-document.js';
import { median, percentile } from './statistics.js';

const PHASES = [
    ['parse', DocumentState.Parsed], ['index', DocumentState.IndexedContent], ['scopes', DocumentState.ComputedScopes],
    ['link', DocumentState.Linked], ['references', DocumentState.IndexedReferences], ['validate', DocumentState.Validated]
] as const;

type PhaseName = typeof PHASES[number][0] | 'analysis' | 'other' | 'gc';

interface Keystroke {
    totalMs: number;
    phases: Record<PhaseName, number>;
    /** MB the heap grew by in each phase (negative when a collection fell within it). */
    allocated: Record<PhaseName, number>;
}

const heapMb = (): number => getHeapStatistics().used_heap_size / 1048576;

const threadMs = (): number => {
    const used = process.threadCpuUsage();
    return (used.user + used.system) / 1000;
};

export async function keystrokePhases(options: {
    lines: number; edits: number; seed: number; speedUps: boolean; incremental?: boolean; linking?: boolean;
}): Promise<Keystroke[]> {
    const { shared, Autonomy } = createAutonomyServices({ ...EmptyFileSystem, speedUps: options.speedUps });
    const factory = shared.workspace.LangiumDocumentFactory;
    reparses = undefined;
    if (factory instanceof IncrementalDocumentFactory) {
        factory.incremental = options.incremental ?? true;
        factory.recordReparses = options.linking ?? true;
    }
    const linker = Autonomy.references.Linker;
    links = undefined;
    const model = generateModel({ lines: options.lines, seed: options.seed, singleFile: true });
    const uri = URI.parse('file:///phases/model.autonomy');
    const lines = model.files[0].text.split('\n');
    const open = await OpenDocument.open(shared, uri, lines.join('\n'));

    // Phase ends, analysis time and GC pauses of the keystroke under way.
    let marks: Array<[PhaseName, number, number]> = [];
    for (const [name, state] of PHASES) {
        shared.workspace.DocumentBuilder.onBuildPhase(state, () => { marks.push([name, threadMs(), heapMb()]); });
    }
    const analysed = timeAnalysis(Autonomy.analysis.AnalysisProvider, threadMs);
    const pauses: Array<{ start: number; ms: number }> = [];
    const observer = new PerformanceObserver(list => { pauses.push(...list.getEntries().map(e => ({ start: e.startTime, ms: e.duration }))); });
    observer.observe({ entryTypes: ['gc'] });

    const keystrokes: Array<Keystroke & { wallStart: number; wallEnd: number }> = [];
    for (const edit of planEdits(lines.join('\n'), options.edits, options.seed)) {
        const line = lines[edit.line];
        lines[edit.line] = line.slice(0, edit.character) + edit.insert + line.slice(edit.character + edit.deleteLength);
        marks = [];
        analysed.ms = 0;
        const wallStart = performance.now();
        const start = threadMs();
        const heapStart = heapMb();
        await open.type(lines.join('\n'));
        const end = threadMs();
        const phases = { parse: 0, index: 0, scopes: 0, link: 0, references: 0, validate: 0, analysis: analysed.ms, other: 0, gc: 0 };
        const allocated = { parse: 0, index: 0, scopes: 0, link: 0, references: 0, validate: 0, analysis: 0, other: 0, gc: 0 };
        let previous = start;
        let previousHeap = heapStart;
        for (const [name, at, heap] of marks) {
            phases[name] += at - previous;
            // Heap growth over the phase: what it allocated, unless a collection fell within it (then negative: left out).
            allocated[name] += heap - previousHeap;
            previous = at;
            previousHeap = heap;
        }
        phases.validate -= analysed.ms;
        phases.other = end - previous;
        keystrokes.push({ totalMs: end - start, phases, allocated, wallStart, wallEnd: performance.now() });
    }
    if (factory instanceof IncrementalDocumentFactory) {
        reparses = { ...factory.counts };
    }
    if (linker instanceof AutonomyLinker) {
        links = { ...linker.counts };
    }
    const walk = Autonomy.speed?.ValidationWalk;
    revalidations = walk?.incremental ? { ...walk.counts } : undefined;
    // GC entries arrive asynchronously: let them in, then give each keystroke the pauses that began within it.
    await new Promise(resolve => setTimeout(resolve, 100));
    observer.disconnect();
    for (const k of keystrokes) {
        k.phases.gc = pauses.filter(p => p.start >= k.wallStart && p.start < k.wallEnd).reduce((sum, p) => sum + p.ms, 0);
    }
    return keystrokes;
}

/** How the last run's keystrokes were parsed (undefined without the speed module). */
let reparses: IncrementalDocumentFactory['counts'] | undefined;
/** How the last run's links went (undefined without the speed module). */
let links: LinkCounts | undefined;
/** How often the last run's validations re-used local diagnostics (undefined when incremental validation was off). */
let revalidations: ValidationCounts | undefined;

function describe(keystrokes: Keystroke[], lines: number): string[] {
    const totals = keystrokes.map(k => k.totalMs);
    const p95 = percentile(totals, 0.95);
    const tail = keystrokes.filter(k => k.totalMs >= p95);
    const typical = keystrokes.filter(k => Math.abs(k.totalMs - median(totals)) <= median(totals) * 0.2);
    const names: PhaseName[] = ['parse', 'index', 'scopes', 'link', 'references', 'validate', 'analysis', 'other'];
    const mean = (ks: Keystroke[], name: PhaseName) => ks.reduce((s, k) => s + k.phases[name], 0) / Math.max(1, ks.length);
    const out = [`${lines.toLocaleString('en-GB')} lines, ${keystrokes.length} keystrokes: main-thread CPU median ${median(totals).toFixed(1)} ms, p95 ${p95.toFixed(1)}, p99 ${percentile(totals, 0.99).toFixed(1)}, max ${Math.max(...totals).toFixed(1)} ms`];
    out.push(`  mean ms per phase   ${names.map(n => n.padStart(10)).join('')}  ${'gc pauses'.padStart(10)}`);
    out.push(`  typical (${String(typical.length).padStart(3)})       ${names.map(n => mean(typical, n).toFixed(1).padStart(10)).join('')}  ${mean(typical, 'gc').toFixed(1).padStart(10)}`);
    const grew = keystrokes.filter(k => names.every(n => k.allocated[n] >= 0));
    const meanMb = (name: PhaseName) => grew.reduce((s, k) => s + k.allocated[name], 0) / Math.max(1, grew.length);
    out.push(`  MB allocated (${String(grew.length).padStart(3)})  ${names.map(n => meanMb(n).toFixed(2).padStart(10)).join('')}   (keystrokes without a collection)`);
    out.push(`  slowest 5% (${String(tail.length).padStart(3)})    ${names.map(n => mean(tail, n).toFixed(1).padStart(10)).join('')}  ${mean(tail, 'gc').toFixed(1).padStart(10)}`);
    out.push(reparses ? `  parsed incrementally: ${reparses.incremental} of ${reparses.incremental + reparses.full} changed texts`
        + `${reparses.full > 0 ? ` (in full: ${JSON.stringify(reparses.fallbacks)})` : ''}` : '  parsed in full: no incremental parser (speed module left out)');
    if (links) {
        out.push(`  links kept: on ${links.incremental} of ${links.incremental + links.full} links after a change (${links.keptReferences} references kept, `
            + `${links.relinkedReferences} linked again)`);
    }
    out.push(revalidations ? `  incremental validation: ${revalidations.reusing} of ${revalidations.validations} validations re-used local diagnostics `
        + `(${revalidations.declarationsReused} declarations re-used, ${revalidations.declarationsChecked} checked)` : '  incremental validation off');
    return out;
}

if (process.argv[1]?.endsWith('keystroke-phases.js')) {
    const argv = process.argv.slice(2);
    const get = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
    const speedUps = get('speed-ups', 'true') !== 'false';
    const incremental = get('incremental', 'true') !== 'false';
    const linking = get('linking', 'true') !== 'false';
    console.log(`keystroke phases, ${new Date().toISOString()}, load average ${loadavg().map(l => l.toFixed(1)).join(' ')}, speed module ${speedUps ? 'in' : 'left out'}`
        + `${speedUps ? `, incremental parsing ${incremental ? 'on' : 'off'}, incremental linking ${linking ? 'on' : 'off'}` : ''}`
        + `${speedUps ? `, incremental validation ${process.env['AUTONOMY_INCREMENTAL_VALIDATION'] === 'off' ? 'off' : 'on'}` : ''}; "other" is outside the build phases (document update, scheduling)`);
    for (const lines of get('lines', '300,1000').split(',').map(Number)) {
        const keystrokes = await keystrokePhases({ lines, edits: Number(get('edits', '400')), seed: 1, speedUps, incremental, linking });
        console.log(describe(keystrokes, lines).join('\n'));
    }
    console.log(`load average after: ${loadavg().map(l => l.toFixed(1)).join(' ')}`);
}
