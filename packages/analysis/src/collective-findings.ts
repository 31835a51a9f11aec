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
    return membersNotFollowing(i.outcome, i.collective).map(({ vote, parent, rule }) => {
        const why = reasons(vote, parent, w);
        const what = rule === 'consensus' ? `blocks ${i.title}, which ${w.collective(parent)} decides by consensus`
            : rule === 'delegated' ? `will not follow ${w.collective(parent)}'s leaders on ${i.title}`
                : `would be outvoted on ${i.title} and will not follow ${w.collective(parent)}`;
        return {
            code: 'collective-will-not-follow',
            severity: 'warning',
            message: `${w.collective(vote.collective)} ${what}: ${listNames(why)}. `
                + `Pull the lever and nothing happens in its ${vote.practices.length === 1 ? 'practice' : `${vote.practices.length} practices`} `
                + `(${listNames(vote.practices.map(p => w.practice(p)))}). Build its trust, win its practices over, or decide by consensus.`,
            ...base(i),
            data: { member: vote.collective, parent, rule, practices: vote.practices, reasons: why }
        };
    });
}

function reasons(vote: MemberVote, parent: string, w: Words): string[] {
    const out: string[] = [];
    if (vote.outcome.proceeds !== true) {
        out.push(vote.outcome.rule === 'unknown'
            ? 'it states no decision rule of its own'
            : `its own decision does not carry (${vote.outcome.explanation.replace(/\.$/, '')})`);
    }
    return [...out, ...w.readinessReasons(vote.collective, parent, NO_MAJORITY_BELIEVES('its'))];
}
