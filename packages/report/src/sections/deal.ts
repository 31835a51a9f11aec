/**
 * The deal, for partners: for each initiative, the yearly payments that turn
 * the charged split into the fair one, and who would still block it.
 *
 * This is the one place the partner edition states the deal. When the
 * analysis carries a term sheet (the minimal payments that make everyone
 * gain, DOMAIN.md item 15), switch `dealBlocks` to it here; nothing else in
 * the edition needs to change.
 */
import type { InitiativeAnalysis } from '@autonomy/analysis';
import type { Block, Section, TableRow } from '../document.js';
import { refusalReason, trustFor } from '../finding-reasons.js';
import { ruleWords } from '../wording.js';
import type { SectionContext } from './context.js';
import { PAGED_INITIATIVES, pagedGroups } from './paged-summary.js';

export function dealSection(ctx: SectionContext): Section {
    const blocks: Block[] = [{
        kind: 'paragraph',
        text: 'For each shared service: what each practice gains a year as the cost is charged today, what it would gain under a fair split '
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
    const { words, analysis } = ctx;
    const head: Block = { kind: 'heading', level: 3, text: i.title };
    if (i.lossMaking) {
        const best = i.bestCoalition && i.bestCoalition.value > 0
            ? ` The practices that would gain are ${words.names(i.bestCoalition.members)} on their own, saving ${words.money(i.bestCoalition.value)} a year between them.`
            : ' No group of these practices saves money with it.';
        return [head, {
            kind: 'paragraph',
            text: `There is no deal to share: the service would cost ${words.money(i.sharedCost)} a year against ${words.money(i.totalCurrentCost)} `
                + `the practices spend today, ${words.money(-i.netSaving)} more than it saves.${best}`
        }];
    }
    const rows: TableRow[] = i.shares.map(s => {
        const ready = trustFor(analysis, s.practice, i.collective)?.ready;
        return {
            kind: 'practice' as const,
            weight: Math.abs(s.realisedBenefit),
            tone: s.realisedBenefit < 0 ? 'bad' as const : undefined,
            cells: [
                words.title(s.practice), words.signedMoney(s.realisedBenefit), words.signedMoney(s.fairShare),
                s.compensation > 0 ? `receives ${words.money(s.compensation)}` : s.compensation < 0 ? `pays ${words.money(-s.compensation)}` : 'nothing',
                ready === true ? 'yes' : ready === false ? 'not yet' : 'unknown'
            ]
        };
    });
    const payments = i.payments.length === 0
        ? 'No payments are needed: the charged split already gives each practice its fair share.'
        : 'Payments a year: ' + i.payments.map(p => `${words.title(p.from)} pays ${words.title(p.to)} ${words.money(p.amount)}`).join('; ') + '.';
    return [
        head,
        {
            kind: 'table', caption: `${i.title}: yearly gain for each practice, and the payments that make the split fair`,
            columns: [
                { header: 'Practice' }, { header: 'Gain as charged', align: 'right' }, { header: 'Fair share', align: 'right' },
                { header: 'To reach the fair share', align: 'right' }, { header: 'Ready to cede', align: 'center' }
            ],
            rows
        },
        { kind: 'paragraph', text: payments },
        { kind: 'paragraph', text: whoSaysNo(i, ctx) }
    ];
}

function whoSaysNo(i: InitiativeAnalysis, ctx: SectionContext): string {
    const { words, analysis } = ctx;
    const rule = ruleWords(i.outcome.rule);
    if (i.outcome.blockers.length > 0) {
        return `Decided by ${rule}, it does not go ahead as proposed: `
            + i.outcome.blockers.map(b => `${words.title(b)} would block it (${refusalReason(b, i, analysis, words).text})`).join('; ') + '.';
    }
    if (i.outcome.defectionRisks.length > 0) {
        return `Decided by ${rule}, it goes ahead, but `
            + i.outcome.defectionRisks.map(b => `${words.title(b)} may go its own way (${refusalReason(b, i, analysis, words).text})`).join('; ') + '.';
    }
    if (i.outcome.proceeds === true) return `Decided by ${rule}, every participant agrees as proposed.`;
    if (i.outcome.proceeds === false) return `Decided by ${rule}, it does not go ahead as proposed.`;
    return 'No collective with a decision rule is named to decide it, so whether it goes ahead cannot be predicted.';
}
