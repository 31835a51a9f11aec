/**
 * Why a participant refuses or may defect, in words and in the figures the
 * words rest on. The analysis says who blocks; its figures say why, and a
 * sentence may only give a reason a figure supports.
 */
import { type AnalysisResult, benefitIsEstimated, benefitSignUncertain, type InitiativeAnalysis, membersNotFollowing, type ParticipantShare, type TrustAnalysis, votingCollective } from '@autonomy/analysis';
import type { FindingClaim } from './document.js';
import { joinNames } from '@autonomy/domain';
import type { Wording } from './wording.js';

export interface Reason {
    text: string;
    claims: FindingClaim[];
}

export function trustFor(analysis: AnalysisResult, practice: string, collective: string | undefined): TrustAnalysis | undefined {
    return collective ? analysis.trust.find(t => t.practice === practice && t.collective === collective) : undefined;
}

/** The split a participant's benefit is read under when the initiative follows its proposed rule. */
export function proposedSplit(i: InitiativeAnalysis): 'charged' | 'fair' {
    return i.sharing === 'fair' && !i.lossMaking ? 'fair' : 'charged';
}

export function refusalReason(practice: string, i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): Reason {
    const texts: string[] = [];
    const claims: FindingClaim[] = [];
    const share = i.shares.find(s => s.practice === practice);
    if (share && share.benefitUnderRule < 0) {
        const split = proposedSplit(i);
        // A fair share above the exact limit is a Monte Carlo estimate, and says so.
        const amount = benefitIsEstimated(i)
            ? `an estimated ${words.money(-share.benefitUnderRule)}${standardError(share, words)} a year`
            : `${words.money(-share.benefitUnderRule)} a year`;
        // Within two standard errors of zero the loss may be a gain: said beside the figure, which the verdict rests on.
        const near = benefitSignUncertain(i, share);
        texts.push(`it would lose ${amount} under the ${split === 'fair' ? 'fair' : 'charged'} split${near ? ', within two standard errors of zero' : ''}`);
        claims.push({ about: 'benefit', initiative: i.id, practice, split, amount: share.benefitUnderRule }, ...(near ? [nearZeroClaim(i, share)] : []));
    }
    // Item 19: inside a member collective the practice decides through it; one that will not follow takes its practices with it.
    // Not one it shares with a member listed before it: that one decides its place (nested-vote.ts).
    const holdout = i.collective ? membersNotFollowing(i.outcome, i.collective).find(m => m.practices.includes(practice)) : undefined;
    if (holdout) {
        texts.push(`${words.title(holdout.vote.collective)}, which it belongs to, ${holdout.uncertain ? 'may not follow' : 'will not follow'} ${words.title(holdout.parent)}`
            + (holdout.uncertain ? ', on estimated fair shares within two standard errors of zero' : ''));
        claims.push({ about: 'not-following', initiative: i.id, collective: holdout.vote.collective, parent: holdout.parent });
    }
    const readiness = readinessReason(practice, votingCollective(i.outcome, practice, i.collective), analysis, words);
    texts.push(...readiness.texts);
    claims.push(...readiness.claims);
    return { text: texts.length > 0 ? texts.join('; ') : 'it does not agree', claims };
}

/** The figure that makes "uncertain" true: a benefit estimated within two standard errors of zero. */
export function nearZeroClaim(i: InitiativeAnalysis, s: ParticipantShare): FindingClaim {
    return { about: 'near-zero', initiative: i.id, practice: s.practice, amount: s.fairShare, standardError: s.fairShareStandardError ?? 0 };
}

/** Whether a participant's agreement is uncertain (outcome.uncertain): its estimate, or its member collective's decision. */
export function doubtful(i: InitiativeAnalysis, practice: string): boolean {
    return i.outcome.uncertain?.includes(practice) ?? false;
}

/**
 * "Practice P1's estimated fair share, -£76.36 ± £114.13 a year, is within two standard errors of zero" for the participants
 * whose own estimate makes their agreement uncertain, a few named; with the claims it rests on. Empty when none.
 */
/** `said`: practices whose figures the sentence already gives (a blocker's reason): not repeated; empty text when that leaves none. */
export function nearZeroWords(i: InitiativeAnalysis, words: Wording, limit = 3, said: ReadonlySet<string> = new Set()): Reason {
    const all = i.shares.filter(s => doubtful(i, s.practice) && benefitSignUncertain(i, s));
    const near = all.filter(s => !said.has(s.practice));
    if (all.length > 0 && near.length === 0) return { text: '', claims: [] };
    // Doubt that reaches no participant's own estimate here comes through a member collective's own decision.
    if (near.length === 0) return { text: 'it rests on estimated fair shares within two standard errors of zero', claims: [] };
    const named = near.length <= limit + 1 ? near : near.slice(0, limit);
    const at = (s: ParticipantShare): string => `${words.signedMoney(s.benefitUnderRule)}${standardError(s, words)} a year`;
    const rest = near.length - named.length;
    // No brackets: these words often sit inside a reason in brackets.
    const text = near.length === 1
        ? `${words.title(near[0].practice)}'s estimated fair share, ${at(near[0])}, is within two standard errors of zero`
        : `the estimated fair shares of ${joinNames([...named.map(s => `${words.title(s.practice)} at ${at(s)}`), ...(rest > 0 ? [`${rest} more`] : [])])} are within two standard errors of zero`;
    return {
        text,
        claims: named.map(s => nearZeroClaim(i, s))
    };
}

/** " ± £25" after a Monte Carlo fair share; nothing when it is exact. */
export function standardError(s: ParticipantShare, words: Wording): string {
    return s.fairShareStandardError === undefined ? '' : ` ± ${words.money(s.fairShareStandardError)}`;
}

/** Low trust, no shared belief, or no trust statement at all. */
export function readinessReason(practice: string, collective: string | undefined, analysis: AnalysisResult, words: Wording): { texts: string[]; claims: FindingClaim[] } {
    const texts: string[] = [];
    const claims: FindingClaim[] = [];
    const trust = trustFor(analysis, practice, collective);
    if (!trust || trust.ready === null) {
        texts.push(`its readiness is unknown: no trust statement${collective ? ` for ${words.title(collective)}` : ''}`);
        if (collective) claims.push({ about: 'readiness-unknown', practice, collective });
        return { texts, claims };
    }
    if (trust.clearsThreshold === false && trust.score !== null) {
        texts.push(`its trust in ${words.title(trust.collective)} scores ${trust.score.toFixed(2)}, below the threshold of ${analysis.settings.trustThreshold}`);
        claims.push({ about: 'trust-below', practice, collective: trust.collective, score: trust.score });
    }
    if (!trust.ready && !trust.believesAloneUnsustainable) {
        texts.push('its partners do not believe going alone is unsustainable');
        claims.push({ about: 'not-believing', practice, collective: trust.collective });
    }
    return { texts, claims };
}

/** Kept for the initiatives section: the reason as words only. */
export function blockReason(practice: string, i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): string {
    return refusalReason(practice, i, analysis, words).text;
}
