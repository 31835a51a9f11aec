import { paletteFor } from '../colour.js';
import { collectReports, errorsOnly, type FileReport, plural, type Tally, tally } from '../diagnostics.js';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { formatGithub } from '../formats/github.js';
import { formatGitlab } from '../formats/gitlab.js';
import { formatJson } from '../formats/json.js';
import { formatJunit } from '../formats/junit.js';
import { formatPretty } from '../formats/pretty.js';
import { formatSarif } from '../formats/sarif.js';
import { expandInputs } from '../inputs.js';
import { type CliIO, emit } from '../io.js';
import { oneOf, parseCommandArgs } from '../options.js';
import { cliVersion } from '../version.js';
import { loadWorkspace } from '../workspace.js';

const FORMATS = ['pretty', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
type Format = typeof FORMATS[number];

export async function validateCommand(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs('validate', args, {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        output: { type: 'string', short: 'o' },
        ignore: { type: 'string', multiple: true }
    });
    // Pretty everywhere by default: a CI log is read by people too, and tools
    // ask for json or sarif by name. Colour is what changes off a terminal.
    const format: Format = oneOf('validate', 'format', values.format ?? 'pretty', FORMATS);
    const maxWarnings = parseMaxWarnings(values['max-warnings']);
    if (positionals.length === 0) {
        throw new CliError('validate: name at least one model file, folder or glob, e.g. `autonomy validate examples`.');
    }

    const inputs = await expandInputs(positionals, io.cwd, values.ignore ?? [], io.root);
    const workspace = await loadWorkspace(inputs.files, io.cwd, inputs.roots);
    const reports = collectReports(workspace.documents, io.cwd, inputs);
    const counts = tally(reports);
    const shown = values.quiet ? errorsOnly(reports) : reports;

    // --quiet hides warnings, but the pretty summary still counts them so "no problems" is never said of a model with warnings.
    const hidden = values.quiet && counts.warnings + counts.infos > 0 ? ' (only errors shown: --quiet)' : '';
    emit(io, render(format, shown, io, values.output !== undefined, hidden ? counts : undefined, hidden), values.output);

    const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
    if (tooManyWarnings) {
        io.stderr.write(`autonomy: ${plural(counts.warnings, 'warning')}, more than --max-warnings ${maxWarnings} allows.\n`);
    }
    return counts.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

function render(format: Format, reports: FileReport[], io: CliIO, toFile: boolean, fullCounts?: Tally, note = ''): string {
    const counts = tally(reports);
    switch (format) {
        case 'json': return formatJson(reports, counts);
        case 'sarif': return formatSarif(reports, io.cwd, cliVersion());
        case 'github': return formatGithub(reports, counts);
        case 'junit': return formatJunit(reports);
        case 'gitlab': return formatGitlab(reports, io.cwd);
        case 'pretty': return formatPretty(reports, fullCounts ?? counts, paletteFor(io, toFile), note);
    }
}

function parseMaxWarnings(value: string | undefined): number | undefined {
    if (value === undefined) {
        return undefined;
    }
    if (!/^\d+$/.test(value)) {
        throw new CliError(`validate: --max-warnings takes a whole number of warnings (0 or more), not '${value}'.`);
    }
    return Number(value);
}
