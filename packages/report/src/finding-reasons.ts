/**
 * Why a participant refuses or may defect, in words and in the figures the
 * words rest on. The analysis says who blocks; its figures say why, and a
 * sentence may only give a reason a figure supports.
 */
import { type AnalysisResult, benefitIsEstimated, type InitiativeAnalysis, membersNotFollowing, type ParticipantShare, type TrustAnalysis, votingCollective } from '@autonomy/analysis';
import type { FindingClaim } from './document.js';
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
        texts.push(`it would lose ${amount} under the ${split === 'fair' ? 'fair' : 'charged'} split`);
        claims.push({ about: 'benefit', initiative: i.id, practice, split, amount: share.benefitUnderRule });
    }
    // Item 19: inside a member collective the practice decides through it; one that will not follow takes its practices with it.
    const holdout = i.collective ? membersNotFollowing(i.outcome, i.collective).find(m => m.vote.practices.includes(practice)) : undefined;
    if (holdout) {
        texts.push(`${words.title(holdout.vote.collective)}, which it belongs to, will not follow ${words.title(holdout.parent)}`);
        claims.push({ about: 'not-following', initiative: i.id, collective: holdout.vote.collective, parent: holdout.parent });
    }
    const readiness = readinessReason(practice, votingCollective(i.outcome, practice, i.collective), analysis, words);
    texts.push(...readiness.texts);
    claims.push(...readiness.claims);
    return { text: texts.length > 0 ? texts.join('; ') : 'it does not agree', claims };
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
