/**
 * DOMAIN.md item 14 in the briefing: one table per initiative with every
 * sharing rule side by side (a row per rule, a column per practice), its core
 * membership, smallest gain and the coalition with the largest excess.
 */
import { type InitiativeAnalysis, SHARING_RULE_LABELS } from '@autonomy/analysis';
import type { Block, Column, Section, TableRow } from '../document.js';
import { type SectionContext, yesNo } from './context.js';

export function sharingRulesSection(ctx: SectionContext): Section | undefined {
    const initiatives = ctx.analysis.initiatives.filter(i => i.sharingRules);
    if (initiatives.length === 0) {
        return undefined;
    }
    const blocks: Block[] = [{
        kind: 'paragraph',
        text: 'Each initiative\'s net saving shared six ways: as charged today, by fair share (Shapley), by the nucleolus, '
            + 'equal surplus, in proportion to list size and in proportion to current cost. A split "in the core" leaves no group '
            + 'of practices better off on its own; the largest excess is how much better off the most tempted group would be (negative: '
            + 'no group is tempted).'
    }];
    for (const i of initiatives) {
        blocks.push(...rulesBlocks(i, ctx));
    }
    return { id: 'sharing-rules', title: 'Sharing rules side by side', blocks };
}

function rulesBlocks(i: InitiativeAnalysis, ctx: SectionContext): Block[] {
    const { words } = ctx;
    const heading: Block = { kind: 'heading', level: 3, text: i.title };
    const rules = i.sharingRules;
    if (!rules || rules.status !== 'computed') {
        return [heading, { kind: 'note', text: `Not compared: ${rules?.reason ?? 'not computed'}.` }];
    }
    const columns: Column[] = [
        { header: 'Rule' },
        ...i.participants.map(p => ({ header: words.title(p), align: 'right' as const })),
        { header: 'In core' }, { header: 'Smallest gain' }, { header: 'Largest excess' }
    ];
    const rows: TableRow[] = rules.rules.map(r => {
        if (r.status !== 'computed' || !r.gains) {
            return { cells: [SHARING_RULE_LABELS[r.rule], ...i.participants.map(() => '-'), '-', '-', `not computed: ${r.reason ?? ''}`] };
        }
        const excess = r.largestExcess ? `${group(r.largestExcess.members, i.participants, ctx)}: ${words.money(r.largestExcess.excess)}` : '-';
        return {
            cells: [SHARING_RULE_LABELS[r.rule], ...r.gains.map(g => words.money(g)), yesNo(r.inCore, 'not checked'),
                r.smallestGain ? `${words.title(r.smallestGain.practice)} ${words.money(r.smallestGain.gain)}` : '-', excess],
            ...(r.smallestGain && r.smallestGain.gain < 0 ? { tone: 'bad' as const } : {})
        };
    });
    return [heading, { kind: 'table', caption: `${i.title}: yearly gain per practice under each rule`, columns, rows }];
}

/** A group of all but one or two participants reads better as "all but X". */
function group(members: string[], participants: string[], ctx: SectionContext): string {
    const left = participants.filter(p => !members.includes(p));
    return members.length > 2 && left.length > 0 && left.length <= 2 ? `all but ${ctx.words.names(left)}` : ctx.words.names(members);
}
