/**
 * DOMAIN.md item 19: a member collective that will not follow the collective
 * running an initiative. Pull the lever and nothing happens in its practices.
 */
import { type Words, base } from './finding-words.js';
import { membersNotFollowing } from './nested-vote.js';
import { NO_MAJORITY_BELIEVES } from './outcome.js';
import type { AnalysisFinding, InitiativeAnalysis, MemberVote } from './result.js';
import { listNames } from '@autonomy/domain';

export function collectiveFindings(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    if (!i.collective) {
        return [];
    }
    return membersNotFollowing(i.outcome, i.collective).map(({ vote, parent, rule, uncertain: doubt }) => {
        const why = reasons(vote, parent, w);
        const what = rule === 'consensus' ? `${doubt ? 'may block' : 'blocks'} ${i.title}, which ${w.collective(parent)} decides by consensus`
            : rule === 'delegated' ? `will not follow ${w.collective(parent)}'s leaders on ${i.title}`
                : `would be outvoted on ${i.title} and ${doubt ? 'may not' : 'will not'} follow ${w.collective(parent)}`;
        return {
            code: 'collective-will-not-follow',
            severity: 'warning',
            message: `${w.collective(vote.collective)} ${what}${doubt ? ' on the estimated fair shares' : ''}: ${listNames(why)}. `
                + (doubt ? `${DOUBT_WORDS[doubt]} ` : '')
                + `Pull the lever and nothing happens in its ${vote.practices.length === 1 ? 'practice' : `${vote.practices.length} practices`} `
                + `(${listNames(vote.practices.map(p => w.practice(p)))}). Build its trust, win its practices over, or decide by consensus.`,
            ...base(i),
            data: { member: vote.collective, parent, rule, practices: vote.practices, reasons: why, ...(doubt ? { uncertain: doubt } : {}) }
        };
    });
}

const DOUBT_WORDS: Readonly<Record<'own' | 'vote', string>> = {
    own: 'Its own decision rests on estimated fair shares within two standard errors of zero, so whether it follows is uncertain: raise the exact limit or the number of orderings to tell.',
    vote: 'The vote it takes part in carries only on estimated fair shares within two standard errors of zero, so whether it carries is uncertain: raise the exact limit or the number of orderings to tell.'
};

function reasons(vote: MemberVote, parent: string, w: Words): string[] {
    const out: string[] = [];
    if (vote.outcome.proceeds !== true) {
        out.push(vote.outcome.rule === 'unknown'
            ? 'it states no decision rule of its own'
            : `its own decision ${vote.outcome.proceedsUncertain ? 'would not carry on the estimated fair shares' : 'does not carry'} (${vote.outcome.explanation.replace(/\.$/, '')})`);
    }
    return [...out, ...w.readinessReasons(vote.collective, parent, NO_MAJORITY_BELIEVES('its'))];
}
