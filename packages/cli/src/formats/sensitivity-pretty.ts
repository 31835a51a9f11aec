import { flipPhrase, flipping, formatInputValue, notSearchedPhrase, type SensitivityResult, signedPoints } from '@autonomy/analysis';
import type { Palette } from '../colour.js';
import { textTable } from '../text-table.js';

/** Tornado bars shown per subject at a terminal; the JSON has them all. */
const TORNADO_BARS = 5;

/**
 * Sensitivity for a person at a terminal: each verdict, marked FRAGILE when an
 * input moving by 10% (5 points) flips it, with every input that can flip it;
 * then the largest tornado swings per practice and initiative.
 */
export function formatSensitivityPretty(result: SensitivityResult, colour: Palette): string {
    const inputs = new Map(result.inputs.map(i => [i.id, i]));
    const out: string[] = [colour.bold(`${result.title}: sensitivity and break-even`)];
    const fragile = result.verdicts.filter(v => v.fragile).length;
    // Inputs that move Monte Carlo fair shares are not searched: the count of fragile verdicts is then a lower bound.
    const pairs = result.verdicts.reduce((n, v) => n + v.notSearched, 0);
    const unsearchedVerdicts = result.verdicts.filter(v => v.notSearched > 0).length;
    const unsearched = pairs === 0 ? ''
        : `; ${pairs} ${pairs === 1 ? 'input' : 'inputs'} of ${unsearchedVerdicts} ${unsearchedVerdicts === 1 ? 'verdict' : 'verdicts'} `
            + `${pairs === 1 ? 'was' : 'were'} not searched (the fair shares ${pairs === 1 ? 'it moves' : 'they move'} are Monte Carlo estimates)`;
    out.push(`${result.verdicts.length} verdicts, ${result.inputs.length} inputs, ${result.evaluations.toLocaleString('en-GB')} re-analyses; `
        + `${fragile} ${fragile === 1 ? 'verdict is' : 'verdicts are'} fragile${pairs > 0 ? ' among the inputs searched' : ''} `
        + `(an input moving by 10%, or 5 points for a percentage, flips it)${unsearched}.`, '');
    for (const v of result.verdicts) {
        const flips = flipping(v.breakEvens);
        out.push(`${colour.bold(v.subject)}: ${v.verdictLabel}${v.fragile ? ' ' + colour.red('FRAGILE') : ''}`);
        if (flips.length === 0) {
            out.push(`  None of its ${v.breakEvens.length - v.notSearched} searched inputs flips it within its range${notSearchedPhrase(v.notSearched)}.`, '');
            continue;
        }
        out.push(textTable(
            [{ header: 'Input' }, { header: 'Now', align: 'right' }, { header: 'Lowered' }, { header: 'Raised' }],
            flips.map(b => {
                const input = inputs.get(b.input)!;
                return [input.label, formatInputValue(input, input.value, result.currency),
                    flipPhrase(input, b.down, 'down', result.currency), flipPhrase(input, b.up, 'up', result.currency)];
            })
        ));
        const steady = v.breakEvens.length - flips.length - v.notSearched;
        if (steady > 0 || v.notSearched > 0) {
            out.push(colour.dim(`  ${steady} more ${steady === 1 ? 'input does' : 'inputs do'} not flip it anywhere in range${notSearchedPhrase(v.notSearched)}.`));
        }
        out.push('');
    }
    out.push(colour.bold('Tornado: each input lowered and raised by 20% (percentages by 10 points)'));
    for (const t of result.tornadoes) {
        const autonomy = t.figure === 'expected-autonomy-gain';
        const show = (x: number): string => (autonomy ? signedPoints(x) : formatInputValue({ unit: 'money' }, x, result.currency));
        out.push(`  ${t.subject.title} (${autonomy ? 'E collective - E alone' : 'net saving'} ${show(t.base)}):`
            + (t.bars.length === 0 ? ' no input moves it.' : ''));
        for (const bar of t.bars.slice(0, TORNADO_BARS)) {
            out.push(`    ${inputs.get(bar.input)?.label ?? bar.input}: ${show(bar.atLow)} .. ${show(bar.atHigh)}`);
        }
    }
    return out.join('\n') + '\n';
}
