/**
 * The analysis-based findings of DOMAIN.md ("What the language server must
 * flag"). Each says what is wrong in plain words, with display titles and
 * money, and how to fix it; `data` carries what a quick fix needs. The shapes
 * of `data` are listed in docs/formulas.md.
 */
import { formatMoney } from '@autonomy/domain';
import type { AnalysisFinding, AnalysisResult, InitiativeAnalysis, PaymentInstruction, TrustAnalysis } from './result.js';
import type { CleanModel } from './sanitise.js';
import { coalitionNames, listNames } from './wording.js';

export function analysisFindings(model: CleanModel, result: AnalysisResult): AnalysisFinding[] {
    const words = new Words(model, result.trust);
    const findings: AnalysisFinding[] = [];
    for (const initiative of result.initiatives) {
        findings.push(
            ...lossMaking(initiative, words),
            ...uncompensatedLosses(initiative, words),
            ...chargedOutsideCore(initiative, words),
            ...outcomeFindings(initiative, words),
            ...cessionFindings(initiative, model, words),
            ...estimated(initiative, words)
        );
    }
    return findings;
}

class Words {
    private readonly trustByPair: Map<string, TrustAnalysis>;
    constructor(private readonly model: CleanModel, trust: TrustAnalysis[]) {
        this.trustByPair = new Map(trust.map(t => [`${t.practice}\u0000${t.collective}`, t]));
    }
    trust(practice: string, collective: string | undefined): TrustAnalysis | undefined {
        return collective ? this.trustByPair.get(`${practice}\u0000${collective}`) : undefined;
    }
    money(minor: number): string {
        return formatMoney(minor, this.model.settings.currency);
    }
    practice(id: string): string {
        return this.model.practiceById.get(id)?.title ?? id;
    }
    collective(id: string | undefined): string {
        return (id && this.model.collectiveById.get(id)?.title) || 'its collective';
    }
    coalition(ids: string[]): string {
        return coalitionNames(ids.map(id => this.practice(id)));
    }
    get threshold(): number {
        return this.model.settings.trustThreshold;
    }
}

function base(initiative: InitiativeAnalysis): Pick<AnalysisFinding, 'initiative' | 'collective'> {
    return initiative.collective ? { initiative: initiative.id, collective: initiative.collective } : { initiative: initiative.id };
}

function lossMaking(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    if (!i.lossMaking) {
        return [];
    }
    const best = i.bestCoalition ?? { members: [], value: 0 };
    const fix = best.value > 0
        ? ` The most valuable coalition is ${w.coalition(best.members)}, which saves ${w.money(best.value)} a year: run it with those practices only, or cut the shared cost.`
        : ' No coalition of its participants saves money: cut the shared cost or drop the initiative.';
    return [{
        code: 'loss-making-initiative',
        severity: 'warning',
        message: `${i.title} costs the group ${w.money(-i.netSaving)} a year more than it saves `
            + `(shared cost ${w.money(i.sharedCost)} against current costs of ${w.money(i.totalCurrentCost)}).${fix}`,
        ...base(i),
        data: { netSaving: i.netSaving, sharedCost: i.sharedCost, totalCurrentCost: i.totalCurrentCost, bestCoalition: best }
    }];
}

function uncompensatedLosses(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
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
            message = `${who}'s fair share of ${i.title} is ${w.money(s.fairShare)}: it adds less than it costs the group. `
                + `Consider running the initiative without it.`;
        } else {
            const fix = transfers.map(p => `compensation ${p.from} pays ${p.to} ${w.money(p.amount)} per year`).join('", "');
            const payers = listNames(transfers.map(p => `${w.practice(p.from)} pays ${w.money(p.amount)}`));
            message = `${who} loses ${w.money(-s.benefitUnderRule)} a year under the charged split of ${i.title}, with no compensation. `
                + (transfers.length > 0
                    ? `Its fair share is ${w.money(s.fairShare)}: fix it with a transfer (${payers} to ${who}): add "${fix}", or "share fairly".`
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

function chargedOutsideCore(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    const v = i.charged.mostViolated;
    if (i.lossMaking || i.charged.inCore !== false || !v) {
        return [];
    }
    const fairIsStable = i.fair.inCore === true;
    const remedy = fairIsStable && i.sharing === 'fair'
        ? 'The initiative is shared fairly and the fair split is stable: make the compensation payments so the charged split is not what happens.'
        : fairIsStable
            ? 'Share fairly (the fair split is stable) or compensate them.'
            : i.coreEmpty === false && i.stableSplitMethod
                ? `The fair split is not stable either; the ${i.stableSplitMethod} split is: share by it or compensate them.`
                : 'No split of this initiative is stable: expect a breakaway unless the shared cost falls.';
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

function reasons(i: InitiativeAnalysis, practice: string, benefit: Map<string, number>, w: Words): string[] {
    const out: string[] = [];
    const b = benefit.get(practice) ?? 0;
    if (b < 0) {
        out.push(`it loses ${w.money(-b)} a year under the proposed split`);
    }
    const t = w.trust(practice, i.collective);
    if (!t || t.ready === null) {
        out.push(`there is no trust statement for it and ${w.collective(i.collective)}, so its readiness is unknown`);
    } else {
        if (t.clearsThreshold === false) {
            out.push(`its trust in ${w.collective(i.collective)} is ${round2(t.score ?? 0)}, below the threshold of ${w.threshold}`);
        }
        if (!t.believesAloneUnsustainable) {
            out.push('its partners do not believe going alone is unsustainable');
        }
    }
    return out;
}

function outcomeFindings(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    const out: AnalysisFinding[] = [];
    const benefit = new Map(i.shares.map(s => [s.practice, s.benefitUnderRule]));
    const rule = i.outcome.rule;
    for (const practice of i.outcome.blockers) {
        const why = reasons(i, practice, benefit, w);
        out.push({
            code: 'predicted-blocker',
            severity: 'warning',
            message: `${w.practice(practice)} is predicted to block ${i.title} under consensus: ${listNames(why)}. `
                + 'Compensate it, build its trust, or leave it out.',
            ...base(i),
            practice,
            data: { rule, reasons: why }
        });
    }
    for (const practice of i.outcome.defectionRisks) {
        const how = rule === 'delegated' ? 'delegated to leaders it does not trust enough' : 'taken by a vote it would lose';
        const why = reasons(i, practice, benefit, w);
        out.push({
            code: 'defection-risk',
            severity: 'warning',
            message: `${w.practice(practice)} may go rogue on ${i.title}, a decision ${how}` + (why.length > 0 ? `: ${listNames(why)}. ` : '. ')
                + 'Decide by consensus, or compensate it and build its trust first.',
            ...base(i),
            practice,
            data: { rule, reasons: why }
        });
    }
    return out;
}

function cessionFindings(i: InitiativeAnalysis, model: CleanModel, w: Words): AnalysisFinding[] {
    if (!i.collective) {
        return [];
    }
    const out: AnalysisFinding[] = [];
    const initiative = model.initiatives.find(x => x.id === i.id)!;
    for (const practice of i.participants) {
        const cedes = initiative.cessions.some(c => c.degree > 0 && (!c.practices || c.practices.includes(practice)));
        if (!cedes) {
            continue;
        }
        const who = w.practice(practice);
        const to = w.collective(i.collective);
        const t = w.trust(practice, i.collective);
        const at = { ...base(i), practice };
        if (!t || t.ready === null) {
            out.push({
                code: 'unknown-readiness', severity: 'info', ...at,
                message: `${who} cedes to ${to} in ${i.title} but there is no trust statement, so its readiness is unknown and it is counted as not ready. `
                    + `Add "trust ${practice} -> ${i.collective} { credibility .. reliability .. intimacy .. self-orientation .. }".`,
                data: { collective: i.collective }
            });
            continue;
        }
        if (t.clearsThreshold === false) {
            out.push({
                code: 'low-trust-cession', severity: 'warning', ...at,
                message: `${who} cedes to ${to} in ${i.title} but trusts it at ${round2(t.score ?? 0)}, below the threshold of ${w.threshold}. `
                    + 'Build credibility, reliability and intimacy, or reduce the collective\'s self-orientation, before asking it to cede.',
                data: { collective: i.collective, score: t.score, threshold: w.threshold }
            });
        }
        if (!t.believesAloneUnsustainable) {
            out.push({
                code: 'no-shared-belief', severity: 'warning', ...at,
                message: `${who} cedes to ${to} in ${i.title} but its partners do not believe going alone is unsustainable, so it is not ready to cede. `
                    + 'Share the sustainability figures with its partners first.',
                data: { collective: i.collective }
            });
        }
    }
    return out;
}

function estimated(i: InitiativeAnalysis, w: Words): AnalysisFinding[] {
    if (i.method !== 'monte-carlo') {
        return [];
    }
    const worst = Math.max(0, ...i.shares.map(s => s.fairShareStandardError ?? 0));
    return [{
        code: 'estimated-fair-share',
        severity: 'info',
        message: `${i.title} has ${i.participants.length} participants, too many for exact fair shares: they are estimated from ${i.samples} random orderings `
            + `(seed ${i.seed}), with a standard error of at most ${w.money(worst)} each. Fewer participants, or a higher exact limit, gives exact figures.`,
        ...base(i),
        data: { samples: i.samples, seed: i.seed, maxStandardError: worst }
    }];
}

function round2(x: number): number {
    return Math.round(x * 100) / 100;
}
