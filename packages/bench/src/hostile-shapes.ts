/**
 * Shapes of model that once blew up quadratically (issue 12 item 16), measured
 * in CPU time as the editor's language services process them, each with a
 * target and a PASS/MISS verdict: one collective of 10,000 members with a trust
 * statement each (first diagnostics < 2 s, a keystroke < 0.5 s); collectives
 * nested 1,000 and 5,000 deep (linear: 5x the depth within 7.5x the time); a
 * 2 MB model (a keystroke < 0.5 s; formatting stops within 0.5 s of CPU of being cancelled).
 *
 * `node --max-semi-space-size=16 --expose-gc packages/bench/dist/hostile-shapes.js` on its own (with
 * `MALLOC_MMAP_THRESHOLD_=131072` in the environment, as the extension starts
 * its server), or as part of `npm run bench`, which starts it so; `--json`
 * prints the results as one JSON line.
 */
import { AutonomyLinker, createAutonomyServices, IncrementalDocumentFactory } from '@autonomy/language';
import { Cancellation, EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { generateModel } from './generate-model.js';
import { OpenDocument } from './open-document.js';

export interface ShapeResult {
    shape: string;
    measure: string;
    ms: number;
    target: string;
    pass: boolean;
}

function cpuMs<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
    const started = process.cpuUsage();
    return run().then(value => {
        const used = process.cpuUsage(started);
        return { ms: (used.user + used.system) / 1000, value };
    });
}

/**
 * First build of one file in fresh services, then a keystroke as the editor
 * makes it: the open document's text changed, then DocumentBuilder.update
 * (with the speed module that parses the changed declaration only, and
 * `AUTONOMY_INCREMENTAL_PARSING=off` to parse it in full). `parsed` says which it was.
 */
async function firstBuildAndKeystroke(text: string, edit: (text: string) => string): Promise<{ first: number; keystroke: number; parsed: string; document: LangiumDocument; services: ReturnType<typeof createAutonomyServices> }> {
    const services = createAutonomyServices(EmptyFileSystem);
    const { shared } = services;
    const uri = URI.parse('file:///shapes/model.autonomy');
    const first = await cpuMs(() => OpenDocument.open(shared, uri, text));
    // When the first build's analysis ran past the editor's wall-clock budget (a loaded machine), the server
    // finishes the figures it left undone in idle time (analysis-provider.ts). The keystroke comes after them,
    // as a user's does who types once the diagnostics are there; their CPU is said beside the figure.
    const provider = services.Autonomy.analysis.AnalysisProvider;
    const abandoned = provider.getFailure(first.value.document) !== undefined;
    const idle = await cpuMs(() => provider.idleWorkDone());
    const factory = shared.workspace.LangiumDocumentFactory;
    const before = factory instanceof IncrementalDocumentFactory ? factory.counts.incremental : 0;
    const keystroke = await cpuMs(async () => {
        await first.value.type(edit(text));
        return first.value.document;
    });
    const linker = services.Autonomy.references.Linker;
    const keptLinks = linker instanceof AutonomyLinker && linker.counts.incremental > 0 ? ', links kept' : ', linked in full';
    const parsed = (factory instanceof IncrementalDocumentFactory && factory.counts.incremental > before ? 'parsed incrementally' : 'parsed in full') + keptLinks
        + (abandoned ? `; the first build's analysis was abandoned over the editor's time budget and finished in idle time, ${Math.round(idle.ms)} ms of CPU` : '');
    return { first: first.ms, keystroke: keystroke.ms, parsed, document: keystroke.value, services };
}

function manyTrustStatements(members: number): string {
    const ids = Array.from({ length: members }, (_, i) => `P${i}`);
    return [
        'model "Trusting crowd" { currency £ trust threshold 3 }',
        ...ids.map(id => `practice ${id} { list size 5,000 }`),
        `collective Big { kind federation members ${ids.join(', ')} decides by consensus }`,
        ...ids.map(id => `trust ${id} -> Big { credibility 5 reliability 5 intimacy 5 self-orientation 3 }`)
    ].join('\n');
}

function nested(depth: number): string {
    const lines = ['model "Deep" { currency £ }', 'practice Solo { list size 5,000 }', 'collective C0 { members Solo decides by consensus }'];
    for (let i = 1; i < depth; i++) {
        lines.push(`collective C${i} { members C${i - 1} decides by consensus }`);
    }
    return lines.join('\n');
}

export async function measureHostileShapes(): Promise<ShapeResult[]> {
    const results: ShapeResult[] = [];
    const crowd = await firstBuildAndKeystroke(manyTrustStatements(10_000), t => t.replace('credibility 5', 'credibility 6'));
    results.push({ shape: '10,000 members, a trust statement each', measure: 'first diagnostics', ms: crowd.first, target: '< 2,000 ms', pass: crowd.first < 2000 });
    results.push({ shape: '10,000 members, a trust statement each', measure: `keystroke (${crowd.parsed})`, ms: crowd.keystroke, target: '< 500 ms', pass: crowd.keystroke < 500 });
    // The validation checks' share of that keystroke (the rest is parsing and linking 1.2 MB).
    const checks = await cpuMs(() => crowd.services.Autonomy.validation.DocumentValidator.validateDocument(crowd.document));
    results.push({ shape: '10,000 members, a trust statement each', measure: `validation of the keystroke's document (${checks.value.length} diagnostics)`,
        ms: checks.ms, target: '< 500 ms', pass: checks.ms < 500 });

    const shallow = await firstBuildAndKeystroke(nested(1000), t => t);
    const deep = await firstBuildAndKeystroke(nested(5000), t => t);
    const ratio = deep.first / Math.max(1, shallow.first);
    results.push({ shape: 'collectives nested 1,000 deep', measure: 'first diagnostics', ms: shallow.first, target: '(reference)', pass: true });
    results.push({ shape: 'collectives nested 5,000 deep', measure: `first diagnostics (${ratio.toFixed(1)}x the 1,000)`, ms: deep.first,
        target: '< 7.5x the 1,000 (linear: 5x)', pass: ratio < 7.5 });

    const big = generateModel({ lines: 61_000, seed: 7, singleFile: true }).files[0].text;
    const large = await firstBuildAndKeystroke(big, t => t.replace('list size ', 'list size 1'));
    results.push({ shape: `a ${(big.length / 1e6).toFixed(1)} MB model (${big.split('\n').length.toLocaleString('en-GB')} lines)`, measure: `keystroke (${large.parsed})`, ms: large.keystroke, target: '< 500 ms', pass: large.keystroke < 500 });
    const formatter = large.services.Autonomy.lsp.Formatter!;
    const source = new Cancellation.CancellationTokenSource();
    const params = { textDocument: { uri: large.document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } };
    const cancelAfterMs = 50;
    // CPU time from the cancel to the end: on a shared machine the wall time after it says more about the load.
    let cpuAtCancel: NodeJS.CpuUsage | undefined;
    setTimeout(() => {
        cpuAtCancel = process.cpuUsage();
        source.cancel();
    }, cancelAfterMs);
    const formatting = await cpuMs(async () => {
        try {
            await formatter.formatDocument(large.document, params, source.token);
            return 'finished';
        } catch {
            return 'cancelled';
        }
    });
    const sinceCancel = cpuAtCancel ? process.cpuUsage(cpuAtCancel) : { user: 0, system: 0 };
    const afterCancel = (sinceCancel.user + sinceCancel.system) / 1000;
    results.push({ shape: 'the 2 MB model', measure: `formatting, cancelled after ${cancelAfterMs} ms (${formatting.value}; ${Math.round(formatting.ms)} ms CPU in all), CPU from the cancel to the end`,
        ms: afterCancel, target: '< 500 ms after the cancel', pass: formatting.value === 'cancelled' && afterCancel < 500 });
    return results;
}

export function printShapes(results: ShapeResult[], nodeArgs: readonly string[] = process.execArgv): void {
    console.log(`\nHostile shapes (issue 12 item 16), CPU time of a process started with ${nodeArgs.length > 0 ? nodeArgs.join(' ') : "Node's default options"}:`);
    for (const r of results) {
        console.log(`  ${r.pass ? 'PASS' : 'MISS'}  ${r.shape}: ${r.measure} ${Math.round(r.ms).toLocaleString('en-GB')} ms (target ${r.target})`);
    }
}

if (process.argv[1]?.endsWith('hostile-shapes.js')) {
    const results = await measureHostileShapes();
    if (process.argv.includes('--json')) {
        process.stdout.write(JSON.stringify(results) + '\n');
    } else {
        printShapes(results);
    }
}
