import { analyse } from '@autonomy/analysis';
import { paletteFor } from '../colour.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { formatAnalysisPretty } from '../formats/analysis-pretty.js';
import { type CliIO, emit } from '../io.js';
import { loadOneModel } from '../model-input.js';
import { oneOf, parseCommandArgs } from '../options.js';

const FORMATS = ['pretty', 'json'] as const;

export async function analyseCommand(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs('analyse', args, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' }
    });
    // The result is data: tables for a person at a terminal, JSON for a pipe or a file.
    const interactive = io.stdout.isTTY === true && values.output === undefined;
    const format = oneOf('analyse', 'format', values.format ?? (interactive ? 'pretty' : 'json'), FORMATS);
    const loaded = await loadOneModel('analyse', positionals, io);
    if (!loaded.model) {
        return EXIT_FINDINGS;
    }
    const result = analyse(loaded.model, { decisionSupport: true });
    const text = format === 'json'
        ? JSON.stringify(result, null, 2) + '\n'
        : formatAnalysisPretty(result, loaded.model, paletteFor(io, values.output !== undefined));
    emit(io, text, values.output);
    return EXIT_OK;
}
