/**
 * Summary sentences for DOMAIN.md item 19: a member collective that will not
 * follow the collective running an initiative takes all its practices with
 * it, whether or not they would gain. Their names must not go into a
 * sentence about practices that lose.
 */
import { countedElsewhereSentence, type InitiativeAnalysis, type MemberVote, membersNotFollowing, NO_MAJORITY_BELIEVES, type PartnerAnalysis } from '@autonomy/analysis';
import type { ReportFinding } from './document.js';
import type { Wording } from './wording.js';

/**
 * One sentence per member collective that will not follow a vote or a
 * delegated decision (under consensus the blockers' sentence names it).
 */
export function holdoutFindings(i: InitiativeAnalysis, words: Wording): Omit<ReportFinding, 'rank'>[] {
    if (!i.collective) return [];
    return membersNotFollowing(i.outcome, i.collective).filter(m => m.rule !== 'consensus').map(({ vote, parent, uncertain, practices, countedElsewhere }) => {
        // Its own decision, or whether the vote it takes part in carries, may rest on estimates within two standard errors of zero.
        const doubt = uncertain !== undefined;
        // A practice it shares with a member listed before it goes with that one, which may agree: named apart (nested-vote.ts).
        const elsewhere = countedElsewhereSentence(countedElsewhere, words.title(vote.collective), id => words.title(id));
        return {
            kind: 'defection',
            severity: 'medium',
            initiative: i.id,
            atStake: Math.max(0, i.netSaving),
            claims: [{ about: 'not-following', initiative: i.id, collective: vote.collective, parent }],
            sentence: `${words.title(vote.collective)} ${doubt ? 'may not follow' : 'will not follow'} ${words.title(parent)} on ${i.title} `
                + `(${why(vote)}${doubt ? '; on estimated fair shares within two standard errors of zero, so this is uncertain' : ''}), `
                + (practices.length > 0 ? `so nothing ${doubt ? 'may happen' : 'happens'} in ${words.names(practices)}.` : 'though no practice is counted with it.')
                + (elsewhere ? ` ${elsewhere}` : '')
        };
    });
}

/** The defection risks that are a practice's own, not those of a member collective that will not follow. */
export function ownDefectionRisks(i: InitiativeAnalysis): string[] {
    if (!i.collective) return i.outcome.defectionRisks;
    const held = new Set(membersNotFollowing(i.outcome, i.collective).flatMap(m => m.practices));
    return i.outcome.defectionRisks.filter(p => !held.has(p));
}

function why(vote: MemberVote): string {
    if (vote.ready === true) return vote.outcome.proceedsUncertain ? 'its own decision would not carry on the estimated fair shares' : 'its own decision does not carry';
    if (vote.clearsThreshold === null) return 'its readiness is unknown: there is no statement of its trust';
    if (vote.clearsThreshold === false) return 'its trust is below the threshold';
    return NO_MAJORITY_BELIEVES('its');
}

/**
 * " Effectively about 14 (300,000 patients / units of 21,500 on average): ..." when fewer practices
 * follow their collective than the nominal figure assumes; worded as the nominal figure is, so the
 * two can be compared.
 */
export function effectiveClause(p: PartnerAnalysis, words: Wording): string {
    if (p.effective.units === p.after.units) return '';
    return ` Effectively ${words.relationships(p.population, p.effective)}: a collective speaks only for the practices whose trust in it reaches the threshold, `
        + `which leaves ${words.count(p.effective.units)} units rather than ${words.count(p.after.units)}.`;
}
