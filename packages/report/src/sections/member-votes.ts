/**
 * DOMAIN.md item 19 in the report: how each member collective decides on an
 * initiative run by a collective of collectives, and which will not follow.
 */
import { type InitiativeAnalysis, type MemberVote, membersNotFollowing, type NotFollowing } from '@autonomy/analysis';
import type { Block, StructureNode } from '../document.js';
import { ruleWords } from '../wording.js';
import { type SectionContext, yesNo } from './context.js';

export function memberVoteBlocks(i: InitiativeAnalysis, ctx: SectionContext): Block[] {
    const votes = i.outcome.memberVotes;
    if (!votes || votes.length === 0 || !i.collective) return [];
    const { words } = ctx;
    const refusalOf = new Map(membersNotFollowing(i.outcome, i.collective).map(m => [m.vote, m]));
    return [{
        kind: 'table',
        caption: `${i.title}: how ${words.title(i.collective)}'s member collectives decide, and whether each follows the collective above it`,
        columns: [
            { header: 'Member collective' }, { header: 'Decides by' }, { header: 'Its own decision' },
            { header: 'Ready to follow', align: 'center' }, { header: 'Follows' }
        ],
        rows: votes.map(v => {
            const refusal = refusalOf.get(v);
            return {
                kind: 'collective' as const,
                tone: refusal ? 'bad' as const : undefined,
                cells: [
                    v.depth === 1 ? words.title(v.collective) : `${words.title(v.collective)} (in ${words.title(v.parent)})`,
                    ruleWords(v.outcome.rule), ownDecision(v), yesNo(v.ready),
                    // Not following on estimates within two standard errors of zero is said to be uncertain.
                    refusal ? `${refusal.uncertain ? 'on the estimates no (uncertain)' : 'no'}${heldBack(refusal, id => words.title(id))}`
                        // Inside a member that does not follow (or a decision that fails) the question does not arise.
                        : v.depth === 1 || v.agrees ? (v.agrees && v.ready === true && v.outcome.proceedsUncertain ? 'on the estimates yes (uncertain)' : 'yes') : '—'
                ]
            };
        })
    }];
}

/**
 * ", nor its 2 practices": those counted with it. One it shares with a member listed before it goes with that one
 * (nested-vote.ts), which may follow: said with which, not counted among those held back.
 */
function heldBack(m: NotFollowing, title: (id: string) => string): string {
    const n = m.practices.length;
    const held = n === 0 ? '' : `, nor its ${n === 1 ? 'practice' : `${n} practices`}${m.countedElsewhere ? ' counted with it' : ''}`;
    const elsewhere = (m.countedElsewhere ?? []).map(e => `${title(e.practice)} with ${title(e.countedWith)}`);
    return elsewhere.length === 0 ? held : `${held} (counted elsewhere: ${elsewhere.join(', ')})`;
}

function ownDecision(v: MemberVote): string {
    if (v.outcome.proceeds === null) return 'cannot be predicted';
    // On estimates within two standard errors of zero its own decision could go either way.
    if (v.outcome.proceedsUncertain) return `${v.outcome.proceeds ? 'would carry' : 'would not carry'} on the estimated fair shares (uncertain)`;
    return v.outcome.proceeds ? 'carries' : 'does not carry';
}

/** Trust statements from one collective to another, for the structure section. */
export function collectiveTrustBlocks(ctx: SectionContext): Block[] {
    const { analysis, words } = ctx;
    const rows = analysis.trust.filter(t => t.truster === 'collective');
    if (rows.length === 0) return [];
    const refusals = analysis.initiatives.flatMap(i => (i.collective ? membersNotFollowing(i.outcome, i.collective) : [])
        .map(m => ({ member: m.vote.collective, parent: m.parent, initiative: m.uncertain ? `${i.title} (on the estimates, uncertain)` : i.title })));
    return [
        { kind: 'heading', level: 3, text: 'Trust between collectives' },
        {
            kind: 'paragraph',
            text: 'A collective whose members are collectives decides among them: each member collective first decides by its own rule, '
                + 'then follows only if it is ready (its trust reaches the threshold and most of its practices believe going alone is unsustainable).'
        },
        {
            kind: 'table',
            columns: [
                { header: 'Collective' }, { header: 'Trusts' }, { header: 'Trust score', align: 'right' }, { header: 'Ready', align: 'center' },
                { header: 'Will not follow on' }
            ],
            rows: rows.map(t => {
                const refused = refusals.filter(r => r.member === t.practice && r.parent === t.collective).map(r => r.initiative);
                return {
                    kind: 'collective',
                    tone: refused.length > 0 || t.ready === false ? 'bad' : t.ready === true ? 'good' : undefined,
                    cells: [
                        words.title(t.practice), words.title(t.collective), t.score === null ? 'no statement' : t.score.toFixed(2),
                        yesNo(t.ready), refused.length > 0 ? refused.join('; ') : '—'
                    ]
                };
            })
        }
    ];
}

/**
 * For the structure diagram: each collective that states its trust in a
 * collective containing it, with that score, and the initiatives it will not
 * follow on.
 */
export function structureAlerts(ctx: SectionContext): Map<string, NonNullable<StructureNode['alert']>> {
    const { analysis, words } = ctx;
    const alerts = new Map<string, NonNullable<StructureNode['alert']>>();
    for (const t of analysis.trust.filter(x => x.truster === 'collective' && x.score !== null)) {
        const refusals = analysis.initiatives.flatMap(i => (i.collective ? membersNotFollowing(i.outcome, i.collective) : [])
            .filter(m => m.vote.collective === t.practice && m.parent === t.collective).map(m => ({ title: i.title, uncertain: m.uncertain !== undefined })));
        const refused = refusals.map(r => r.title);
        // Not following on estimates within two standard errors of zero is "may not".
        const sure = refusals.filter(r => !r.uncertain).map(r => r.title);
        const unsure = refusals.filter(r => r.uncertain).map(r => r.title);
        const trust = `trusts ${words.title(t.collective)} ${(t.score ?? 0).toFixed(1)}${t.clearsThreshold ? '' : ` (below ${analysis.settings.trustThreshold})`}`;
        const text = [trust, ...(sure.length > 0 ? [`will not follow on ${sure.join(', ')}`] : []),
            ...(unsure.length > 0 ? [`may not follow on ${unsure.join(', ')} (on the estimates)`] : [])].join(' · ');
        const before = alerts.get(t.practice);
        alerts.set(t.practice, {
            text: before ? `${before.text}; ${text}` : text,
            bad: (before?.bad ?? false) || refused.length > 0 || t.clearsThreshold !== true
        });
    }
    return alerts;
}
