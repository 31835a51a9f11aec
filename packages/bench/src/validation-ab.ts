/**
 * Incremental validation on and off, keystroke by keystroke in one process:
 * the benchmark's edits (editor-latency.ts) typed into one open generated
 * model as the editor types them, with the validation walk's switch
 * (`ValidationWalk.incremental`) flipped before every keystroke, so that both
 * sides see the same machine load. Prints, for each side, the main-thread CPU
 * of the validation phase (the analysis inside it left out, as in
 * keystroke-phases.ts) and of the whole keystroke.
 *
 * `node --expose-gc packages/bench/dist/validation-ab.js [--lines 5000] [--edits 200]`
 */
import { loadavg } from 'node:os';
import { createAutonomyServices } from '@autonomy/language';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import type { NormalizedTextDocuments } from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { timeAnalysis } from './analysis-timer.js';
import { planEdits } from './editor-latency.js';
import { generateModel } from './generate-model.js';
import { median, percentile } from './statistics.js';

const threadMs = (): number => {
    const used = process.threadCpuUsage();
    return (used.user + used.system) / 1000;
};

interface Side {
    validate: number[];
    keystroke: number[];
}

async function validationAb(lines: number, edits: number): Promise<{ on: Side; off: Side; reused: number }> {
    const { shared, Autonomy } = createAutonomyServices({ ...EmptyFileSystem });
    const walk = Autonomy.speed?.ValidationWalk;
    if (!walk) {
        throw new Error('the speed module is not there');
    }
    const text = generateModel({ lines, seed: 1, singleFile: true }).files[0].text.split('\n');
    const uri = URI.parse('file:///validation-ab/model.autonomy');
    const textDocuments = shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
    let version = 1;
    textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', version, text.join('\n')));
    const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocuments.get(uri.toString())!);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    let validateStart = 0;
    let validateEnd = 0;
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, () => { validateStart = threadMs(); });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => { validateEnd = threadMs(); });
    const analysed = timeAnalysis(Autonomy.analysis.AnalysisProvider, threadMs);
    const on: Side = { validate: [], keystroke: [] };
    const off: Side = { validate: [], keystroke: [] };
    for (const [i, edit] of planEdits(text.join('\n'), edits, 1).entries()) {
        const line = text[edit.line];
        text[edit.line] = line.slice(0, edit.character) + edit.insert + line.slice(edit.character + edit.deleteLength);
        walk.incremental = i % 2 === 0;
        const side = walk.incremental ? on : off;
        analysed.ms = 0;
        const start = threadMs();
        textDocuments.set(TextDocument.create(uri.toString(), 'autonomy', ++version, text.join('\n')));
        await shared.workspace.DocumentBuilder.update([uri], []);
        side.keystroke.push(threadMs() - start);
        side.validate.push(validateEnd - validateStart - analysed.ms);
    }
    return { on, off, reused: walk.counts.reusing };
}

function describe(name: string, values: number[]): string {
    return `${name} median ${median(values).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)}`;
}

if (process.argv[1]?.endsWith('validation-ab.js')) {
    const argv = process.argv.slice(2);
    const get = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
    const load = () => loadavg().map(l => l.toFixed(1)).join(' ');
    console.log(`validation A/B, ${new Date().toISOString()}, load average ${load()}; incremental validation flipped before every keystroke`);
    for (const lines of get('lines', '5000').split(',').map(Number)) {
        const { on, off, reused } = await validationAb(lines, Number(get('edits', '200')));
        console.log(`${lines.toLocaleString('en-GB')} lines, ${on.keystroke.length} keystrokes on, ${off.keystroke.length} off (${reused} validations re-used local diagnostics)`);
        console.log(`  on:  ${describe('validation phase', on.validate)}; ${describe('keystroke', on.keystroke)}`);
        console.log(`  off: ${describe('validation phase', off.validate)}; ${describe('keystroke', off.keystroke)}`);
    }
    console.log(`load average after: ${load()}`);
}
