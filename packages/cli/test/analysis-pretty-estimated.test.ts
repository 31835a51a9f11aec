/**
 * `autonomy analyse --format pretty` on an initiative above the exact limit: where a fair share
 * estimated within two standard errors of zero could change the predicted outcome, the line does not
 * state the verdict, nor the blocker, as fact.
 */
import { analyse } from '@autonomy/analysis';
import type { DecisionRule } from '@autonomy/domain';
import { thirteenPractices } from '../../analysis/test/thirteen-practices.js';
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
