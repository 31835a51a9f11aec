/** DOMAIN.md item 20 in an initiative's section: each practice's share of the money up front and when it comes back. */
import type { InitiativeAnalysis } from '@autonomy/analysis';
import { formatPayback } from '@autonomy/domain';
import type { Block } from '../document.js';
import { type SectionContext, sourceRef } from './context.js';

const SPLIT_WORDS: Record<NonNullable<InitiativeAnalysis['investment']>['split'], string> = {
    'charging': 'split as the running cost is charged',
    'list-size': 'split by list size',
    'equal': 'split equally',
    'explicit': 'split by the shares stated'
};

export function investmentBlocks(i: InitiativeAnalysis, ctx: SectionContext): Block[] {
    const investment = i.investment;
    if (!investment) return [];
    const { words } = ctx;
    const horizon = ctx.analysis.settings.horizonYears;
    const late = investment.shares.filter(s => s.share > 0 && !s.repaidWithinHorizon);
    return [
        {
            kind: 'paragraph',
            text: [
                { text: 'Investment. ', style: 'bold' },
                {
                    text: `${words.money(investment.amount)} up front, ${SPLIT_WORDS[investment.split]}. Payback is a practice's share divided by its yearly `
                        + `benefit; over the ${horizon}-year horizon it gets ${horizon} years of benefit less its share.`
                        + (late.length > 0
                            ? ` ${words.names(late.map(s => s.practice))} would not get ${late.length === 1 ? 'its' : 'their'} money back within the horizon.`
                            : investment.shares.some(s => s.share > 0) ? ' Every practice that puts money in gets it back within the horizon.' : '')
                }
            ]
        },
        {
            kind: 'table',
            caption: `${i.title}: investment and payback per practice`,
            columns: [
                { header: 'Practice' }, { header: 'Share of investment', align: 'right' }, { header: 'Yearly benefit', align: 'right' },
                { header: 'Payback', align: 'right' }, { header: `Over ${horizon} years`, align: 'right' }
            ],
            rows: investment.shares.map(s => ({
                kind: 'practice',
                source: sourceRef(ctx.model.practices.find(p => p.id === s.practice)?.source),
                tone: s.share > 0 && !s.repaidWithinHorizon ? 'bad' : undefined,
                cells: [
                    words.title(s.practice), words.money(s.share), words.signedMoney(s.yearlyBenefit),
                    formatPayback(s.paybackYears), words.signedMoney(Math.round(s.horizonBenefit))
                ]
            }))
        }
    ];
}
