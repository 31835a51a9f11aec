/**
 * The case that showed verdicts stated as fact on Monte Carlo estimates: 13 practices, one more than
 * the editor's exact limit, all trusting Network C, sharing a document hub fairly. Practice P1's fair
 * share is exactly +£18.46; with an exact limit of 12 it is estimated (5,000 orderings) at -£76.36,
 * standard error £114.13. One fixture for the analysis, report, CLI, editor and bench tests.
 */
import type { DecisionRule, DomainModel } from '@autonomy/domain';

export const THIRTEEN_POPS = [4426, 6192, 5518, 4810, 8698, 6731, 6097, 6713, 8853, 9590, 7909, 5291, 8077];
/** Each practice's current cost, in pence. */
export const THIRTEEN_COSTS = [4030844, 3596251, 4480720, 3347525, 5360912, 4566287, 4683623, 4868187, 5350990, 6697735, 5219977, 3524161, 4926080];
export const THIRTEEN_SHARED_COST = [
    { kind: 'fixed', amount: 2_000_000 }, { kind: 'per-patient', amount: 500 }, { kind: 'per-step', amount: 3_106_619, stepSize: 33_779 }
] as const;

export function thirteenPractices(rule: DecisionRule): DomainModel {
    const ids = THIRTEEN_POPS.map((_, k) => `P${k}`);
    return {
        settings: { title: 'Thirteen practices', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: ids.map((id, k) => ({ id, title: `Practice ${id}`, listSize: THIRTEEN_POPS[k], gap: 1_000_000, crisisRisk: 0.3, believesAloneUnsustainable: true })),
        collectives: [{ id: 'C', title: 'Network C', kind: 'network', members: ids, decisionRule: rule, speaksForMembers: true }],
        trust: ids.map(id => ({ practice: id, collective: 'C', credibility: 8, reliability: 8, intimacy: 8, selfOrientation: 2 })),
        initiatives: [{
            id: 'Hub', title: 'Document hub', collective: 'C', participants: ids, cessions: [],
            currentCosts: Object.fromEntries(ids.map((id, k) => [id, THIRTEEN_COSTS[k]])),
            sharedCost: THIRTEEN_SHARED_COST.map(term => ({ ...term })),
            charging: { kind: 'list-size' }, sharing: 'fair', coalitionValues: [], transfers: []
        }],
        mergers: [],
        partners: []
    };
}

/**
 * The same hub, with Practice P1's benefit near the tie of its paradox verdict: it cedes a domain of weight 1
 * out of 100 (A = 0.99) and has a 30% crisis risk against a £5,000 gap, so E_collective = E_alone at
 * B = (0.7 / 0.99 - 0.7) / 0.3 of the gap, about £117.85. Exactly (+£18.46) it is better off alone; on the
 * estimate (-£76.36 ± £114.13) too, but at +2 standard errors (+£151.90) it is better off ceding.
 */
export function thirteenPracticesNearTie(rule: DecisionRule = 'consensus'): DomainModel {
    const model = thirteenPractices(rule);
    return {
        ...model,
        domains: [{ id: 'D', title: 'Documents', weight: 1 }, { id: 'E', title: 'Everything else', weight: 99 }],
        practices: model.practices.map(p => (p.id === 'P1' ? { ...p, gap: 500_000 } : p)),
        initiatives: model.initiatives.map(i => ({ ...i, cessions: [{ domain: 'D', degree: 1, practices: ['P1'] }] }))
    };
}

function pounds(minor: number): string {
    return `£${(minor / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/**
 * The hub as model text, for the editor's tests: Network C is `Net`, deciding by `rule`; Practice P1's gap is `p1Gap`;
 * `otherDomains` adds a domain of weight 99 that nobody cedes, so ceding documents keeps A = 0.99 (the near tie).
 */
export function thirteenPracticesText({ rule = 'consensus', p1Gap = '£10,000', otherDomains = false }: { rule?: string; p1Gap?: string; otherDomains?: boolean } = {}): string {
    const ids = THIRTEEN_POPS.map((_, k) => `P${k}`);
    return [
        'model "Thirteen" { currency £ horizon 5 years trust threshold 3 }',
        'domain documents weight 1',
        ...(otherDomains ? ['domain everything weight 99'] : []),
        ...ids.map((id, k) => `practice ${id} {\n    list size ${THIRTEEN_POPS[k]}\n    sustainability gap ${id === 'P1' ? p1Gap : '£10,000'} per year\n    crisis risk 30%\n    believes going alone is unsustainable\n}`),
        `collective Net {\n    kind network\n    members ${ids.join(', ')}\n    decides by ${rule}\n}`,
        ...ids.map(id => `trust ${id} -> Net { credibility 8 reliability 8 intimacy 8 self-orientation 2 }`),
        'initiative Hub {',
        '    run by Net',
        `    participants ${ids.join(', ')}`,
        '    cedes documents fully',
        `    current cost ${ids.map((id, k) => `${id} ${pounds(THIRTEEN_COSTS[k])}`).join(', ')}`,
        '    shared cost £20,000 fixed + £5 per patient + £31,066.19 per 33,779 patients',
        '    charged by list size',
        '    share fairly',
        '}'
    ].join('\n');
}
