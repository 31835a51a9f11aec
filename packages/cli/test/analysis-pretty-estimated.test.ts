/**
 * `autonomy analyse --format pretty` on an initiative above the exact limit: where a fair share
 * estimated within two standard errors of zero could change the predicted outcome, the line does not
 * state the verdict, nor the blocker, as fact.
 */
import { analyse } from '@autonomy/analysis';
import type { DecisionRule } from '@autonomy/domain';
import { thirteenPractices, thirteenPracticesNearTie } from '../../analysis/test/thirteen-practices.js';
import { describe, expect, it } from 'vitest';
import { formatAnalysisPretty } from '../src/formats/analysis-pretty.js';

const plain = (text: string) => text;
const palette = { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain };


function outcomeLines(rule: DecisionRule): string[] {
    const model = thirteenPractices(rule);
    const text = formatAnalysisPretty(analyse(model, { exactLimit: 12 }), model, palette);
    return text.split('\n').filter(l => /Predicted outcome|Blockers|Defection risks/.test(l));
}

describe('the predicted outcome of 13 practices, one estimated within two standard errors of zero', () => {
    it('under consensus: not "does not proceed", and the blocker on the estimate only', () => {
        const [verdict, blockers] = outcomeLines('consensus');
        expect(verdict).toMatch(/^ {2}Predicted outcome \(consensus\): would not proceed on the estimated fair shares, but that is uncertain\. /);
        expect(verdict).not.toContain('does not proceed');
        expect(blockers).toBe('  Blockers: Practice P1 (on the estimate only).');
    });

    it('under a majority vote that carries either way: proceeds, the defection risk on the estimate only', () => {
        const [verdict, risks] = outcomeLines('majority-vote');
        expect(verdict).toMatch(/^ {2}Predicted outcome \(majority-vote\): proceeds\. /);
        expect(risks).toBe('  Defection risks: Practice P1 (on the estimate only).');
    });
});

describe('the practices table, Practice P1\'s paradox verdict on an estimate near its tie', () => {
    const lines = (exactLimit: number): string[] => {
        const model = thirteenPracticesNearTie();
        return formatAnalysisPretty(analyse(model, { exactLimit }), model, palette).split('\n');
    };

    it('on the estimate (-£76.36 ± £114.13; better off ceding at +2 standard errors): says it is uncertain, with the figures and what to do', () => {
        const text = lines(12);
        expect(text.find(l => l.includes('Practice P1 ') && l.includes('%'))).toMatch(/better off alone on the estimated fair shares, but that is uncertain\s*$/);
        expect(text).toContain('  Practice P1\'s benefit of -£76.36 a year rests on estimated fair shares with a standard error of £114.13, and within two standard errors '
            + 'either way the verdict could change: raise the exact limit or the number of orderings to tell.');
        expect(text.filter(l => l.includes('uncertain') && l.includes('Practice P0 '))).toEqual([]);
        // The benefit itself is shown with its standard error, as an estimate.
        expect(text.find(l => l.includes('Practice P1 ') && l.includes('%'))).toContain('-£76.36 ± £114.13');
        expect(text).toContain('  A benefit with ± includes fair shares estimated by sampling; ± is its standard error.');
    });

    it('exactly: states the verdict', () => {
        const text = lines(20);
        expect(text.find(l => l.includes('Practice P1 ') && l.includes('%'))).toMatch(/better off alone\s*$/);
        expect(text.join('\n')).not.toContain('rests on estimated fair shares');
        expect(text.join('\n')).not.toContain('±');
    });
});
