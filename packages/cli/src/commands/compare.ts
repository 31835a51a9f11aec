import * as path from 'node:path';
import { analyse, compareScenarios, comparisonProblem, type ScenarioInput } from '@autonomy/analysis';
import { buildComparisonDocument, REPORT_FILE_EXTENSIONS, REPORT_FORMATS, renderHtml, renderMarkdown, renderPdf } from '@autonomy/report';
import { paletteFor } from '../colour.js';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { formatDocumentPretty } from '../formats/document-pretty.js';
import { neutraliseOutput, printable } from '../formats/terminal-text.js';
import { type CliIO, emit } from '../io.js';
import { loadOneModel } from '../model-input.js';
import { oneFormat, parseCommandArgs } from '../options.js';
import { reportDate } from '../report-date.js';

/** The report's formats, and `pretty` for a terminal. */
const FORMATS = ['pretty', ...REPORT_FORMATS] as const;

export async function compareCommand(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs('compare', args, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        date: { type: 'string' }
    });
    if (positionals.length < 2) {
        throw new CliError('compare: name the baseline model and at least one scenario to compare with it, '
            + 'e.g. `autonomy compare examples/scenarios/vote.autonomy examples/scenarios/consensus.autonomy`.');
    }
    const interactive = io.stdout.isTTY === true && values.output === undefined;
    const format = oneFormat('compare', values.format ?? (interactive ? 'pretty' : 'json'), FORMATS);
    const date = reportDate(values.date, io.env);
    const scenarios: ScenarioInput[] = [];
    for (const file of positionals) {
        const loaded = await loadOneModel('compare', [file], io);
        if (!loaded.model) {
            return EXIT_FINDINGS;
        }
        scenarios.push({ name: scenarioName(file, positionals), file, result: analyse(loaded.model) });
    }
    const problem = comparisonProblem(scenarios);
    if (problem) {
        throw new CliError(`compare: ${problem}`);
    }
    const comparison = compareScenarios(scenarios);
    if (format === 'json') {
        emit(io, JSON.stringify(comparison, null, 2) + '\n', values.output);
        return EXIT_OK;
    }
    const document = buildComparisonDocument({ comparison, baseline: scenarios[0].result, date });
    if (format === 'pretty' || format === 'markdown') {
        emit(io, neutraliseOutput(format === 'markdown' ? renderMarkdown(document) : formatDocumentPretty(document, paletteFor(io, values.output !== undefined))), values.output);
        return EXIT_OK;
    }
    const content = format === 'pdf' ? await renderPdf(document) : await renderHtml(document);
    // Like `report`: a briefing is a file, named after the baseline unless -o says otherwise.
    const output = values.output ?? `${scenarioName(positionals[0], positionals)}-comparison.${REPORT_FILE_EXTENSIONS[format]}`;
    emit(io, content, output === '-' ? '-' : path.resolve(io.cwd, output));
    if (output !== '-') {
        io.stdout.write(`autonomy: wrote ${printable(output)} (${format}, ${scenarios.length} scenarios, dated ${date}).\n`);
    }
    return EXIT_OK;
}

/** The file name without .autonomy; the path as given when two files share a name. */
function scenarioName(file: string, all: string[]): string {
    const base = path.basename(file).replace(/\.autonomy$/, '');
    return all.filter(f => path.basename(f).replace(/\.autonomy$/, '') === base).length > 1 ? file : base;
}
