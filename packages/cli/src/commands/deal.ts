import { analyse, type InitiativeAnalysis } from '@autonomy/analysis';
import { type DomainModel, formatMoney } from '@autonomy/domain';
import { paletteFor } from '../colour.js';
import { CliError, EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { dealLines, type DecisionHelpers } from '../formats/decision-pretty.js';
import { dealMarkdown } from '../formats/deal-markdown.js';
import { neutraliseOutput, printable } from '../formats/terminal-text.js';
import { type CliIO, emit } from '../io.js';
import { loadOneModel } from '../model-input.js';
import { oneFormat, parseCommandArgs } from '../options.js';

const FORMATS = ['pretty', 'json', 'markdown'] as const;

/** `autonomy deal <model> [--initiative NAME]`: the term sheet of each initiative (DOMAIN.md item 15). */
export async function dealCommand(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs('deal', args, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        initiative: { type: 'string', short: 'i' }
    });
    const interactive = io.stdout.isTTY === true && values.output === undefined;
    const format = oneFormat('deal', values.format ?? (interactive ? 'pretty' : 'json'), FORMATS);
    const loaded = await loadOneModel('deal', positionals, io);
    if (!loaded.model) {
        return EXIT_FINDINGS;
    }
    const result = analyse(loaded.model, { decisionSupport: true });
    const chosen = pick(result.initiatives, values.initiative);
    const helpers = helpersFor(loaded.model, result.settings.currency);
    let text: string;
    if (format === 'json') {
        text = JSON.stringify({
            schemaVersion: result.schemaVersion,
            initiatives: chosen.map(i => ({ id: i.id, title: i.title, participants: i.participants, netSaving: i.netSaving, deal: i.deal }))
        }, null, 2) + '\n';
    } else if (format === 'markdown') {
        text = neutraliseOutput(dealMarkdown(result.settings.title, chosen, helpers));
    } else {
        const colour = paletteFor(io, values.output !== undefined);
        text = neutraliseOutput(chosen.flatMap(i => [colour.bold(`Initiative: ${printable(i.title)}`), ...(i.deal ? dealLines(i, i.deal, helpers) : []), '']).join('\n'));
    }
    emit(io, text, values.output);
    return EXIT_OK;
}

function pick(initiatives: InitiativeAnalysis[], wanted: string | undefined): InitiativeAnalysis[] {
    if (wanted === undefined) {
        return initiatives;
    }
    const found = initiatives.filter(i => i.id === wanted || i.title === wanted);
    if (found.length === 0) {
        const known = initiatives.map(i => i.id).join(', ') || 'none';
        throw new CliError(`deal: no initiative named '${wanted}' in the model. Its initiatives are: ${known}.`);
    }
    return found;
}

export function helpersFor(model: DomainModel, currency: string): DecisionHelpers {
    const names = new Map([...model.collectives, ...model.practices].map(u => [u.id, u.title]));
    const name = (id: string): string => names.get(id) ?? id;
    return { name, money: minor => formatMoney(minor, currency), group: members => members.map(name).join(' + ') };
}
