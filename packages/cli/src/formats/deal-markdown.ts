import { dealGainWords, type InitiativeAnalysis } from '@autonomy/analysis';
import { escapeMarkdown as md } from '@autonomy/report';
import type { DecisionHelpers } from './decision-pretty.js';

/** `autonomy deal --format md`: one section per initiative with its payments table and levers. */
export function dealMarkdown(title: string, initiatives: InitiativeAnalysis[], h: DecisionHelpers): string {
    const out: string[] = [`# The deal: ${md(title)}`, ''];
    for (const i of initiatives) {
        const deal = i.deal;
        out.push(`## ${md(i.title)}`, '');
        if (!deal) {
            continue;
        }
        if (deal.status === 'deal') {
            out.push(`${md(h.money(deal.moneyMoved))} a year moved from the charged split ${dealGainWords(deal, i.participants, id => h.name(id)).makes}${deal.keepsEveryCoalition ? ' and keeps every coalition in' : ''}; `
                + `the compensation to the fair share would move ${md(h.money(deal.fairCompensationMoved))}.`, '');
            out.push('| Payer | Payee | Yearly amount |', '| --- | --- | ---: |');
            for (const p of deal.payments) {
                out.push(`| ${md(h.name(p.from))} | ${md(h.name(p.to))} | ${md(h.money(p.amount))} |`);
            }
            if (deal.payments.length === 0) {
                out.push('| (none needed) | | |');
            }
            out.push('');
        }
        out.push(md(deal.consensus.sentence), '');
        for (const lever of deal.levers) {
            out.push(`- ${md(lever.sentence)}`);
        }
        out.push('');
    }
    return out.join('\n');
}
