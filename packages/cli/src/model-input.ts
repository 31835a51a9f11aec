import type { DomainModel } from '@autonomy/domain';
import type { LangiumDocument } from 'langium';
import { paletteFor } from './colour.js';
import { collectReports, type FileReport, refusedMessage, tally } from './diagnostics.js';
import { CliError } from './errors.js';
import { formatPretty } from './formats/pretty.js';
import { printable } from './formats/terminal-text.js';
import { expandInputs } from './inputs.js';
import type { CliIO } from './io.js';
import { loadWorkspace } from './workspace.js';

/** One model, loaded with everything it imports, and what the checks said about it. */
export interface LoadedModel {
    document: LangiumDocument;
    reports: FileReport[];
    /** Null when the model or a file it imports has errors: nothing downstream should run on it. */
    model: DomainModel | null;
}

/**
 * Loads the single model a command works on. When it has errors they are
 * printed to stderr as `validate` prints them, and `model` is null.
 */
export async function loadOneModel(command: string, positionals: string[], io: CliIO): Promise<LoadedModel> {
    if (positionals.length !== 1) {
        throw new CliError(`${command}: name exactly one model file, e.g. \`autonomy ${command} examples/north-locality.autonomy\`.`);
    }
    const inputs = await expandInputs(positionals, io.cwd, [], io.root);
    if (inputs.refused.length > 0) {
        throw new CliError(`${command}: ${refusedMessage(inputs.refused[0], io.cwd, inputs.roots)}`);
    }
    if (inputs.files.length !== 1) {
        throw new CliError(`${command}: '${positionals[0]}' stands for ${inputs.files.length} model files; name one model file.`);
    }
    const workspace = await loadWorkspace(inputs.files, io.cwd, inputs.roots);
    const document = workspace.requested[0];
    const reports = collectReports(workspace.documents, io.cwd);
    const counts = tally(reports);
    if (counts.errors > 0) {
        const errorsOnly = reports.map(r => ({ ...r, diagnostics: r.diagnostics.filter(d => d.severity === 'error') }));
        io.stderr.write(formatPretty(errorsOnly, tally(errorsOnly), paletteFor({ ...io, stdout: io.stderr })));
        io.stderr.write(`autonomy: ${command}: the model has errors; fix them first (\`autonomy validate ${printable(positionals[0])}\` lists everything).\n`);
        return { document, reports, model: null };
    }
    return { document, reports, model: workspace.services.model.DomainModelBuilder.build(document) };
}
