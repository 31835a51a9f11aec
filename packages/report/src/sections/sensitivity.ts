/**
 * The sensitivity section (DOMAIN.md item 16): which verdicts are fragile,
 * a tornado chart per practice and per initiative, and where each verdict
 * flips. Every figure comes from the SensitivityResult.
 */
import type { Block, Section, TableRow } from '../document.js';
import { plural } from '../wording.js';
import {
    flipPhrase, flipping, formatInputValue, nearestFlip, notSearchedPhrase, type SensitivityInput, type SensitivityResult, signedPoints,
    type Tornado, type VerdictSensitivity
} from '@autonomy/analysis';

/** Enough rows to show what matters; `autonomy sensitivity` lists every input. */
const MAX_ROWS = 8;

export function sensitivitySection(result: SensitivityResult): Section {
    const inputs = new Map(result.inputs.map(i => [i.id, i]));
    const fragile = result.verdicts.filter(v => v.fragile);
    // Inputs that move Monte Carlo fair shares are not searched: a count of fragile verdicts is then a lower bound.
    const pairs = result.verdicts.reduce((n, v) => n + v.notSearched, 0);
    const unsearchedVerdicts = result.verdicts.filter(v => v.notSearched > 0).length;
    const unsearched = pairs === 0 ? ''
        : `${pairs} ${plural(pairs, 'input', 'inputs')} of ${unsearchedVerdicts} ${plural(unsearchedVerdicts, 'verdict', 'verdicts')} `
            + `${plural(pairs, 'was', 'were')} not searched (the fair shares ${plural(pairs, 'it moves are', 'they move are')} Monte Carlo estimates)`;
    const blocks: Block[] = [
        {
            kind: 'paragraph',
            text: 'How far each input would have to move before a verdict changes. For every verdict and every input it depends on, '
                + 'the input was moved away from its value in the model, one step at a time in effect (a penny, 0.1 percentage point, '
                + 'one patient or 0.01 of a score), and the whole analysis re-run. A verdict is fragile when an input moving by 10% '
                + '(a percentage by 5 points) flips it.'
        },
        fragile.length === 0
            ? {
                kind: 'note',
                text: unsearched
                    ? `${noneFlips(result.verdicts.length)} within 10% of an input searched; ${unsearched}, so ${plural(unsearchedVerdicts, 'that verdict', 'those verdicts')} may still be fragile.`
                    : `${noneFlips(result.verdicts.length)} within 10% of any input.`
            }
            : {
                kind: 'table',
                caption: unsearched
                    ? `At least ${fragileCount(fragile.length, result.verdicts.length)}; ${unsearched}`
                    : fragileCount(fragile.length, result.verdicts.length),
                columns: [{ header: 'Verdict' }, { header: 'Now' }, { header: 'Nearest flip' }],
                rows: fragile.map(v => ({ tone: 'bad', cells: [v.subject, v.verdictLabel, nearestFlip(v, inputs, result.currency) ?? ''] }))
            }
    ];
    for (const tornado of result.tornadoes) {
        blocks.push({ kind: 'heading', level: 3, text: tornado.subject.title });
        blocks.push(tornadoBlock(tornado, inputs, result.currency));
        const verdicts = result.verdicts.filter(v => tornado.subject.kind === 'practice'
            ? v.ref.kind === 'paradox' && v.ref.practice === tornado.subject.id
            : v.ref.kind !== 'paradox' && v.ref.initiative === tornado.subject.id);
        for (const verdict of verdicts) {
            blocks.push(breakEvenTable(verdict, inputs, result.currency));
        }
    }
    return { id: 'sensitivity', title: 'Sensitivity and break-even', blocks };
}

function tornadoBlock(t: Tornado, inputs: Map<string, SensitivityInput>, currency: string): Block {
    const autonomy = t.figure === 'expected-autonomy-gain';
    const base = autonomy ? signedPoints(t.base) : formatInputValue({ unit: 'money' }, t.base, currency);
    return {
        kind: 'chart',
        title: autonomy ? `${t.subject.title}: expected autonomy gained by ceding` : `${t.subject.title}: net saving`,
        description: `${autonomy ? 'Expected autonomy in the collective minus alone' : 'Net saving a year'} is ${base} in the model. `
            + 'Each bar shows it with one input lowered and raised by 20% (percentages by 10 points), widest swing first.',
        chart: {
            kind: 'tornado',
            unit: autonomy ? 'autonomy' : 'money',
            currency,
            axisTitle: autonomy ? 'E collective - E alone (percentage points)' : `Net saving a year (${currency})`,
            base: t.base,
            bars: t.bars.slice(0, 12).map(b => ({ label: inputs.get(b.input)?.label ?? b.input, atLow: b.atLow, atHigh: b.atHigh }))
        }
    };
}

function breakEvenTable(v: VerdictSensitivity, inputs: Map<string, SensitivityInput>, currency: string): Block {
    const flips = flipping(v.breakEvens);
    const rows: TableRow[] = flips.slice(0, MAX_ROWS).map(b => {
        const input = inputs.get(b.input)!;
        return {
            tone: b.down?.withinFragileBand || b.up?.withinFragileBand ? 'bad' : undefined,
            cells: [input.label, formatInputValue(input, input.value, currency), flipPhrase(input, b.down, 'down', currency), flipPhrase(input, b.up, 'up', currency)]
        };
    });
    const steady = v.breakEvens.length - flips.length - v.notSearched;
    const more = flips.length - rows.length;
    const caption = `${v.subject}: ${v.verdictLabel}${v.fragile ? ' (fragile)' : ''}. `
        + (flips.length === 0 ? `None of its ${v.breakEvens.length - v.notSearched} searched inputs flips it within its range${notSearchedPhrase(v.notSearched)}.`
            : `${flips.length} of its ${v.breakEvens.length} inputs can flip it`
                + (more > 0 ? `; the ${rows.length} nearest are shown (autonomy sensitivity lists all)` : '')
                + (steady > 0 ? `; ${steady} cannot` : '') + notSearchedPhrase(v.notSearched) + '.');
    if (rows.length === 0) {
        return { kind: 'note', text: caption };
    }
    return {
        kind: 'table',
        caption,
        columns: [{ header: 'Input' }, { header: 'In the model', align: 'right' }, { header: 'Lowered' }, { header: 'Raised' }],
        rows
    };
}

/** "None of the 3 verdicts flips", "The one verdict does not flip". */
function noneFlips(verdicts: number): string {
    return verdicts === 1 ? 'The one verdict does not flip' : `None of the ${verdicts} verdicts flips`;
}

/** "2 of 5 verdicts are fragile", "1 of 5 verdicts is fragile", "1 of 1 verdict is fragile". */
function fragileCount(fragile: number, verdicts: number): string {
    return `${fragile} of ${verdicts} ${plural(verdicts, 'verdict', 'verdicts')} ${plural(fragile, 'is', 'are')} fragile`;
}
