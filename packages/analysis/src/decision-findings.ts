/** Findings about the predicted decision: blockers under consensus, defection risks under a vote or delegation. */
import { type Words, base } from './finding-words.js';
import { membersNotFollowing, votingCollective } from './nested-vote.js';
import { type AnalysisFinding, type InitiativeAnalysis, type InitiativeOutcome, benefitIsEstimated } from './result.js';
import { listNames } from '@autonomy/domain';

function reasons(i: InitiativeAnalysis, practice: string, benefit: Map<string, number>, w: Words): string[] {
    const out: string[] = [];
    const b = benefit.get(practice) ?? 0;
    if (b < 0) {
        // Shared fairly above the exact limit, the benefit is a Monte Carlo estimate: said so, with its standard error.
        const se = benefitIsEstimated(i) ? i.shares.find(s => s.practice === practice)?.fairShareStandardError : undefined;
        out.push(se === undefined
            ? `it loses ${w.money(-b)} a year under the proposed split`
            : `it loses an estimated ${w.money(-b)} a year under the proposed split (standard error ${w.money(se)})`);
    }
    // Item 19: inside a member collective, a practice's readiness is towards the collective whose vote it takes part in.
    const collective = votingCollective(i.outcome, practice, i.collective);
    return [...out, ...w.readinessReasons(practice, collective, 'its partners do not believe going alone is unsustainable')];
}

/**
 * What an estimate within two standard errors of zero leaves open: the practice's own agreement ('own': its
 * benefit is such an estimate), or whether the decision carries at all ('vote': others' are).
 */
export type Doubt = 'own' | 'vote';

const DOUBT_WORDS: Readonly<Record<Doubt, string>> = {
    own: 'Its estimated benefit is within two standard errors of zero, so whether it would agree is uncertain: raise the exact limit or the number of orderings to tell.',
    vote: 'The decision carries only on estimated fair shares within two standard errors of zero, so whether it carries is uncertain: raise the exact limit or the number of orderings to tell.'
};

/** `where` names the initiative, or several when one cause is stated once for all of them (finding-causes.ts). */
export function blockerMessage(w: Words, practice: string, why: readonly string[], where: string, doubt?: Doubt): string {
    return doubt
        ? `${w.practice(practice)} may block ${where} under consensus on the estimated fair shares: ${listNames(why)}. ${DOUBT_WORDS[doubt]} `
            + 'If it does block, compensate it, build its trust, or leave it out.'
        : `${w.practice(practice)} is predicted to block ${where} under consensus: ${listNames(why)}. `
            + 'Compensate it, build its trust, or leave it out.';
}

/** The initiatives (one or several) whose decision a practice may go rogue on, for the same reasons. */
export function defectionMessage(w: Words, practice: string, rule: InitiativeOutcome['rule'], runBy: string | undefined,
    why: readonly string[], titles: readonly string[], doubt?: Doubt): string {
    // Under delegation the risk is trust; with no trust statement the trust is unknown, not low.
    const trustKnown = w.trust(practice, runBy)?.clearsThreshold === false;
    const how = rule === 'delegated'
        ? trustKnown ? 'delegated to leaders it does not trust enough' : 'delegated to leaders whose trust it has not stated'
        : doubt ? 'taken by a vote it would lose on the estimated fair shares' : 'taken by a vote it would lose';
    const decision = titles.length === 1 ? `${titles[0]}, a decision ${how}` : `${listNames(titles)}, decisions ${how}`;
    return `${w.practice(practice)} may go rogue on ${decision}` + (why.length > 0 ? `: ${listNames(why)}. ` : '. ')
        + (doubt ? `${DOUBT_WORDS[doubt]} ` : '')
        + 'Decide by consensus, or compensate it and build its trust first.';
}

export function outcomeFindings(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    const out: AnalysisFinding[] = [];
    const benefit = new Map(i.shares.map(s => [s.practice, s.benefitUnderRule]));
    const rule = i.outcome.rule;
    // Practices of a member collective that will not follow: its own finding (collective-findings.ts) speaks for them. Not one
    // it shares with a member listed before it: that one decides its place, and may leave it a blocker or risk of its own.
    const covered = new Set(i.collective ? membersNotFollowing(i.outcome, i.collective).flatMap(m => m.practices) : []);
    const doubtful = new Set(i.outcome.uncertain ?? []);
    for (const practice of i.outcome.blockers.filter(p => !covered.has(p))) {
        const why = reasons(i, practice, benefit, w);
        // A blocker whose loss is an estimate within two standard errors of zero may as well agree (outcome.uncertain).
        const doubt: Doubt | undefined = doubtful.has(practice) ? 'own' : undefined;
        out.push({
            code: 'predicted-blocker',
            severity: 'warning',
            message: blockerMessage(w, practice, why, i.title, doubt),
            ...base(i),
            practice,
            data: { rule, reasons: why, ...(doubt ? { uncertain: doubt } : {}) }
        });
    }
    for (const practice of i.outcome.defectionRisks.filter(p => !covered.has(p))) {
        const why = reasons(i, practice, benefit, w);
        // Item 19: a practice outvoted inside a member collective that follows is at risk under that collective's rule, not the running one's.
        const decidedBy = votingCollective(i.outcome, practice, i.collective);
        const inner = decidedBy !== i.collective ? i.outcome.memberVotes?.find(v => v.collective === decidedBy) : undefined;
        const itsRule = inner ? inner.outcome.rule : rule;
        // Outvoted only if it votes against and the vote carries: either may rest on estimates within two standard errors of zero.
        const doubt: Doubt | undefined = itsRule === 'delegated' ? undefined
            : doubtful.has(practice) ? 'own'
                : i.outcome.proceedsUncertain || inner?.outcome.proceedsUncertain ? 'vote' : undefined;
        out.push({
            code: 'defection-risk',
            severity: 'warning',
            message: defectionMessage(w, practice, itsRule, decidedBy, why, [i.title], doubt),
            ...base(i),
            practice,
            data: { rule: itsRule, reasons: why, ...(inner ? { collective: inner.collective } : {}), ...(doubt ? { uncertain: doubt } : {}) }
        });
    }
    return out;
}
