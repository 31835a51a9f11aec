/**
 * DOMAIN.md item 19: a member collective that will not follow the collective
 * running an initiative. Pull the lever and nothing happens in its practices.
 */
import { type Words, base } from './finding-words.js';
import { countedElsewhereSentence } from './counted-once.js';
import { membersNotFollowing } from './nested-vote.js';
import { NO_MAJORITY_BELIEVES } from './outcome.js';
import type { AnalysisFinding, InitiativeAnalysis, MemberVote } from './result.js';
import { listNames } from '@autonomy/domain';

export function collectiveFindings(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    if (!i.collective) {
        return [];
    }
    return membersNotFollowing(i.outcome, i.collective).map(({ vote, parent, rule, uncertain: doubt, practices, countedElsewhere }) => {
        const why = reasons(vote, parent, w);
        const what = rule === 'consensus' ? `${doubt ? 'may block' : 'blocks'} ${i.title}, which ${w.collective(parent)} decides by consensus`
            : rule === 'delegated' ? `will not follow ${w.collective(parent)}'s leaders on ${i.title}`
                : `would be outvoted on ${i.title} and ${doubt ? 'may not' : 'will not'} follow ${w.collective(parent)}`;
        return {
            code: 'collective-will-not-follow',
            severity: 'warning',
            message: `${w.collective(vote.collective)} ${what}${doubt ? ' on the estimated fair shares' : ''}: ${listNames(why)}. `
                + (doubt ? `${DOUBT_WORDS[doubt]} ` : '')
                // A practice it shares with a member listed before it goes with that one (nested-vote.ts, expand): named apart, not
                // among those in which nothing happens, where the outcome may list it as agreeing.
                + (practices.length > 0
                    ? `Pull the lever and nothing happens in its ${practices.length === 1 ? 'practice' : `${practices.length} practices`} `
                        + `(${listNames(practices.map(p => w.practice(p)))}). `
                    : '')
                + (countedElsewhere ? `${countedElsewhereSentence(countedElsewhere, w.collective(vote.collective), id => w.practice(id), id => w.collective(id))} ` : '')
                + 'Build its trust, win its practices over, or decide by consensus.',
            ...base(i),
            data: {
                member: vote.collective, parent, rule, practices, reasons: why,
                ...(countedElsewhere ? { countedElsewhere } : {}), ...(doubt ? { uncertain: doubt } : {})
            }
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
