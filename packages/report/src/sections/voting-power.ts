/**
 * DOMAIN.md item 18 in the briefing: for each collective that decides by
 * vote, each member's Shapley-Shubik and normalised Banzhaf index beside its
 * share of the patients, with veto players and dummies.
 */
import { sharedPracticesSentence } from '@autonomy/analysis';
import type { Block, Section } from '../document.js';
import type { SectionContext } from './context.js';

export function votingPowerSection(ctx: SectionContext): Section | undefined {
    const power = ctx.analysis.votingPower ?? [];
    if (power.length === 0) {
        return undefined;
    }
    const { words } = ctx;
    const blocks: Block[] = [{
        kind: 'paragraph',
        text: 'How often each member\'s vote decides the outcome. Shapley-Shubik: the share of orderings in which the member\'s vote '
            + 'turns a losing group into a winning one; Banzhaf: its share of all such swings. A veto player is in every winning '
            + 'group; a dummy never decides anything. A decision needs more than half of the votes.'
    }];
    for (const p of power) {
        const rule = p.rule === 'majority-vote' ? 'one member one vote' : 'votes weighted by list size';
        blocks.push({ kind: 'heading', level: 3, text: `${words.title(p.collective)} (${rule})` });
        if (p.members.length === 0) {
            blocks.push({ kind: 'note', text: `Not computed: ${p.reason ?? 'no members'}.` });
            continue;
        }
        blocks.push({
            kind: 'table',
            caption: `${words.title(p.collective)}: a decision needs ${words.count(p.quota)} of ${words.count(p.totalWeight)} votes`,
            columns: [{ header: 'Member' }, { header: 'Votes', align: 'right' }, { header: 'Share of patients', align: 'right' },
                { header: 'Shapley-Shubik', align: 'right' }, { header: 'Banzhaf', align: 'right' }, { header: 'Note' }],
            rows: p.members.map(m => ({
                cells: [words.title(m.member), words.count(m.weight), words.percent(m.listShare), words.percent(m.shapleyShubik), words.percent(m.banzhaf),
                    [m.veto ? 'veto' : '', m.dummy ? 'dummy' : ''].filter(Boolean).join(', ')],
                ...(Math.abs(m.shapleyShubik - m.listShare) > m.listShare / 2 ? { tone: 'bad' as const } : {})
            }))
        });
        const shared = sharedPracticesSentence(p, id => words.title(id));
        if (shared) {
            blocks.push({ kind: 'note', text: shared });
        }
    }
    return { id: 'voting-power', title: 'Voting power', blocks };
}
