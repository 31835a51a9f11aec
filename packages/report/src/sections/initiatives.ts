import { fragileMark, type InitiativeAnalysis, type StabilityCheck } from '@autonomy/analysis';
import type { Initiative } from '@autonomy/domain';
import type { Block, Column, Section, TableRow } from '../document.js';
import { blockReason } from '../finding-reasons.js';
import { outcomeWords, ruleWords } from '../wording.js';
import { type SectionContext, sourceRef } from './context.js';
import { investmentBlocks } from './investment.js';
import { memberVoteBlocks } from './member-votes.js';
import { PAGED_INITIATIVES, pagedGroups } from './paged-summary.js';

export function initiativesSection(ctx: SectionContext): Section {
    const blocks: Block[] = [{
        kind: 'paragraph',
        text: 'For each shared service: what each practice pays under today\'s charging rule, what it would get under a fair split, '
            + 'the payments that turn one into the other, whether any group would do better by breaking away, and what the '
            + 'collective\'s decision rule predicts.'
    }];
    const intro = [...blocks, overview(ctx)];
    const groups = ctx.analysis.initiatives.map(i => ({ weight: Math.abs(i.netSaving), blocks: initiativeBlocks(i, ctx) }));
    for (const g of groups) blocks.push(...g.blocks);
    if (ctx.analysis.initiatives.length === 0) blocks.push({ kind: 'note', text: 'The model declares no initiatives.' });
    return { id: 'initiatives', title: 'Initiatives', blocks, pagedBlocks: pagedGroups(intro, groups, PAGED_INITIATIVES, 'initiatives') };
}

/** One line per initiative: what a paged edition of a large locality shows for all of them. */
function overview(ctx: SectionContext): Block {
    const { words } = ctx;
    return {
        kind: 'table', caption: 'Every initiative: net saving a year and predicted outcome',
        columns: [{ header: 'Initiative' }, { header: 'Participants', align: 'right' }, { header: 'Net saving a year', align: 'right' }, { header: 'Predicted outcome' }],
        rows: ctx.analysis.initiatives.map(i => ({
            kind: 'initiative' as const, weight: Math.abs(i.netSaving), tone: i.lossMaking ? 'bad' as const : undefined,
            cells: [i.title, words.count(i.participants.length), words.signedMoney(i.netSaving),
                outcomeWords(i.outcome)]
        }))
    };
}

function initiativeBlocks(i: InitiativeAnalysis, ctx: SectionContext): Block[] {
    const { words } = ctx;
    const declared = ctx.model.initiatives.find(m => m.id === i.id);
    return [
        { kind: 'heading', level: 3, text: i.title, source: sourceRef(declared?.source), sourceKind: 'initiative' },
        { kind: 'paragraph', text: summary(i, declared, ctx) },
        splitTable(i, ctx),
        // The chart follows its table directly so the PDF keeps the two on one page.
        {
            kind: 'chart',
            title: `${i.title}: benefit as charged against fair share`,
            description: 'Yearly benefit for each practice under the charged split and under its fair share (Shapley value). '
                + 'Bars left of zero are losses.',
            chart: {
                kind: 'split',
                currency: ctx.model.settings.currency,
                bars: i.shares.map(s => ({ label: words.title(s.practice), charged: s.realisedBenefit, fair: s.fairShare }))
            }
        },
        paymentsBlock(i, ctx),
        ...investmentBlocks(i, ctx),
        { kind: 'paragraph', text: [{ text: 'Stability. ', style: 'bold' }, { text: stability(i, ctx) }] },
        { kind: 'paragraph', text: [{ text: 'Predicted outcome. ', style: 'bold' }, { text: outcome(i, ctx) }] },
        ...memberVoteBlocks(i, ctx)
    ];
}

function summary(i: InitiativeAnalysis, declared: Initiative | undefined, ctx: SectionContext): string {
    const { words } = ctx;
    const runBy = i.collective
        ? `Run by ${words.title(i.collective)}, which decides by ${ruleWords(i.outcome.rule)}.`
        : 'No collective is stated to run it.';
    const cessions = declared && declared.cessions.length > 0
        ? ' Participants cede ' + declared.cessions.map(c =>
            `${words.title(c.domain).toLowerCase()} (${c.degree >= 1 ? 'fully' : words.percent(c.degree)}${c.practices ? `, ${words.names(c.practices)} only` : ''})`).join(', ') + '.'
        : '';
    const rule = i.sharing === 'fair' ? 'fair shares with compensation' : 'as charged';
    const saving = i.lossMaking
        ? `a net loss of ${words.money(-i.netSaving)}`
        : `a net saving of ${words.money(i.netSaving)}`;
    const method = i.method === 'monte-carlo'
        ? ` Fair shares are estimated from ${words.count(i.samples ?? 0)} random orderings (seed ${i.seed}); each shows its standard error.`
        : '';
    return `${runBy}${cessions} Proposed sharing: ${rule}. Today the participants spend ${words.money(i.totalCurrentCost)} a year doing this alone; `
        + `the shared service costs ${words.money(i.sharedCost)}, ${saving}.${method}`;
}

function splitTable(i: InitiativeAnalysis, ctx: SectionContext): Block {
    const { words } = ctx;
    const withTransfers = i.shares.some(s => s.transfers !== 0);
    // The findings may tell the reader to share by the stable split: the table must show it.
    const stableSplit = !i.lossMaking && i.stableSplitMethod && i.shares.some(s => s.nucleolusShare !== undefined) ? i.stableSplitMethod : undefined;
    const columns: Column[] = [
        { header: 'Practice' }, { header: 'List size', align: 'right' }, { header: 'Cost alone', align: 'right' },
        { header: 'Charged', align: 'right' }, { header: 'Share of cost', align: 'right' },
        ...(withTransfers ? [{ header: 'Agreed transfers', align: 'right' as const }] : []),
        { header: 'Benefit as charged', align: 'right' }, { header: 'Fair share', align: 'right' },
        { header: 'Compensation', align: 'right' },
        ...(stableSplit ? [{ header: `Stable split (${stableSplit})`, align: 'right' as const }] : [])
    ];
    const rows: TableRow[] = i.shares.map(s => ({
        kind: 'practice',
        weight: Math.abs(s.realisedBenefit),
        source: sourceRef(ctx.model.practices.find(p => p.id === s.practice)?.source),
        tone: s.realisedBenefit < 0 ? 'bad' : undefined,
        cells: [
            words.title(s.practice), words.count(s.listSize), words.money(s.currentCost),
            words.money(s.charge), words.percent(s.chargeWeight),
            ...(withTransfers ? [words.signedMoney(s.transfers)] : []),
            words.signedMoney(s.realisedBenefit),
            words.signedMoney(s.fairShare) + (s.fairShareStandardError !== undefined ? ` ± ${words.money(s.fairShareStandardError)}` : ''),
            i.lossMaking ? '—' : compensationWords(s.compensation, words.money(Math.abs(s.compensation))),
            ...(stableSplit ? [s.nucleolusShare === undefined ? '—' : words.signedMoney(s.nucleolusShare)] : [])
        ]
    }));
    rows.push({
        cells: [
            [{ text: 'Whole initiative', style: 'bold' }], '', words.money(i.totalCurrentCost), words.money(i.sharedCost), '',
            ...(withTransfers ? [''] : []),
            words.signedMoney(i.netSaving), words.signedMoney(i.grandValue), '',
            ...(stableSplit ? [words.signedMoney(i.grandValue)] : [])
        ]
    });
    return { kind: 'table', caption: `${i.title}: yearly figures per practice`, columns, rows };
}

function compensationWords(amount: number, abs: string): string {
    if (amount > 0) return `receives ${abs}`;
    if (amount < 0) return `pays ${abs}`;
    return 'none';
}

function paymentsBlock(i: InitiativeAnalysis, ctx: SectionContext): Block {
    const { words } = ctx;
    if (i.lossMaking) {
        return { kind: 'note', text: 'No compensation applies: the initiative costs more than it saves, so there is no gain to share fairly.' };
    }
    if (i.payments.length === 0) {
        return { kind: 'note', text: 'Who pays whom: no payments are needed; the charged split already matches the fair shares.' };
    }
    return {
        kind: 'paragraph',
        text: [
            { text: 'Who pays whom. ', style: 'bold' },
            { text: i.payments.map(p => `${words.title(p.from)} pays ${words.title(p.to)} ${words.money(p.amount)} a year.`).join(' ') }
        ]
    };
}

function stability(i: InitiativeAnalysis, ctx: SectionContext): string {
    return `Charged split${fragileMark(ctx.fragile, `charged-core:${i.id}`)}: ${stabilityWords(i.charged, ctx)} Fair split: ${stabilityWords(i.fair, ctx)}`
        + (i.coreEmpty === true ? ' No split at all keeps every group on board (the core is empty).' : '')
        + stableSplitWords(i, ctx);
}

/** The least-core epsilon, or why whether any split is stable was not worked out: never a silent gap. */
function stableSplitWords(i: InitiativeAnalysis, ctx: SectionContext): string {
    const state = i.stableSplit;
    if (state.state === 'computed' || (state.state !== 'not-requested' && i.leastCoreEpsilon !== undefined)) {
        const e = i.leastCoreEpsilon ?? 0;
        const head = e > 0
            ? ` The most stable split still leaves some group ${ctx.words.money(e)} a year better off on its own (least-core epsilon).`
            : ' Some split keeps every group on board (least-core epsilon ' + ctx.words.money(e) + ').';
        return state.state === 'computed' ? head : `${head} No stable split is shown: ${state.reason ?? state.state}.`;
    }
    return state.state === 'not-requested' ? '' : ` Whether any split keeps every group on board was not worked out: ${state.reason ?? state.state}.`;
}

function stabilityWords(check: StabilityCheck, ctx: SectionContext): string {
    const { words } = ctx;
    if (check.inCore === null) return 'not checked (too many participants to test every group).';
    const alone = check.individuallyIrrational.length > 0
        ? ` ${words.names(check.individuallyIrrational)} would be better off alone.`
        : '';
    if (check.inCore && !check.mostViolated) return `stable: no group would do better by breaking away.${alone}`;
    const v = check.mostViolated;
    if (!v) return `outside the core.${alone}`;
    return `unstable: ${words.names(v.members)} would do ${words.money(v.excess)} a year better by breaking away `
        + `(${v.members.length === 1 ? 'alone it could save' : 'together they could save'} ${words.money(v.value)}; `
        + `the split gives ${v.members.length === 1 ? 'it' : 'them'} ${words.money(v.allocated)}).${alone}`;
}

function outcome(i: InitiativeAnalysis, ctx: SectionContext): string {
    const { words } = ctx;
    const parts = [`Under ${ruleWords(i.outcome.rule)} it ${outcomeWords(i.outcome)}${fragileMark(ctx.fragile, `outcome:${i.id}`)}. ${i.outcome.explanation}`];
    // Those whose part rests on estimates within two standard errors of zero are listed as such, not as settled.
    const doubt = new Set(i.outcome.uncertain ?? []);
    const only = (id: string): string => (doubt.has(id) ? ', on the estimated fair shares only' : '');
    if (i.outcome.blockers.length > 0) {
        parts.push('Blockers: ' + i.outcome.blockers.map(b => `${words.title(b)}${only(b)} (${blockReason(b, i, ctx.analysis, words)})`).join('; ') + '.');
    }
    if (i.outcome.defectionRisks.length > 0) {
        const risks = i.outcome.defectionRisks;
        parts.push(`Defection risks: ${risks.some(id => doubt.has(id)) ? risks.map(id => `${words.title(id)}${only(id)}`).join('; ') : words.names(risks)}.`);
    }
    return parts.join(' ');
}
