/**
 * How long each editor feature takes on a large model. Prints figures; it
 * asserts nothing. The goal: no feature waits on the analysis's exponential
 * work (hovers and hints read the cached analysis).
 *
 *   npx tsc -b packages/language && node_modules/.bin/node packages/language/test/lsp/providers-bench.mjs [practices]
 */
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';

const PRACTICES = Number(process.argv[2] ?? 400);
const PER_INITIATIVE = 10;
const RUNS = 15;

function largeModel() {
    const lines = ['model "Bench" { currency £ horizon 5 years trust threshold 3 }', 'domain documents weight 2', 'domain visiting weight 3', 'domain clinical weight 5'];
    for (let i = 0; i < PRACTICES; i++) {
        lines.push(`practice P${i} "Practice ${i}" {`, `    list size ${4000 + (i * 37) % 9000}`, `    sustainability gap £${10 + (i % 20)},000 per year`,
            `    crisis risk ${10 + (i % 40)}%`, '    believes going alone is unsustainable', '}');
    }
    for (let c = 0; c < PRACTICES / PER_INITIATIVE; c++) {
        const members = Array.from({ length: PER_INITIATIVE }, (_, k) => `P${c * PER_INITIATIVE + k}`);
        lines.push(`collective N${c} { kind network members ${members.join(', ')} decides by consensus }`);
        for (const m of members) {
            lines.push(`trust ${m} -> N${c} { credibility 6 reliability 6 intimacy 5 self-orientation 3 }`);
        }
        lines.push(`initiative I${c} {`, `    run by N${c}`, `    participants ${members.join(', ')}`, '    cedes documents fully',
            `    current cost ${members.map((m, k) => `${m} £${20 + k},000`).join(', ')}`,
            '    shared cost £30,000 fixed + £1.50 per patient', '    charged by list size', '    share fairly', '}');
    }
    return lines.join('\n') + '\n';
}

async function time(label, action) {
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await action();
        samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const at = q => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(1);
    console.log(`${label.padEnd(40)} median ${at(0.5).padStart(7)} ms   p90 ${at(0.9).padStart(7)} ms`);
}

const { Autonomy } = createAutonomyServices(EmptyFileSystem);
const text = largeModel();
let start = performance.now();
const document = await parseHelper(Autonomy)(text, { validation: true });
console.log(`model: ${text.split('\n').length} lines, ${PRACTICES} practices, ${PRACTICES / PER_INITIATIVE} initiatives of ${PER_INITIATIVE}`);
console.log(`${'parse, link, validate (with analysis)'.padEnd(40)} once   ${(performance.now() - start).toFixed(1).padStart(7)} ms`);
const textDocument = { uri: document.uri.toString() };
const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
const at = (needle, skip = 0) => document.textDocument.positionAt(text.indexOf(needle) + skip);

await time('format document', () => Autonomy.lsp.Formatter.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }));
await time('document symbols', () => Autonomy.lsp.DocumentSymbolProvider.getSymbols(document, { textDocument }));
await time('semantic tokens', () => Autonomy.lsp.SemanticTokenProvider.semanticHighlight(document, { textDocument }));
await time('folding ranges', () => Autonomy.lsp.FoldingRangeProvider.getFoldingRanges(document, { textDocument }));
await time('inlay hints, whole file (cached analysis)', () => Autonomy.lsp.InlayHintProvider.getInlayHints(document, { textDocument, range: whole }));
await time('hover on an initiative (cached analysis)', () => Autonomy.lsp.HoverProvider.getHoverContent(document, { textDocument, position: at('initiative I7', 11) }));
await time('hover on a practice (cached analysis)', () => Autonomy.lsp.HoverProvider.getHoverContent(document, { textDocument, position: at('practice P77', 9) }));
await time('completion of participants', () => Autonomy.lsp.CompletionProvider.getCompletion(document, { textDocument, position: at('participants P70', 13) }));
await time('find references of a practice', () => Autonomy.lsp.ReferencesProvider.findReferences(document, { textDocument, position: at('practice P77', 9), context: { includeDeclaration: true } }));
start = performance.now();
await Autonomy.lsp.HoverProvider.getHoverContent(document, { textDocument, position: at('initiative I7', 11) });
console.log(`${'hover after the analysis cache is warm'.padEnd(40)} once   ${(performance.now() - start).toFixed(1).padStart(7)} ms`);
// Check the timed requests answered something (a wrong position would time nothing).
const hover = await Autonomy.lsp.HoverProvider.getHoverContent(document, { textDocument, position: at('initiative I7', 11) });
const hints = await Autonomy.lsp.InlayHintProvider.getInlayHints(document, { textDocument, range: whole });
const completion = await Autonomy.lsp.CompletionProvider.getCompletion(document, { textDocument, position: at('participants P70', 13) });
console.log(hover?.contents.value);
console.log(`answers: hover ${hover?.contents.value.length ?? 0} characters, ${hints.length} inlay hints, ${completion?.items.length ?? 0} completion items`);
