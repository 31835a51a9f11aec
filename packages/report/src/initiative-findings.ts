/**
 * Summary sentences about one initiative. Each verb follows the figure it
 * cites: "loses" only beside a negative benefit under the split it names,
 * "signable" only when every participant gains under the fair split, is
 * ready, and no group would do better alone.
 */
import { type AnalysisResult, type InitiativeAnalysis, type ParticipantShare, type PaymentInstruction, votingCollective, withinTwoStandardErrors } from '@autonomy/analysis';
import { joinNames } from '@autonomy/domain';
import type { FindingClaim, ReportFinding } from './document.js';
import { holdoutFindings, ownDefectionRisks } from './holdout-findings.js';
import { doubtful, nearZeroClaim, nearZeroWords, proposedSplit, readinessReason, refusalReason, standardError, trustFor } from './finding-reasons.js';
import { plural, ruleWords, type Wording } from './wording.js';

export type Draft = Omit<ReportFinding, 'rank'>;

/** Past this many, a sentence names a few practices and counts the rest. */
export const MAX_NAMED = 6;
/** Payments named in one sentence; beyond it, the largest three and the rest summed. */
const MAX_PAYMENTS_NAMED = 4;

export function initiativeDrafts(i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): Draft[] {
    return [
        ...lossMaking(i, words),
        ...losses(i, analysis, words),
        ...blockers(i, analysis, words),
        ...breakaway(i, words),
        ...defection(i, analysis, words),
        ...proceeds(i, words),
        ...stable(i, words)
    ];
}

function lossMaking(i: InitiativeAnalysis, words: Wording): Draft[] {
    if (!i.lossMaking) return [];
    const b = i.bestCoalition;
    // Above the exact limit only some groups are tried: no optimum is claimed (analysis best-coalition.ts).
    const alone = b && b.members.length === 1 ? { own: 'its own', save: 'saves' } : { own: 'their own', save: 'save' };
    const best = !b ? ''
        : b.value > 0
            ? b.exhaustive
                ? ` The most valuable group is ${words.names(b.members)} on ${alone.own}, saving ${words.money(b.value)} a year.`
                : ` Of the groups tried, ${words.names(b.members)} on ${alone.own} ${alone.save} the most, ${words.money(b.value)} a year; with ${i.participants.length} participants not every group is tried.`
            : b.exhaustive
                ? ' No group of its participants saves money with it.'
                : ` None of the groups tried saves money with it; with ${i.participants.length} participants not every group is tried.`;
    return [{
        kind: 'loss-making', severity: 'high', initiative: i.id, atStake: -i.netSaving,
        claims: [{ about: 'net-saving', initiative: i.id, amount: i.netSaving }],
        sentence: `${i.title} costs the group ${words.money(-i.netSaving)} a year more than it saves: `
            + `the shared service costs ${words.money(i.sharedCost)} against ${words.money(i.totalCurrentCost)} the practices spend today.${best}`
    }];
}

/** "A loses £1,200 a year and B loses £300": each loss with its figure, the rest counted. */
function lossList(shares: ParticipantShare[], split: 'charged' | 'fair', i: InitiativeAnalysis, words: Wording): { text: string; claims: FindingClaim[] } {
    const amount = (s: ParticipantShare): number => (split === 'fair' ? s.fairShare : s.realisedBenefit);
    const sorted = [...shares].sort((a, b) => amount(a) - amount(b));
    const named = sorted.length <= MAX_NAMED ? sorted : sorted.slice(0, MAX_NAMED - 1);
    // Above the exact limit a fair share is a Monte Carlo estimate: the loss is stated as one, with its standard error.
    const estimate = split === 'fair' && i.method === 'monte-carlo';
    const parts = named.map(s => estimate
        ? `${words.title(s.practice)} is estimated to lose ${words.money(-amount(s))}${standardError(s, words)} a year`
        : `${words.title(s.practice)} loses ${words.money(-amount(s))} a year`);
    const rest = sorted.slice(named.length);
    if (rest.length > 0) {
        parts.push(`${rest.length} other practices ${estimate ? 'are estimated to lose' : 'lose'} ${words.money(-rest.reduce((n, s) => n + amount(s), 0))} between them`);
    }
    return {
        text: joinNames(parts),
        claims: named.map(s => ({ about: 'benefit' as const, initiative: i.id, practice: s.practice, split, amount: amount(s) }))
    };
}

function paymentList(i: InitiativeAnalysis, words: Wording): { text: string; claims: FindingClaim[] } {
    const listed = namePayments(i.payments, words);
    return {
        text: listed.more > 0 ? `${listed.text} (every payment is listed with the split)` : listed.text,
        claims: listed.named.map(p => ({ about: 'payment' as const, initiative: i.id, from: p.from, to: p.to, amount: p.amount }))
    };
}

/**
 * "A pays B £900; C pays D £300 and 2 more payments totalling £150": the
 * largest first, so a payment left unnamed is never larger than one named.
 */
function namePayments(payments: readonly PaymentInstruction[], words: Wording): { text: string; named: PaymentInstruction[]; more: number } {
    const sorted = [...payments].sort((a, b) => b.amount - a.amount);
    const named = sorted.length <= MAX_PAYMENTS_NAMED ? sorted : sorted.slice(0, MAX_PAYMENTS_NAMED - 1);
    const rest = sorted.slice(named.length);
    const texts = named.map(p => `${words.title(p.from)} pays ${words.title(p.to)} ${words.money(p.amount)}`);
    const text = rest.length > 0
        ? `${texts.join('; ')} and ${rest.length} more payments totalling ${words.money(rest.reduce((n, p) => n + p.amount, 0))}`
        : joinSemicolon(texts);
    return { text, named, more: rest.length };
}

function losses(i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): Draft[] {
    if (i.lossMaking || i.payments.length === 0 && i.shares.every(s => s.realisedBenefit >= 0)) return [];
    const chargedLosers = i.shares.filter(s => s.realisedBenefit < 0);
    const payments = paymentList(i, words);
    if (chargedLosers.length === 0) {
        return [{
            kind: 'compensation', severity: 'low', initiative: i.id, atStake: 0,
            claims: [{ about: 'every-gains', initiative: i.id, split: 'charged' }, ...payments.claims],
            sentence: `Every participant already gains from ${i.title} as charged; moving to fair shares takes yearly payments: ${payments.text}.`
        }];
    }
    const lost = lossList(chargedLosers, 'charged', i, words);
    const head = `As charged, ${lost.text} on ${i.title}.`;
    const fairLosers = i.shares.filter(s => s.fairShare < 0);
    const proposal = i.sharing === 'fair' ? 'The proposed fair split' : 'A fair split (not yet proposed)';
    const claims: FindingClaim[] = [...lost.claims];
    let tail: string;
    if (fairLosers.length > 0) {
        const fairLost = lossList(fairLosers, 'fair', i, words);
        claims.push(...fairLost.claims);
        // An estimated fair share within two standard errors of zero may be a gain: "adds less than it costs" is then not settled.
        const near = i.method === 'monte-carlo' ? fairLosers.filter(s => withinTwoStandardErrors(s.fairShare, s.fairShareStandardError)) : [];
        const adds = `${plural(fairLosers.length, 'it adds', 'they add')} less than ${plural(fairLosers.length, 'it costs', 'they cost')} the group`;
        tail = near.length === 0
            ? ` Even under a fair split ${fairLost.text}: ${adds}.`
            : ` Even under a fair split ${fairLost.text}: on the estimates ${adds}, but the estimate${near.length === 1 ? '' : 's'} of ${someNames(near.map(x => x.practice), words)} `
                + `${plural(near.length, 'is', 'are')} within two standard errors of zero, so whether ${plural(near.length, 'it does', 'they do')} is uncertain.`;
        claims.push(...near.slice(0, MAX_NAMED).map(x => nearZeroClaim(i, x)));
    } else {
        claims.push({ about: 'every-gains', initiative: i.id, split: 'fair' }, ...payments.claims);
        const obstacle = signingObstacle(i, analysis, words);
        claims.push(...obstacle.claims);
        const paid = i.payments.length > 0 ? `, with yearly payments: ${payments.text}` : '';
        // A gain estimated within two standard errors of zero may be a loss: named, so "every participant" is not read as settled.
        const near = i.method === 'monte-carlo' ? i.shares.filter(s => withinTwoStandardErrors(s.fairShare, s.fairShareStandardError)) : [];
        claims.push(...near.slice(0, MAX_NAMED).map(x => nearZeroClaim(i, x)));
        const gives = i.method === 'monte-carlo'
            ? `is estimated to give every participant a gain (fair shares from ${words.count(i.samples ?? 0)} random orderings`
                + `${near.length > 0 ? `, though the estimate${near.length === 1 ? '' : 's'} of ${someNames(near.map(x => x.practice), words)} ${plural(near.length, 'is', 'are')} within two standard errors of zero` : ''})`
            : 'gives every participant a gain';
        tail = ` ${proposal} ${gives}${paid}${obstacle.text}.`;
    }
    const deal = dealClause(i, words);
    return [{
        kind: 'compensation', severity: 'high', initiative: i.id,
        atStake: -chargedLosers.reduce((n, s) => n + s.realisedBenefit, 0),
        claims: [...claims, ...deal.claims], sentence: head + tail + deal.text
    }];
}

/** The term sheet, when the analysis carries one: the least money that leaves no participant losing. */
function dealClause(i: InitiativeAnalysis, words: Wording): { text: string; claims: FindingClaim[] } {
    const deal = i.deal;
    if (deal?.status !== 'deal' || deal.payments.length === 0) return { text: '', claims: [] };
    const listed = namePayments(deal.payments, words);
    return {
        text: ` The deal moves ${words.money(deal.moneyMoved)} a year instead (${listed.text}), after which no participant loses (see The deal).`,
        claims: [{ about: 'deal', initiative: i.id, amount: deal.moneyMoved },
            ...listed.named.map(p => ({ about: 'deal-payment' as const, initiative: i.id, from: p.from, to: p.to, amount: p.amount }))]
    };
}

/**
 * What still stands between a fair split where everyone gains and a deal every participant signs.
 * "No group would do better alone" rests on fair.inCore === true; above the exact limit the groups are
 * not enumerated (inCore null), and the sentence says so rather than reading the gap as stability.
 */
function signingObstacle(i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): { text: string; claims: FindingClaim[] } {
    // Each practice's readiness towards the collective whose vote it takes part in (DOMAIN.md item 19), as the outcome reads it.
    const towards = (p: string): string | undefined => (i.collective ? votingCollective(i.outcome, p, i.collective) : undefined);
    const readiness = (p: string): boolean | null => trustFor(analysis, p, towards(p))?.ready ?? null;
    const practices = i.shares.map(s => s.practice);
    const notReady = practices.filter(p => readiness(p) === false);
    // No trust statement: counted as not ready by the prediction, but not known to be: the words say unknown.
    const unknown = practices.filter(p => readiness(p) === null);
    const breaks = i.fair.inCore === false && i.fair.mostViolated ? i.fair.mostViolated : undefined;
    const unchecked = i.fair.inCore === null;
    const allReady = notReady.length === 0 && unknown.length === 0;
    // Inside member collectives a practice's readiness is read towards the one it decides through, not towards every
    // collective it belongs to: the locality's readiness finding may say it is not ready to cede to another.
    const everyReady = i.outcome.memberVotes?.length ? 'every participant is ready to cede to the collective it decides through' : 'every participant is ready to cede';
    if (allReady && !breaks && !unchecked) {
        const signable = i.sharing === 'fair' ? 'so it is signable' : 'so it would be signable if proposed';
        return { text: `; ${everyReady} and no group would do better alone, ${signable}`, claims: [{ about: 'signable', initiative: i.id }] };
    }
    const n = i.participants.length;
    const notChecked = `whether some group would do better alone was not checked (${words.count(n)} participants are too many to test every group)`;
    const notCheckedClaim: FindingClaim = { about: 'not-checked', initiative: i.id, split: 'fair' };
    if (allReady && !breaks) {
        return { text: `; ${everyReady}, but ${notChecked}, so whether every participant signs is not known`, claims: [notCheckedClaim] };
    }
    const parts: string[] = [];
    const claims: FindingClaim[] = [];
    if (notReady.length > 0) {
        parts.push(`${someNames(notReady, words)} ${plural(notReady.length, 'is', 'are')} not ready to cede`);
    }
    if (unknown.length > 0) {
        parts.push(!i.collective
            ? 'no collective runs it, so no participant\'s readiness to cede is known'
            : unknown.length === 1
                ? `${words.title(unknown[0])}'s readiness to cede is unknown (no trust statement)`
                : `the readiness of ${someNames(unknown, words)} to cede is unknown (no trust statement)`);
    }
    for (const p of [...notReady, ...unknown].slice(0, MAX_NAMED)) claims.push(...readinessReason(p, towards(p), analysis, words).claims);
    if (breaks) {
        parts.push(`${words.names(breaks.members)} would still do ${words.money(breaks.excess)} a year better on their own`);
        claims.push({ about: 'breakaway', initiative: i.id, split: 'fair', members: breaks.members, excess: breaks.excess });
    }
    const tail = unchecked ? `; ${notChecked}` : '';
    if (unchecked) claims.push(notCheckedClaim);
    return { text: `; it is not yet a deal every participant signs: ${joinNames(parts)}${tail}`, claims };
}

function blockers(i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): Draft[] {
    if (i.outcome.rule !== 'consensus' || i.outcome.blockers.length === 0) return [];
    const named = i.outcome.blockers.length <= MAX_NAMED ? i.outcome.blockers : i.outcome.blockers.slice(0, MAX_NAMED - 1);
    // On estimates within two standard errors of zero the verdict, or a blocker, is not settled (outcome.uncertain).
    const open = i.outcome.proceedsUncertain === true;
    const claims: FindingClaim[] = [{ about: 'proceeds', initiative: i.id, proceeds: false, ...(open ? { uncertain: true } : {}) }];
    const said = (ids: string[]): string[] => ids.map(id => {
        const reason = refusalReason(id, i, analysis, words);
        claims.push({ about: 'blocks', initiative: i.id, practice: id, split: proposedSplit(i) }, ...reason.claims);
        return `${words.title(id)} (${reason.text})`;
    });
    const sure = said(named.filter(id => !doubtful(i, id)));
    const unsure = said(named.filter(id => doubtful(i, id)));
    const rest = i.outcome.blockers.length - named.length;
    const others = rest > 0 ? `${rest} other practices` : '';
    const split = `Under consensus and the ${proposedSplit(i)} split`;
    let sentence: string;
    if (open) {
        // The named blockers' reasons give their estimates already.
        const doubt = nearZeroWords(i, words, 3, new Set(named.filter(id => doubtful(i, id))));
        claims.push(...doubt.claims);
        sentence = `${split}, on the estimated fair shares, ${i.title} would not go ahead: ${joinSemicolon([...unsure, ...(others ? [others] : [])])} may block it; `
            + `but that is uncertain${doubt.text ? `, as ${doubt.text}` : ''}.`;
    } else {
        const firm = joinSemicolon([...sure, ...(others ? [others] : [])]);
        const maybe = unsure.length > 0 ? `${firm ? ', and on the estimated fair shares ' : ''}${joinSemicolon(unsure)} may ${firm ? 'too' : 'block it'}` : '';
        sentence = `${split}, ${i.title} will not go ahead: ${firm ? `${firm} would block it` : ''}${maybe}.`;
    }
    return [{ kind: 'blocker', severity: 'high', initiative: i.id, practice: i.outcome.blockers[0], atStake: Math.max(0, i.netSaving), claims, sentence }];
}

function breakaway(i: InitiativeAnalysis, words: Wording): Draft[] {
    const violated = i.charged.mostViolated;
    const emptyCore = !i.lossMaking && i.coreEmpty === true;
    if (i.lossMaking || (!emptyCore && (i.charged.inCore !== false || !violated))) return [];
    const claims: FindingClaim[] = [];
    const parts: string[] = [];
    if (i.charged.inCore === false && violated) {
        claims.push({ about: 'breakaway', initiative: i.id, split: 'charged', members: violated.members, excess: violated.excess });
        parts.push(`The charged split of ${i.title} is unstable: ${words.names(violated.members)} would do ${words.money(violated.excess)} a year better by breaking away.`);
    }
    const fair = i.fair.mostViolated;
    if (i.fair.inCore === false && fair) {
        claims.push({ about: 'breakaway', initiative: i.id, split: 'fair', members: fair.members, excess: fair.excess });
        parts.push(`Even the fair split leaves ${words.names(fair.members)} ${words.money(fair.excess)} a year better off on their own.`);
    }
    if (emptyCore) {
        claims.push({ about: 'core-empty', initiative: i.id });
        parts.push(`No split of ${i.title} at all keeps every group on board (the core is empty): expect a breakaway unless the shared cost falls.`);
    }
    return [{
        kind: emptyCore ? 'core-empty' : 'unstable', severity: emptyCore ? 'high' : 'medium', initiative: i.id,
        atStake: emptyCore ? Math.max(0, i.netSaving) : violated?.excess ?? 0, claims, sentence: parts.join(' ')
    }];
}

function defection(i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): Draft[] {
    // Item 19: practices held back by their member collective are named in its own sentence (holdout-findings.ts).
    const risks = ownDefectionRisks(i);
    if (risks.length === 0) return holdoutFindings(i, words);
    const named = risks.length <= MAX_NAMED ? risks : risks.slice(0, MAX_NAMED - 1);
    const open = i.outcome.proceedsUncertain === true;
    const claims: FindingClaim[] = [{ about: 'proceeds', initiative: i.id, proceeds: true, ...(open ? { uncertain: true } : {}) }];
    const reasons = named.map(id => {
        const reason = refusalReason(id, i, analysis, words);
        claims.push({ about: 'defection-risk', initiative: i.id, practice: id }, ...reason.claims);
        return `${words.title(id)} (${reason.text})`;
    });
    const rest = risks.length - named.length;
    if (rest > 0) reasons.push(`${rest} other practices`);
    const doubt = open ? nearZeroWords(i, words) : { text: '', claims: [] };
    claims.push(...doubt.claims);
    const sentence = open
        ? `On the estimated fair shares ${i.title} would go ahead by ${ruleWords(i.outcome.rule)}, but whether it does is uncertain${doubt.text ? ` (${doubt.text})` : ''}; `
            + `if it does, ${joinSemicolon(reasons)} may go rogue.`
        : `${i.title} goes ahead by ${ruleWords(i.outcome.rule)}, but ${joinSemicolon(reasons)} may go rogue.`;
    return [...holdoutFindings(i, words), {
        kind: 'defection', severity: 'medium', initiative: i.id, atStake: Math.max(0, i.netSaving), claims, sentence
    }];
}

function proceeds(i: InitiativeAnalysis, words: Wording): Draft[] {
    if (i.outcome.proceeds !== true) return [];
    const everyone = i.outcome.agree.length === i.participants.length && i.participants.length > MAX_NAMED;
    const who = everyone
        ? `all ${i.participants.length} participants agree`
        : `${someNames(i.outcome.agree, words)} ${plural(i.outcome.agree.length, 'agrees', 'agree')}`;
    // Agreement that rests on estimates within two standard errors of zero is said to, and a verdict it could change is not stated.
    const open = i.outcome.proceedsUncertain === true;
    const doubt = i.outcome.agree.some(p => doubtful(i, p)) || open ? nearZeroWords(i, words) : { text: '', claims: [] };
    const sentence = open
        ? `On the estimated fair shares ${i.title} would go ahead under ${ruleWords(i.outcome.rule)} (${who}), but whether it does is uncertain`
            + `${doubt.text ? `: ${doubt.text}` : ''}.`
        : `${i.title} goes ahead under ${ruleWords(i.outcome.rule)}: ${who}${doubt.text ? ` on the estimated fair shares (${doubt.text})` : ''}.`;
    return [{
        kind: 'proceeds', severity: 'low', initiative: i.id, atStake: Math.max(0, i.netSaving),
        claims: [{ about: 'proceeds', initiative: i.id, proceeds: true, ...(open ? { uncertain: true } : {}) }, ...doubt.claims],
        sentence
    }];
}

function stable(i: InitiativeAnalysis, words: Wording): Draft[] {
    const split = i.sharing === 'fair' ? 'fair' : 'charged';
    if (i.lossMaking || i[split].inCore !== true) return [];
    const n = i.participants.length;
    return [{
        kind: 'stable', severity: 'low', initiative: i.id, atStake: 0,
        claims: [{ about: 'stable', initiative: i.id, split }],
        sentence: `The proposed ${split} split of ${i.title} is stable: no group of its ${words.count(n)} ${plural(n, 'participant', 'participants')} would do better by breaking away.`
    }];
}

/** "A, B, C, D, E and 40 other practices": a sentence stays readable in a big federation. */
export function someNames(ids: readonly string[], words: Wording): string {
    if (ids.length <= MAX_NAMED) return words.names(ids);
    const rest = ids.length - (MAX_NAMED - 1);
    return joinNames([...ids.slice(0, MAX_NAMED - 1).map(id => words.title(id)), `${rest} other practices`]);
}

function joinSemicolon(parts: readonly string[]): string {
    if (parts.length <= 1) return parts[0] ?? '';
    return `${parts.slice(0, -1).join('; ')} and ${parts[parts.length - 1]}`;
}
