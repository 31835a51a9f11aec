/**
 * DOMAIN.md item 19: a member collective that will not follow the collective
 * running an initiative. Pull the lever and nothing happens in its practices.
 */
import { type Words, base, round2 } from './finding-words.js';
import { membersNotFollowing } from './nested-vote.js';
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
    const t = w.trust(vote.collective, parent);
    if (!t || t.ready === null) {
        out.push(`there is no trust statement for it and ${w.collective(parent)}, so its readiness is unknown`);
    } else {
        if (t.clearsThreshold === false) {
            out.push(`its trust in ${w.collective(parent)} is ${round2(t.score ?? 0)}, below the threshold of ${w.threshold}`);
        }
        if (!t.believesAloneUnsustainable) {
            out.push('most of its practices do not believe going alone is unsustainable');
        }
    }
    return out;
}
