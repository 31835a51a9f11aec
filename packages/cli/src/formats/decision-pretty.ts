import { dealGainWords, type InitiativeAnalysis, type InitiativeDeal, SHARING_RULE_LABELS, sharedPracticesSentence, type VotingPowerAnalysis } from '@autonomy/analysis';
import { formatPercent } from '@autonomy/domain';
import { textTable } from '../text-table.js';

/**
 * DOMAIN.md items 14, 15 and 18 for a terminal: the sharing rules side by
 * side, the deal (term sheet or levers) and voting power. Every figure comes
 * from the analysis result.
 */
export interface DecisionHelpers {
    name(id: string): string;
    money(minor: number): string;
    group(members: string[]): string;
}

/** One row per rule, one column per participant, then core membership, smallest gain and the largest excess. */
export function sharingRulesTable(i: InitiativeAnalysis, h: DecisionHelpers): string[] {
    const rules = i.sharingRules;
    if (!rules) {
        return [];
    }
    if (rules.status !== 'computed') {
        return [`  Sharing rules: not compared (${rules.reason}).`];
    }
    const rows = rules.rules.map(r => {
        if (r.status !== 'computed' || !r.gains) {
            return [SHARING_RULE_LABELS[r.rule], ...i.participants.map(() => '-'), '-', `not computed: ${r.reason ?? ''}`, ''];
        }
        const core = r.inCore === null || r.inCore === undefined ? 'not checked' : r.inCore ? 'yes' : 'no';
        const excess = r.largestExcess ? `${h.group(r.largestExcess.members)} ${h.money(r.largestExcess.excess)}` : '-';
        return [SHARING_RULE_LABELS[r.rule], ...r.gains.map(g => h.money(g)), core, r.smallestGain ? `${h.name(r.smallestGain.practice)} ${h.money(r.smallestGain.gain)}` : '-', excess];
    });
    return [
        '  Sharing rules side by side (yearly gain per practice):',
        textTable([
            { header: 'Rule' }, ...i.participants.map(p => ({ header: h.name(p), align: 'right' as const })),
            { header: 'In core' }, { header: 'Smallest gain' }, { header: 'Largest excess v(S) - x(S)' }
        ], rows, '    ')
    ];
}

/** The term sheet: the payments, the benefits after them, beside the compensation to the fair share; or why not and the levers. */
export function dealLines(i: InitiativeAnalysis, deal: InitiativeDeal, h: DecisionHelpers): string[] {
    const out: string[] = [];
    if (deal.status === 'deal') {
        const keeps = deal.keepsEveryCoalition ? ' and keeps every coalition in' : ' (the core is empty: no split keeps every coalition in)';
        out.push(`  The deal: ${h.money(deal.moneyMoved)} a year moved from the charged split ${dealGainWords(deal, i.participants, id => h.name(id)).makes}${keeps}.`);
        if (deal.payments.length === 0) {
            out.push('  No payments are needed: the charged split already does it.');
        }
        for (const p of deal.payments) {
            out.push(`  ${h.name(p.from)} pays ${h.name(p.to)} ${h.money(p.amount)} a year.`);
        }
        out.push(`  ${deal.payments.length} payment${deal.payments.length === 1 ? '' : 's'}${deal.fewestPayments ? ', the fewest possible' : ''}; `
            + `the compensation to the fair share would move ${h.money(deal.fairCompensationMoved)}.`);
        out.push(textTable(
            [{ header: 'Practice' }, { header: 'Charged benefit', align: 'right' }, { header: 'Deal payment', align: 'right' }, { header: 'Benefit after', align: 'right' }, { header: 'Fair share', align: 'right' }],
            i.shares.map((s, k) => [h.name(s.practice), h.money(s.realisedBenefit), h.money(deal.transfers[k]), h.money(deal.benefitsAfter[k]), h.money(s.fairShare)]),
            '    '
        ));
    }
    out.push(`  ${deal.consensus.sentence}`);
    if (deal.levers.length > 0) {
        out.push('  What would create one:');
        for (const lever of deal.levers) {
            out.push(`    - ${lever.sentence}`);
        }
    }
    return out;
}

export function votingPowerTable(power: VotingPowerAnalysis, h: DecisionHelpers): string[] {
    const rule = power.rule === 'majority-vote' ? 'one member one vote' : 'votes weighted by list size';
    if (power.members.length === 0) {
        return [`  ${h.name(power.collective)} (${rule}): not computed (${power.reason ?? 'no members'}).`];
    }
    return [
        `  ${h.name(power.collective)} (${rule}; a decision needs ${power.quota} of ${power.totalWeight} votes):`,
        textTable(
            [{ header: 'Member' }, { header: 'Votes', align: 'right' }, { header: 'List share', align: 'right' }, { header: 'Shapley-Shubik', align: 'right' }, { header: 'Banzhaf', align: 'right' }, { header: 'Note' }],
            power.members.map(m => [h.name(m.member), String(m.weight), formatPercent(m.listShare), formatPercent(m.shapleyShubik), formatPercent(m.banzhaf),
                [m.veto ? 'veto' : '', m.dummy ? 'dummy (never decides)' : ''].filter(Boolean).join(', ')]),
            '    '
        ),
        ...[sharedPracticesSentence(power, id => h.name(id))].filter((line): line is string => line !== undefined).map(line => `    ${line}`)
    ];
}
