/**
 * Where a full build's time goes, ours beside the peer's, in one process:
 * the generated workspace of `--lines` lines built from text as
 * measure-size.ts builds it (parse, index, scopes, link, reference index,
 * validation with the analysis-based diagnostics), each phase's process CPU
 * time (user + system, what the benchmark's verdicts use). The two languages
 * alternate, one build each per round, so a change in the machine's load
 * falls on both. Run under `node --cpu-prof` to see what the phases spend it on.
 *
 * Each build starts after a full garbage collection, so that the previous
 * build's garbage is not collected within it; `--gc false` leaves that out,
 * as the benchmark (measure-size.ts) does.
 *
 * `--parser langium` builds ours with Langium's own parser class in place of
 * the language's (parser/autonomy-parser.ts): the A/B switch for the parse.
 *
 *   node --expose-gc packages/bench/dist/build-phases.js [--lines 10000] [--rounds 3] [--lang both|ours|peer] [--speed-ups false] [--gc false] [--parser langium]
 */
import { loadavg } from 'node:os';
import { type LangiumSharedCoreServices, createLangiumParser, DocumentState, EmptyFileSystem } from 'langium';
import { createAutonomyServices } from '@autonomy/language';
import { timeAnalysis } from './analysis-timer.js';
import { generateModel, type GeneratedModel } from './generate-model.js';
import { addDocuments } from './in-memory-workspace.js';
import { createPeerServices, generatePeerModel } from './peer-language.js';
import { median } from './statistics.js';

const PHASES = [
    ['index', DocumentState.IndexedContent], ['scopes', DocumentState.ComputedScopes], ['link', DocumentState.Linked],
    ['references', DocumentState.IndexedReferences], ['validate', DocumentState.Validated]
] as const;

const NAMES = ['parse', ...PHASES.map(([name]) => name), 'analysis', 'total'] as const;
type Phase = typeof NAMES[number];

const cpuMs = (): number => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
};

/** One full build, timed by phase; `analysis` is the part of `validate` spent in the analysis provider. */
let collectFirst = true;

async function timedBuild(shared: LangiumSharedCoreServices, model: GeneratedModel, analysed?: { ms: number }): Promise<Record<Phase, number>> {
    if (collectFirst) {
        globalThis.gc?.();
    }
    const times = Object.fromEntries(NAMES.map(n => [n, 0])) as Record<Phase, number>;
    let previous = cpuMs();
    const start = previous;
    for (const [name, state] of PHASES) {
        shared.workspace.DocumentBuilder.onBuildPhase(state, () => {
            const now = cpuMs();
            times[name] += now - previous;
            previous = now;
        });
    }
    if (analysed) {
        analysed.ms = 0;
    }
    const documents = addDocuments(shared, model.files);
    times.parse = cpuMs() - previous;
    previous = cpuMs();
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    times.total = cpuMs() - start;
    if (analysed) {
        times.analysis = analysed.ms;
        times.validate -= analysed.ms;
    }
    return times;
}

/** Langium's own parser in place of the language's (`--parser langium`). */
const langiumParser = { parser: { LangiumParser: createLangiumParser } };
let parserModules: Array<typeof langiumParser> = [];

async function buildOurs(model: GeneratedModel, speedUps: boolean): Promise<Record<Phase, number>> {
    const { shared, Autonomy } = createAutonomyServices({ ...EmptyFileSystem, speedUps }, ...parserModules);
    return timedBuild(shared, model, timeAnalysis(Autonomy.analysis.AnalysisProvider, cpuMs));
}

async function buildPeer(model: GeneratedModel): Promise<Record<Phase, number>> {
    return timedBuild((await createPeerServices()).shared, model);
}

function row(label: string, samples: Array<Record<Phase, number>>): string {
    return label.padEnd(6) + NAMES.map(n => median(samples.map(s => s[n])).toFixed(0).padStart(11)).join('');
}

if (process.argv[1]?.endsWith('build-phases.js')) {
    const argv = process.argv.slice(2);
    const get = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
    const lines = Number(get('lines', '10000'));
    const rounds = Number(get('rounds', '3'));
    const lang = get('lang', 'both');
    const speedUps = get('speed-ups', 'true') !== 'false';
    collectFirst = get('gc', 'true') !== 'false';
    parserModules = get('parser', 'autonomy') === 'langium' ? [langiumParser] : [];
    const ours = generateModel({ lines, seed: 1 });
    const peer = generatePeerModel({ lines: ours.lines, fileCount: ours.files.length, seed: 1 });
    console.log(`build phases, ${new Date().toISOString()}, ${ours.lines} lines in ${ours.files.length} files, load average ${loadavg().map(l => l.toFixed(1)).join(' ')}, speed module ${speedUps ? 'in' : 'left out'}, ${parserModules.length > 0 ? "Langium's parser, " : ''}${collectFirst ? 'a full GC before each build' : 'no GC forced between builds'}`);
    // Warm the JIT on a small model of each, as measure-size.ts does.
    await buildOurs(generateModel({ lines: 1000, seed: 2 }), speedUps);
    await buildPeer(generatePeerModel({ lines: 1000, fileCount: 4, seed: 2 }));
    const oursSamples: Array<Record<Phase, number>> = [];
    const peerSamples: Array<Record<Phase, number>> = [];
    for (let round = 0; round < rounds; round++) {
        if (lang !== 'peer') {
            oursSamples.push(await buildOurs(ours, speedUps));
        }
        if (lang !== 'ours') {
            peerSamples.push(await buildPeer(peer));
        }
    }
    console.log(`median CPU ms over ${rounds} rounds (process CPU, GC threads included)`);
    console.log('      ' + NAMES.map(n => n.padStart(11)).join(''));
    if (oursSamples.length > 0) {
        console.log(row('ours', oursSamples));
    }
    if (peerSamples.length > 0) {
        console.log(row('peer', peerSamples));
    }
    if (oursSamples.length > 0 && peerSamples.length > 0) {
        const ratio = median(oursSamples.map(s => s.total)) / median(peerSamples.map(s => s.total));
        console.log(`ours / peer: ${ratio.toFixed(2)} x; each round's totals: ours ${oursSamples.map(s => s.total.toFixed(0)).join(', ')}; peer ${peerSamples.map(s => s.total.toFixed(0)).join(', ')}`);
    }
    console.log(`load average after: ${loadavg().map(l => l.toFixed(1)).join(' ')}`);
}
