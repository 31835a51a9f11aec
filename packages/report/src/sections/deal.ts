/**
 * The deal, for each initiative: the term sheet (DOMAIN.md item 15: the
 * least money moved from the charged split so that everyone gains, settled in
 * the fewest payments) beside the compensation to the fair split, who would
 * still say no, and where no deal or no consensus exists, the cheapest levers.
 *
 * The one place both editions state the deal. Without a term sheet (an
 * analysis run without decision support) it shows the compensation to the
 * fair split alone.
 */
import { dealGainWords, type InitiativeAnalysis, type InitiativeDeal, votingCollective } from '@autonomy/analysis';
import type { Block, Section, TableRow } from '../document.js';
import { doubtful, nearZeroWords, refusalReason, trustFor } from '../finding-reasons.js';
import { plural, ruleWords } from '../wording.js';
import type { SectionContext } from './context.js';
import { PAGED_INITIATIVES, pagedGroups } from './paged-summary.js';

/** True when the analysis carries a term sheet for some initiative (built with decision support). */
export function hasTermSheets(ctx: SectionContext): boolean {
    return ctx.analysis.initiatives.some(i => i.deal !== undefined);
}

export function dealSection(ctx: SectionContext): Section {
    const blocks: Block[] = [{
        kind: 'paragraph',
        text: hasTermSheets(ctx)
            ? 'For each shared service: the deal, the smallest set of yearly payments, starting from today\'s charges, that leaves no participant '
                + 'worse off and, where some split is stable, no group better off on its own; beside it the fair split (each practice receives what it '
                + 'adds, on average, to every group it could join) and the payments that would reach it; then who would still say no. '
                + 'A consensus is the deal everyone signs.'
            : 'For each shared service: what each practice gains a year as the cost is charged today, what it would gain under a fair split '
                + '(each practice receives what it adds, on average, to every group it could join), the yearly payments between practices that '
                + 'turn one into the other, and who would still say no.'
    }];
    const intro = [...blocks];
    const groups = ctx.analysis.initiatives.map(i => ({ weight: Math.abs(i.netSaving), blocks: dealBlocks(i, ctx) }));
    for (const g of groups) blocks.push(...g.blocks);
    if (ctx.analysis.initiatives.length === 0) blocks.push({ kind: 'note', text: 'No shared service is proposed yet.' });
    return { id: 'deal', title: 'The deal', blocks, pagedBlocks: pagedGroups(intro, groups, PAGED_INITIATIVES, 'shared services') };
}

function dealBlocks(i: InitiativeAnalysis, ctx: SectionContext): Block[] {
    const { words } = ctx;
    const head: Block = { kind: 'heading', level: 3, text: i.title };
    if (i.lossMaking) {
        const b = i.bestCoalition;
        const best = !b ? ''
            : b.value > 0
                ? ` ${words.names(b.members)} would gain on ${b.members.length > 1 ? 'their' : 'its'} own, saving ${words.money(b.value)} a year${b.members.length > 1 ? ' between them' : ''}${b.exhaustive ? ', the most any group of these practices saves' : ' (the most of the groups tried; not every group is tried with this many practices)'}.`
                : b.exhaustive
                    ? ' No group of these practices saves money with it.'
                    : ' None of the groups of these practices tried saves money with it; not every group is tried with this many practices.';
        return [head, {
            kind: 'paragraph',
            text: `There is no deal to share: the service would cost ${words.money(i.sharedCost)} a year against ${words.money(i.totalCurrentCost)} `
                + `the practices spend today, ${words.money(-i.netSaving)} more than it saves.${best}`
        }];
    }
    const who: Block = { kind: 'paragraph', text: whoSaysNo(i, ctx) };
    return i.deal ? [head, ...termSheetBlocks(i, i.deal, ctx), who] : [head, ...fairSplitBlocks(i, ctx), who];
}

function readyCell(i: InitiativeAnalysis, practice: string, ctx: SectionContext): string {
    // Item 19: towards the collective whose vote the practice takes part in, as the outcome and "who would still say no" read it.
    const ready = trustFor(ctx.analysis, practice, i.collective ? votingCollective(i.outcome, practice, i.collective) : undefined)?.ready;
    return ready === true ? 'yes' : ready === false ? 'not yet' : 'unknown';
}

function paymentsText(i: InitiativeAnalysis, ctx: SectionContext): string {
    const { words } = ctx;
    return i.payments.length === 0
        ? 'No payments are needed to reach the fair split: the charged split already gives each practice its fair share.'
        : 'To reach the fair split, payments a year: ' + i.payments.map(p => `${words.title(p.from)} pays ${words.title(p.to)} ${words.money(p.amount)}`).join('; ') + '.';
}

/** Without a term sheet: the charged split, the fair split and the payments between them. */
function fairSplitBlocks(i: InitiativeAnalysis, ctx: SectionContext): Block[] {
    const { words } = ctx;
    const rows: TableRow[] = i.shares.map(s => ({
        kind: 'practice' as const,
        weight: Math.abs(s.realisedBenefit),
        tone: s.realisedBenefit < 0 ? 'bad' as const : undefined,
        cells: [
            words.title(s.practice), words.signedMoney(s.realisedBenefit), words.signedMoney(s.fairShare),
            s.compensation > 0 ? `receives ${words.money(s.compensation)}` : s.compensation < 0 ? `pays ${words.money(-s.compensation)}` : 'nothing',
            readyCell(i, s.practice, ctx)
        ]
    }));
    return [
        {
            kind: 'table', caption: `${i.title}: yearly gain for each practice, and the payments that make the split fair`,
            columns: [
                { header: 'Practice' }, { header: 'Gain as charged', align: 'right' }, { header: 'Fair share', align: 'right' },
                { header: 'To reach the fair share', align: 'right' }, { header: 'Ready to cede', align: 'center' }
            ],
            rows
        },
        { kind: 'paragraph', text: paymentsText(i, ctx) }
    ];
}

/** The term sheet: the deal's payments and each practice's gain after them, beside the fair split. */
function termSheetBlocks(i: InitiativeAnalysis, deal: InitiativeDeal, ctx: SectionContext): Block[] {
    const { words } = ctx;
    const out: Block[] = [];
    if (deal.status === 'deal') {
        const count = deal.payments.length;
        out.push({
            kind: 'paragraph',
            text: [{ text: 'The deal. ', style: 'bold' }, {
                text: `${words.money(deal.moneyMoved)} a year moved from the charged split ${dealGainWords(deal, i.participants, id => words.title(id)).makes}`
                    + `${deal.keepsEveryCoalition ? ' and keeps every group in' : ' (no split keeps every group in: the core is empty)'}; `
                    + `the compensation to the fair split would move ${words.money(deal.fairCompensationMoved)}. `
                    + (count === 0 ? 'No payments are needed.' : `${count} ${plural(count, 'payment', 'payments')}${deal.fewestPayments ? ', the fewest possible' : ''}:`)
            }]
        });
        if (count > 0) out.push({ kind: 'list', items: deal.payments.map(p => `${words.title(p.from)} pays ${words.title(p.to)} ${words.money(p.amount)} a year.`) });
        out.push({
            kind: 'table',
            caption: `${i.title}: the deal beside the fair split (yearly)`,
            columns: [{ header: 'Practice' }, { header: 'Gain as charged', align: 'right' }, { header: 'Deal payment', align: 'right' },
                { header: 'Gain after the deal', align: 'right' }, { header: 'Fair share', align: 'right' }, { header: 'To reach the fair share', align: 'right' },
                { header: 'Ready to cede', align: 'center' }],
            rows: i.shares.map((s, k): TableRow => ({
                kind: 'practice',
                weight: Math.abs(s.realisedBenefit),
                tone: s.realisedBenefit < 0 ? 'bad' : undefined,
                cells: [words.title(s.practice), words.signedMoney(s.realisedBenefit), words.signedMoney(deal.transfers[k] ?? 0),
                    words.signedMoney(deal.benefitsAfter[k] ?? 0), words.signedMoney(s.fairShare), words.signedMoney(s.compensation), readyCell(i, s.practice, ctx)]
            }))
        });
    } else {
        // 'not-computed' (too many participants, the core unknown, an LP failure) is no verdict: a deal may still exist.
        const verdict = deal.status === 'no-deal' ? 'None' : 'Not worked out';
        out.push({ kind: 'paragraph', text: [{ text: 'The deal. ', style: 'bold' }, { text: `${verdict}: ${deal.reason}.` }] });
        out.push(...fairSplitBlocks(i, ctx).slice(0, 1));
    }
    out.push({ kind: 'paragraph', text: paymentsText(i, ctx) });
    out.push({ kind: 'paragraph', text: [{ text: 'Consensus. ', style: 'bold' }, { text: deal.consensus.sentence }] });
    if (deal.levers.length > 0) {
        out.push({ kind: 'paragraph', text: [{ text: 'What would create it. ', style: 'bold' }] });
        out.push({ kind: 'list', items: deal.levers.map(l => l.sentence) });
    }
    return out;
}

function whoSaysNo(i: InitiativeAnalysis, ctx: SectionContext): string {
    const { words, analysis } = ctx;
    const rule = ruleWords(i.outcome.rule);
    const reason = (p: string): string => refusalReason(p, i, analysis, words).text;
    const o = i.outcome;
    // Estimates within two standard errors of zero: the verdict they could change is said to be on them, and uncertain.
    const open = o.proceedsUncertain === true;
    const doubt = o.uncertain !== undefined ? ` (${nearZeroWords(i, words).text})` : '';
    const verdict = (goes: boolean): string => (open
        ? `on the estimated fair shares it would ${goes ? '' : 'not '}go ahead as proposed, but whether it does is uncertain${doubt}`
        : goes ? 'it goes ahead' : 'it does not go ahead as proposed');
    if (o.blockers.length > 0) {
        return `Decided by ${rule}, ${verdict(false)}: `
            + o.blockers.map(b => `${words.title(b)} ${doubtful(i, b) ? 'may' : 'would'} block it (${reason(b)})`).join('; ') + '.';
    }
    // Under delegation only low trust makes a defection risk: a participant that trusts the leaders but
    // would lose, or does not believe going alone is unsustainable, still does not agree (outcome.agree).
    const dissent = o.proceeds === true ? i.participants.filter(p => !o.agree.includes(p) && !o.defectionRisks.includes(p)) : [];
    const dissentWords = dissent.map(p => `${words.title(p)} ${doubtful(i, p) ? 'may not agree' : 'does not agree'} as proposed (${reason(p)})`);
    if (o.defectionRisks.length > 0) {
        return `Decided by ${rule}, ${verdict(true)}, but `
            + [...o.defectionRisks.map(b => `${words.title(b)} may go its own way (${reason(b)})`), ...dissentWords].join('; ') + '.';
    }
    if (dissent.length > 0) return `Decided by ${rule}, ${verdict(true)}, but ${dissentWords.join('; ')}.`;
    if (o.proceeds === true) {
        // Agreement read from an estimate within two standard errors of zero is not stated as settled.
        const unsure = o.agree.filter(p => doubtful(i, p));
        if (open) return `Decided by ${rule}, ${verdict(true)}.`;
        return unsure.length > 0
            ? `Decided by ${rule}, every participant agrees as proposed on the estimated fair shares, though whether ${words.names(unsure)} ${unsure.length === 1 ? 'does' : 'do'} is uncertain${doubt}.`
            : `Decided by ${rule}, every participant agrees as proposed.`;
    }
    if (o.proceeds === false) return `Decided by ${rule}, ${verdict(false)}.`;
    return 'No collective with a decision rule is named to decide it, so whether it goes ahead cannot be predicted.';
}
