/**
 * The analysis in the editor's loop, on the 2.2 MB model of the hostile shapes
 * (issue 12): keystrokes of four kinds typed into the open model, each as the
 * server applies it, with the process CPU of each keystroke and the part of it
 * spent in the analysis provider (the domain model and `analyse`) and in the
 * analysis-based diagnostics check around it (grouping and placing findings):
 *
 * - `list size`: a digit typed into a practice's list size, then deleted (a
 *   figure that feeds every initiative the practice is in);
 * - `cost`: a digit typed into an initiative's current cost, then deleted
 *   (one initiative's figures);
 * - `risk`: a digit typed into a practice's crisis risk, then deleted (that
 *   practice's own figures only);
 * - `space`: a space typed into an indentation, then deleted (no figure).
 *
 * Each kind moves through the model (the n-th keystroke edits the n-th
 * practice or initiative), so no keystroke finds its text in a cache by luck.
 *
 * `--profile file.cpuprofile` writes a CPU profile of the keystrokes alone (not of the first build).
 *
 *   node --expose-gc packages/bench/dist/figure-keystrokes.js [--lines 61000] [--rounds 6] [--kinds list-size,cost,risk,space] [--profile file]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem, URI } from 'langium';
import { timeAnalysis } from './analysis-timer.js';
import { generateModel } from './generate-model.js';
import { OpenDocument } from './open-document.js';
import { median } from './statistics.js';

const cpuMs = (): number => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
};

/** Where each kind of keystroke types: the offset after the n-th match of its pattern, and what it inserts there. */
const KINDS: Record<string, { pattern: RegExp; insert: string }> = {
    'list-size': { pattern: /list size /g, insert: '1' },
    'cost': { pattern: /current cost \w+ £/g, insert: '1' },
    'risk': { pattern: /crisis risk /g, insert: '1' },
    'space': { pattern: /\n {4}participants/g, insert: ' ' }
};

function offsets(text: string, pattern: RegExp): number[] {
    return [...text.matchAll(pattern)].map(m => m.index + m[0].length);
}

interface Sample {
    totalMs: number;
    analysisMs: number;
}

export async function figureKeystrokes(options: { lines: number; rounds: number; kinds: string[]; profile?: string }): Promise<Map<string, Sample[]>> {
    const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
    const text = generateModel({ lines: options.lines, seed: 7, singleFile: true }).files[0].text;
    const open = await OpenDocument.open(shared, URI.parse('file:///keystrokes/model.autonomy'), text);
    const analysed = timeAnalysis(Autonomy.analysis.AnalysisProvider, cpuMs);
    const samples = new Map<string, Sample[]>(options.kinds.map(k => [k, []]));
    const places = new Map(options.kinds.map(k => [k, offsets(text, KINDS[k].pattern)]));
    const session = options.profile ? new Session() : undefined;
    if (session) {
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 250 });
        await session.post('Profiler.start');
    }
    for (let round = 0; round < options.rounds; round++) {
        for (const kind of options.kinds) {
            const at = places.get(kind)!;
            // Spread over the model: a prime stride through the places.
            const offset = at[(round * 97) % at.length];
            const typed = text.slice(0, offset) + KINDS[kind].insert + text.slice(offset);
            for (const next of [typed, text]) {
                analysed.ms = 0;
                const start = cpuMs();
                await open.type(next);
                samples.get(kind)!.push({ totalMs: cpuMs() - start, analysisMs: analysed.ms });
            }
        }
    }
    if (session) {
        const { profile } = await session.post('Profiler.stop');
        writeFileSync(options.profile!, JSON.stringify(profile));
        session.disconnect();
    }
    return samples;
}

if (process.argv[1]?.endsWith('figure-keystrokes.js')) {
    const argv = process.argv.slice(2);
    const get = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
    const lines = Number(get('lines', '61000'));
    const kinds = get('kinds', 'list-size,cost,risk,space').split(',');
    console.log(`figure keystrokes, ${new Date().toISOString()}, ${lines} lines, load average ${loadavg().map(l => l.toFixed(1)).join(' ')}`);
    const profile = argv.includes('--profile') ? get('profile', '') : undefined;
    const samples = await figureKeystrokes({ lines, rounds: Number(get('rounds', '6')), kinds, profile });
    console.log('process CPU ms per keystroke (typing and deleting each count once): median, max; of it in the analysis provider: median');
    for (const [kind, list] of samples) {
        const totals = list.map(s => s.totalMs);
        console.log(`  ${kind.padEnd(10)} ${list.length} keystrokes  total ${median(totals).toFixed(0).padStart(5)}, max ${Math.max(...totals).toFixed(0).padStart(5)}`
            + `   analysis ${median(list.map(s => s.analysisMs)).toFixed(0).padStart(5)}`);
    }
    console.log(`load average after: ${loadavg().map(l => l.toFixed(1)).join(' ')}`);
}
