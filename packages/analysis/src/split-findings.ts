/**
 * Findings about how an initiative's money is split: a loss for the whole
 * group, a participant's uncompensated loss, a charged split outside the core,
 * and fair shares that are only estimated.
 */
import { type Words, base } from './finding-words.js';
import { type AnalysisFinding, type InitiativeAnalysis, type ParticipantShare, type PaymentInstruction, withinTwoStandardErrors } from './result.js';
import { formatCount, listNames } from '@autonomy/domain';

export function lossMaking(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    if (!i.lossMaking) {
        return [];
    }
    const best = i.bestCoalition ?? { members: [], value: 0, exhaustive: false };
    // Above the exact limit only some coalitions are tried (best-coalition.ts): the words say so, and claim no optimum.
    const tried = best.exhaustive ? '' : ` (with ${i.participants.length} participants not every coalition is tried)`;
    const fix = best.value > 0
        ? best.exhaustive
            ? ` The most valuable coalition is ${w.coalition(best.members)}, which saves ${w.money(best.value)} a year: run it with those practices only, or cut the shared cost.`
            : ` Of the coalitions tried${tried}, ${w.coalition(best.members)} saves the most, ${w.money(best.value)} a year: run it with those practices only, or cut the shared cost.`
        : best.exhaustive
            ? ' No coalition of its participants saves money: cut the shared cost or drop the initiative.'
            : ` None of the coalitions tried saves money${tried}: cut the shared cost or drop the initiative.`;
    return [{
        code: 'loss-making-initiative',
        severity: 'warning',
        message: `${i.title} costs the group ${w.money(-i.netSaving)} a year more than it saves `
            + `(shared cost ${w.money(i.sharedCost)} against current costs of ${w.money(i.totalCurrentCost)}).${fix}`,
        ...base(i),
        data: { netSaving: i.netSaving, sharedCost: i.sharedCost, totalCurrentCost: i.totalCurrentCost, bestCoalition: best }
    }];
}

export function uncompensatedLosses(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    if (i.lossMaking) {
        return [];
    }
    const losers = i.shares.filter(s => s.benefitUnderRule < 0);
    const paymentsTo = new Map(losers.map(s => [s.practice, [] as PaymentInstruction[]]));
    for (const p of i.payments) {
        paymentsTo.get(p.to)?.push(p);
    }
    return losers.map(s => {
        const transfers = paymentsTo.get(s.practice)!;
        const who = w.practice(s.practice);
        let message: string;
        if (i.sharing === 'fair') {
            message = i.method === 'monte-carlo'
                ? estimatedNegativeShare(i, s, who, w)
                : `${who}'s fair share of ${i.title} is ${w.money(s.fairShare)}: it adds less than it costs the group. `
                    + `Consider running the initiative without it.`;
        } else {
            const fix = transfers.map(p => `compensation ${p.from} pays ${p.to} ${w.money(p.amount)} per year`).join('", "');
            const payers = listNames(transfers.map(p => `${w.practice(p.from)} pays ${w.money(p.amount)}`));
            message = `${who} loses ${w.money(-s.benefitUnderRule)} a year under the charged split of ${i.title}, with no compensation. `
                + (transfers.length > 0
                    ? `Its fair share is ${i.method === 'monte-carlo' ? 'estimated at ' : ''}${w.money(s.fairShare)}: fix it with a transfer (${payers} to ${who}): add "${fix}", or "share fairly".`
                    : `Add compensation of at least ${w.money(-s.benefitUnderRule)} a year, or "share fairly".`);
        }
        return {
            code: 'uncompensated-loss' as const,
            severity: 'warning' as const,
            message,
            ...base(i),
            practice: s.practice,
            data: {
                loss: -s.benefitUnderRule,
                fairShare: s.fairShare,
                compensation: s.compensation,
                transfers,
                ...(transfers[0] ? { transfer: transfers[0] } : {})
            }
        };
    });
}

/**
 * A negative fair share estimated by Monte Carlo: its sign, which decides whether the practice adds
 * less than it costs, is a claim only when the estimate is more than two standard errors below zero
 * (about 98% one-sided); nearer zero the words say the estimate cannot tell.
 */
function estimatedNegativeShare(i: InitiativeAnalysis, s: ParticipantShare, who: string, w: Words): string {
    const se = s.fairShareStandardError ?? 0;
    const estimate = `${who}'s fair share of ${i.title} is estimated at ${w.money(s.fairShare)} `
        + `(standard error ${w.money(se)}, from ${formatCount(i.samples ?? 0)} random orderings)`;
    return clearlyNegative(s)
        ? `${estimate}: it most likely adds less than it costs the group. Consider running the initiative without it.`
        : `${estimate}, too close to zero to tell whether it adds less than it costs the group. `
            + 'Raise the exact limit or the number of orderings before leaving it out.';
}

/** An estimated fair share more than two standard errors below zero (an exact one: below zero). */
function clearlyNegative(s: Pick<ParticipantShare, 'fairShare' | 'fairShareStandardError'>): boolean {
    return s.fairShare < 0 && !withinTwoStandardErrors(s.fairShare, s.fairShareStandardError);
}

// The stable split is quoted only here; quotedByFindings (initiative.ts) must name the same cases.
export function chargedOutsideCore(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    const v = i.charged.mostViolated;
    if (i.lossMaking || i.charged.inCore !== false || !v) {
        return [];
    }
    const fairIsStable = i.fair.inCore === true;
    const remedy = fairIsStable && i.sharing === 'fair'
        ? 'The initiative is shared fairly and the fair split is stable: make the compensation payments so the charged split is not what happens.'
        : fairIsStable
            ? 'Share fairly (the fair split is stable) or compensate them.'
            : unstableFairRemedy(i);
    const alone = v.members.length === 1;
    const who = alone ? w.practice(v.members[0]) : w.coalition(v.members);
    const better = v.value <= 0 ? 'staying out' : alone ? 'alone' : 'breaking away';
    const detail = v.value <= 0
        ? `the split leaves ${alone ? 'it' : 'them'} ${w.money(v.allocated)}`
        : `${alone ? 'alone it saves' : 'together they could save'} ${w.money(v.value)}; the split leaves ${alone ? 'it' : 'them'} ${w.money(v.allocated)}`;
    return [{
        code: 'charged-split-outside-core',
        severity: i.sharing === 'as-charged' ? 'warning' : 'info',
        message: `Under the charged split of ${i.title}, ${who} would be ${w.money(v.excess)} a year better off ${better} (${detail}). ${remedy}`,
        ...base(i),
        data: { coalition: v.members, gain: v.excess, value: v.value, allocated: v.allocated }
    }];
}

/**
 * What to do when the fair split is not stable either, in words that claim no more than the least
 * core showed: "no split is stable" needs an empty core, and a split is named only once computed.
 * Above the stable-split limit (the editor's is 8 participants) the question is left open.
 */
function unstableFairRemedy(i: InitiativeAnalysis): string {
    if (i.coreEmpty === true) {
        return 'No split of this initiative is stable: expect a breakaway unless the shared cost falls.';
    }
    if (i.coreEmpty === false) {
        return i.stableSplitMethod
            ? `The fair split is not stable either; the ${i.stableSplitMethod} split is: share by it or compensate them.`
            : 'The fair split is not stable either, though some split is (the core is not empty): compensate them.';
    }
    const why = i.stableSplit.reason ? ` (${i.stableSplit.reason})` : '';
    return `The fair split is not stable either, and whether any split is was not worked out${why}: compensate them.`;
}

export function estimated(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    if (i.method !== 'monte-carlo') {
        return [];
    }
    const worst = Math.max(0, ...i.shares.map(s => s.fairShareStandardError ?? 0));
    return [{
        code: 'estimated-fair-share',
        severity: 'info',
        message: `${i.title} has ${i.participants.length} participants, too many for exact fair shares: they are estimated from ${formatCount(i.samples ?? 0)} random orderings `
            + `(seed ${i.seed}), with a standard error of at most ${w.money(worst)} each. Fewer participants, or a higher exact limit, gives exact figures.`,
        ...base(i),
        data: { samples: i.samples, seed: i.seed, maxStandardError: worst }
    }];
}
