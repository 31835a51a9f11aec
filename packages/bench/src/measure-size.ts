/**
 * Measures one language at one model size, in a process of its own so that
 * its peak memory is its own. Prints one JSON line (a SizeResult) on stdout.
 *
 *   node dist/measure-size.js --lang ours|peer --lines 10000 [--seed 1] [--reps 3] [--build-only] [--cold]
 *
 * --build-only stops after the build (no analysis or PDF phase): the further
 * alternating pairs that the build ratios' verdicts are the median of (build-ratio.ts).
 * --cold (implies --build-only and one repetition) builds with no warm-up and no
 * parse before it: the first build of a fresh process, which is what opening a
 * workspace costs a user, and where every function is compiled as it gets hot.
 */
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { analyse } from '@autonomy/analysis';
import { createAutonomyServices } from '@autonomy/language';
import { generateModel, type GeneratedModel } from './generate-model.js';
import { allDiagnostics, buildDocuments } from './in-memory-workspace.js';
import { createPeerServices, generatePeerModel } from './peer-language.js';
import { BUILD_END_MARKER, BUILD_START_MARKER, COMPILE_MARKERS_ENV } from './compile-trace.js';
import { renderReportPdf } from './report-pdf.js';
import { median, megabytes, percentileIndex, timeIt } from './statistics.js';

/**
 * Runs a build and returns its wall time, its process CPU time and the part of that spent on the
 * main thread. The rest is V8's background threads: its optimising compilers and the helpers of
 * its garbage collector, whose work the build's code causes but does not run itself.
 */
async function timedBuild<T>(build: () => Promise<T>): Promise<{ ms: number; cpuMs: number; mainThreadCpuMs: number; value: T }> {
    // For compile-census.ts: V8's --trace-opt lines between these are the build's.
    const marking = process.env[COMPILE_MARKERS_ENV] === '1';
    if (marking) {
        process.stdout.write(`${BUILD_START_MARKER}\n`);
    }
    const cpu = process.cpuUsage();
    const thread = process.threadCpuUsage();
    const run = await timeIt(build);
    const used = process.cpuUsage(cpu);
    const threadUsed = process.threadCpuUsage(thread);
    if (marking) {
        process.stdout.write(`${BUILD_END_MARKER}\n`);
    }
    return { ...run, cpuMs: (used.user + used.system) / 1000, mainThreadCpuMs: (threadUsed.user + threadUsed.system) / 1000 };
}

export interface SizeResult {
    lang: 'ours' | 'peer';
    requestedLines: number;
    lines: number;
    files: number;
    /** Median of the parses before the builds; NaN (null in JSON) in a cold run, which parses only in its build. */
    parseMs: number;
    buildMs: number;
    /** CPU time of the build (user + system): steadier than wall time when the machine is shared. */
    buildCpuMs: number;
    /** The part of buildCpuMs spent on the main thread: that of the repetitions whose CPU time is the median. */
    buildMainThreadCpuMs: number;
    buildSamples: number[];
    /** Each build's CPU (user + system), in order: buildCpuMs is their median. */
    buildCpuSamples: number[];
    errors: number;
    warnings: number;
    analysisMs?: number;
    analysisNote?: string;
    pdfMs?: number;
    pdfBytes?: number;
    pdfNote?: string;
    /** The phase still running when this (partial) result was printed. */
    pending?: 'analysis' | 'pdf';
    heapAfterBuildMb: number;
    peakRssAfterBuildMb: number;
    peakRssMb: number;
}

interface Args {
    lang: 'ours' | 'peer';
    /** Everything in one file (no imports): where a linear-scan scope shows its quadratic cost. */
    single: boolean;
    buildOnly: boolean;
    /** No warm-up and no parse before the one build. */
    cold: boolean;
    lines: number;
    seed: number;
    reps: number;
    pdfTimeoutMs: number;
}

function parseArgs(argv: string[]): Args {
    const get = (name: string, fallback: string) => {
        const at = argv.indexOf(`--${name}`);
        return at >= 0 ? argv[at + 1] : fallback;
    };
    const lang = get('lang', 'ours');
    if (lang !== 'ours' && lang !== 'peer') {
        throw new Error(`--lang must be ours or peer, not ${lang}`);
    }
    const cold = argv.includes('--cold');
    return {
        lang, single: argv.includes('--single'), buildOnly: cold || argv.includes('--build-only'), cold, lines: Number(get('lines', '1000')), seed: Number(get('seed', '1')),
        reps: cold ? 1 : Number(get('reps', '1')), pdfTimeoutMs: Number(get('pdf-timeout', '60000'))
    };
}

function peakRssMb(): number {
    // resourceUsage().maxRSS is in kilobytes.
    return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function measureOurs(args: Args): Promise<SizeResult> {
    const model = generateModel({ lines: args.lines, seed: args.seed, singleFile: args.single });
    const parseSamples: number[] = [];
    if (!args.cold) {
        // Warm the JIT on a small model first, as the peer is warmed.
        await buildDocuments(createAutonomyServices(EmptyFileSystem).shared, generateModel({ lines: 1000, seed: args.seed + 1 }).files);
        const parser = createAutonomyServices(EmptyFileSystem).Autonomy.parser.LangiumParser;
        for (let i = 0; i < args.reps; i++) {
            parseSamples.push((await timeIt(() => model.files.forEach(f => parser.parse(f.text)))).ms);
        }
    }

    const buildSamples: number[] = [];
    const cpuSamples: number[] = [];
    const mainThreadSamples: number[] = [];
    let documents: LangiumDocument[] = [];
    // Services made only for a build, as the peer's are: one more parser in the process than the peer has would not be the same benchmark.
    let services: ReturnType<typeof createAutonomyServices> | undefined;
    for (let i = 0; i < args.reps; i++) {
        const current = createAutonomyServices(EmptyFileSystem);
        services = current;
        const run = await timedBuild(() => buildDocuments(current.shared, model.files));
        buildSamples.push(run.ms);
        cpuSamples.push(run.cpuMs);
        mainThreadSamples.push(run.mainThreadCpuMs);
        documents = run.value;
    }
    if (!services) {
        throw new Error(`--reps must be at least 1, not ${args.reps}`);
    }
    const result = baseResult(args, model, parseSamples, buildSamples, cpuSamples, mainThreadSamples, documents);
    if (args.single || args.buildOnly) {
        return result;
    }
    // Partial results go out as soon as they exist: a phase that overruns its time
    // limit loses only its own figure.
    emit({ ...result, pending: 'analysis' });

    const entry = documents.find(d => d.uri.path.endsWith(`/${model.entry}`))!;
    const run = await timeIt(() => analyse(services.Autonomy.model.DomainModelBuilder.build(entry)));
    result.analysisMs = run.ms;

    emit({ ...result, peakRssMb: peakRssMb(), pending: 'pdf' });
    Object.assign(result, await renderReportPdf(services, entry, documents, run.value, args.pdfTimeoutMs));
    result.peakRssMb = peakRssMb();
    return result;
}

async function measurePeer(args: Args): Promise<SizeResult> {
    // The same number of lines over the same number of files as our model of this size.
    const ours = generateModel({ lines: args.lines, seed: args.seed, singleFile: args.single });
    const model = generatePeerModel({ lines: ours.lines, fileCount: ours.files.length, seed: args.seed });
    const parseSamples: number[] = [];
    if (!args.cold) {
        const warmup = await createPeerServices();
        await buildDocuments(warmup.shared, generatePeerModel({ lines: 1000, fileCount: 4, seed: args.seed + 1 }).files);
        const parser = (await createPeerServices()).parser.LangiumParser;
        for (let i = 0; i < args.reps; i++) {
            parseSamples.push((await timeIt(() => model.files.forEach(f => parser.parse(f.text)))).ms);
        }
    }
    const buildSamples: number[] = [];
    const cpuSamples: number[] = [];
    const mainThreadSamples: number[] = [];
    let documents: LangiumDocument[] = [];
    for (let i = 0; i < args.reps; i++) {
        const services = await createPeerServices();
        const run = await timedBuild(() => buildDocuments(services.shared, model.files));
        buildSamples.push(run.ms);
        cpuSamples.push(run.cpuMs);
        mainThreadSamples.push(run.mainThreadCpuMs);
        documents = run.value;
    }
    const result = baseResult(args, model, parseSamples, buildSamples, cpuSamples, mainThreadSamples, documents);
    result.peakRssMb = peakRssMb();
    return result;
}

function baseResult(args: Args, model: GeneratedModel, parseSamples: number[], buildSamples: number[], cpuSamples: number[], mainThreadSamples: number[], documents: LangiumDocument[]): SizeResult {
    const diagnostics = allDiagnostics(documents);
    globalThis.gc?.();
    return {
        lang: args.lang,
        requestedLines: args.lines,
        lines: model.lines,
        files: model.files.length,
        parseMs: median(parseSamples),
        buildMs: median(buildSamples),
        buildCpuMs: median(cpuSamples),
        buildMainThreadCpuMs: mainThreadSamples[percentileIndex(cpuSamples, 0.5)],
        buildSamples: buildSamples.map(ms => Math.round(ms)),
        buildCpuSamples: cpuSamples.map(ms => Math.round(ms)),
        errors: diagnostics.filter(d => d.severity === 1).length,
        warnings: diagnostics.filter(d => d.severity === 2).length,
        heapAfterBuildMb: megabytes(process.memoryUsage().heapUsed),
        peakRssAfterBuildMb: peakRssMb(),
        peakRssMb: peakRssMb()
    };
}

function emit(result: SizeResult): void {
    process.stdout.write(JSON.stringify(result) + '\n');
}

const args = parseArgs(process.argv.slice(2));
emit(args.lang === 'ours' ? await measureOurs(args) : await measurePeer(args));
