/**
 * `autonomy analyse --format pretty` on an initiative above the exact limit: where a fair share
 * estimated within two standard errors of zero could change the predicted outcome, the line does not
 * state the verdict, nor the blocker, as fact.
 */
import { analyse } from '@autonomy/analysis';
import type { DecisionRule, DomainModel } from '@autonomy/domain';
import { describe, expect, it } from 'vitest';
import { formatAnalysisPretty } from '../src/formats/analysis-pretty.js';

const plain = (text: string) => text;
const palette = { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain };

/** 13 practices, all trusting Network C; Practice P1's fair share is exactly +£18.46, estimated at -£76.36 ± £114.13 above an exact limit of 12. */
function hub(rule: DecisionRule): DomainModel {
    const pops = [4426, 6192, 5518, 4810, 8698, 6731, 6097, 6713, 8853, 9590, 7909, 5291, 8077];
    const costs = [4030844, 3596251, 4480720, 3347525, 5360912, 4566287, 4683623, 4868187, 5350990, 6697735, 5219977, 3524161, 4926080];
    const ids = pops.map((_, k) => `P${k}`);
    return {
        settings: { title: 'Thirteen practices', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: ids.map((id, k) => ({ id, title: `Practice ${id}`, listSize: pops[k], gap: 1_000_000, crisisRisk: 0.3, believesAloneUnsustainable: true })),
        collectives: [{ id: 'C', title: 'Network C', kind: 'network', members: ids, decisionRule: rule, speaksForMembers: true }],
        trust: ids.map(id => ({ practice: id, collective: 'C', credibility: 8, reliability: 8, intimacy: 8, selfOrientation: 2 })),
        initiatives: [{
            id: 'Hub', title: 'Document hub', collective: 'C', participants: ids, cessions: [],
            currentCosts: Object.fromEntries(ids.map((id, k) => [id, costs[k]])),
            sharedCost: [{ kind: 'fixed', amount: 2_000_000 }, { kind: 'per-patient', amount: 500 }, { kind: 'per-step', amount: 3_106_619, stepSize: 33_779 }],
            charging: { kind: 'list-size' }, sharing: 'fair', coalitionValues: [], transfers: []
        }],
        mergers: [],
        partners: []
    };
}

function outcomeLines(rule: DecisionRule): string[] {
    const model = hub(rule);
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
