/**
 * DOMAIN.md item 15 in the briefing: for each initiative the deal (the least
 * money moved from the charged split so that everyone gains, settled in the
 * fewest payments) beside the compensation to the fair share; where no deal
 * or no consensus exists, the cheapest levers.
 */
import type { InitiativeAnalysis, InitiativeDeal } from '@autonomy/analysis';
import type { Block, Section } from '../document.js';
import type { SectionContext } from './context.js';

export function dealSection(ctx: SectionContext): Section | undefined {
    const initiatives = ctx.analysis.initiatives.filter(i => i.deal);
    if (initiatives.length === 0) {
        return undefined;
    }
    const blocks: Block[] = [{
        kind: 'paragraph',
        text: 'The deal is the smallest set of yearly payments, starting from today\'s charges, that leaves every participant '
            + 'gaining and, where some split is stable, no group better off on its own. A consensus is the deal everyone signs.'
    }];
    for (const i of initiatives) {
        blocks.push(...dealBlocks(i, i.deal!, ctx));
    }
    return { id: 'deal', title: 'The deal', blocks };
}

function dealBlocks(i: InitiativeAnalysis, deal: InitiativeDeal, ctx: SectionContext): Block[] {
    const { words } = ctx;
    const out: Block[] = [{ kind: 'heading', level: 3, text: i.title }];
    if (deal.status === 'deal') {
        out.push({
            kind: 'paragraph',
            text: `${words.money(deal.moneyMoved)} a year moved from the charged split makes every participant gain`
                + `${deal.keepsEveryCoalition ? ' and keeps every group in' : ' (no split keeps every group in: the core is empty)'}; `
                + `the compensation to the fair share would move ${words.money(deal.fairCompensationMoved)}. `
                + `${deal.payments.length === 0 ? 'No payments are needed.' : `${deal.payments.length} payment${deal.payments.length === 1 ? '' : 's'}${deal.fewestPayments ? ', the fewest possible' : ''}.`}`
        });
        out.push({
            kind: 'table',
            caption: `${i.title}: the deal beside the fair share`,
            columns: [{ header: 'Practice' }, { header: 'Charged benefit', align: 'right' }, { header: 'Deal payment', align: 'right' },
                { header: 'Benefit after', align: 'right' }, { header: 'Fair share', align: 'right' }, { header: 'Compensation to fair', align: 'right' }],
            rows: i.shares.map((s, k) => ({
                cells: [words.title(s.practice), words.money(s.realisedBenefit), words.signedMoney(deal.transfers[k]),
                    words.money(deal.benefitsAfter[k]), words.money(s.fairShare), words.signedMoney(s.compensation)],
                kind: 'practice' as const
            }))
        });
        if (deal.payments.length > 0) {
            out.push({ kind: 'list', items: deal.payments.map(p => `${words.title(p.from)} pays ${words.title(p.to)} ${words.money(p.amount)} a year.`) });
        }
    }
    out.push({ kind: 'paragraph', text: [{ text: 'Consensus. ', style: 'bold' }, { text: deal.consensus.sentence }] });
    if (deal.levers.length > 0) {
        out.push({ kind: 'paragraph', text: [{ text: 'What would create it. ', style: 'bold' }] });
        out.push({ kind: 'list', items: deal.levers.map(l => l.sentence) });
    }
    return out;
}
