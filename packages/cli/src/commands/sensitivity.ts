import { analyse, analyseSensitivity } from '@autonomy/analysis';
import { buildSensitivityDocument, renderMarkdown } from '@autonomy/report';
import { paletteFor } from '../colour.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { formatSensitivityPretty } from '../formats/sensitivity-pretty.js';
import { neutraliseOutput } from '../formats/terminal-text.js';
import { type CliIO, emit } from '../io.js';
import { loadOneModel } from '../model-input.js';
import { oneFormat, parseCommandArgs } from '../options.js';
import { reportDate } from '../report-date.js';

const FORMATS = ['pretty', 'json', 'markdown'] as const;

export async function sensitivityCommand(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs('sensitivity', args, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        date: { type: 'string' }
    });
    const interactive = io.stdout.isTTY === true && values.output === undefined;
    const format = oneFormat('sensitivity', values.format ?? (interactive ? 'pretty' : 'json'), FORMATS);
    const date = format === 'markdown' ? reportDate(values.date, io.env) : '';
    const loaded = await loadOneModel('sensitivity', positionals, io);
    if (!loaded.model) {
        return EXIT_FINDINGS;
    }
    const sensitivity = analyseSensitivity(loaded.model);
    let text: string;
    if (format === 'json') {
        text = JSON.stringify(sensitivity, null, 2) + '\n';
    } else if (format === 'markdown') {
        const sourceFile = loaded.reports.find(r => r.absolutePath === loaded.document.uri.fsPath)?.file ?? positionals[0];
        text = neutraliseOutput(renderMarkdown(buildSensitivityDocument({ analysis: analyse(loaded.model), sensitivity, date, sourceFile })));
    } else {
        text = neutraliseOutput(formatSensitivityPretty(sensitivity, paletteFor(io, values.output !== undefined)));
    }
    emit(io, text, values.output);
    return EXIT_OK;
}
