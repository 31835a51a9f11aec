/**
 * Re-derives every executive-summary sentence's claims from the analysis
 * result the report carries, and returns what is false, as plain sentences:
 * a claim the figures contradict, a verb no claim supports, two sentences
 * that contradict each other, or an initiative needing attention that no
 * sentence covers. Independent of the report's own wording code on purpose.
 */
import { type AnalysisResult, type InitiativeAnalysis, membersNotFollowing } from '@autonomy/analysis';
import { formatMoney } from '@autonomy/domain';
import type { FindingClaim, ReportDocument, ReportFinding } from '@autonomy/report';

type Claim<K extends FindingClaim['about']> = Extract<FindingClaim, { about: K }>;

export function summaryProblems(doc: ReportDocument): string[] {
    const a = doc.analysis;
    const problems: string[] = [];
    for (const f of doc.findings) {
        for (const c of f.claims) {
            const wrong = claimProblem(c, a);
            if (wrong) problems.push(`"${f.sentence}" claims ${JSON.stringify(c)}, but ${wrong}`);
        }
        problems.push(...wordProblems(f, a).map(p => `"${f.sentence}": ${p}`));
    }
    problems.push(...contradictions(doc.findings.flatMap(f => f.claims)));
    problems.push(...uncovered(doc));
    return problems;
}

function initiative(a: AnalysisResult, id: string): InitiativeAnalysis | undefined {
    return a.initiatives.find(i => i.id === id);
}

function trust(a: AnalysisResult, practice: string, collective: string | undefined) {
    return a.trust.find(t => t.practice === practice && t.collective === collective);
}

function benefitUnder(i: InitiativeAnalysis, practice: string, split: 'charged' | 'fair'): number | undefined {
    const s = i.shares.find(x => x.practice === practice);
    return s && (split === 'fair' ? s.fairShare : s.realisedBenefit);
}

function sameMembers(x: string[], y: string[]): boolean {
    return [...x].sort().join('\u0000') === [...y].sort().join('\u0000');
}

function claimProblem(c: FindingClaim, a: AnalysisResult): string | undefined {
    if ('initiative' in c) {
        const i = initiative(a, c.initiative);
        if (!i) return 'there is no such initiative';
        return initiativeClaimProblem(c, i, a);
    }
    switch (c.about) {
        case 'trust-below': {
            const t = trust(a, c.practice, c.collective);
            return t?.clearsThreshold === false && t.score === c.score ? undefined : `its trust is ${JSON.stringify(t)}`;
        }
        case 'not-believing': {
            const t = trust(a, c.practice, c.collective);
            return t && !t.believesAloneUnsustainable ? undefined : `its trust is ${JSON.stringify(t)}`;
        }
        case 'readiness-unknown': {
            const t = trust(a, c.practice, c.collective);
            return !t || t.ready === null ? undefined : `readiness is ${String(t.ready)}`;
        }
        case 'ready':
            return trust(a, c.practice, c.collective)?.ready === true ? undefined : 'it is not ready';
        case 'verdict': {
            const p = a.practices.find(x => x.id === c.practice);
            return p?.paradoxVerdict !== c.verdict ? 'the verdict differs'
                : (c.uncertain === true) !== (p.paradoxVerdictUncertain !== undefined) ? `the verdict's uncertainty is ${String(p.paradoxVerdictUncertain !== undefined)}` : undefined;
        }
        case 'relationships': {
            const p = a.partners.find(x => x.id === c.partner);
            return p && p.before.relationships === c.before && p.after.relationships === c.after ? undefined : 'the relationships differ';
        }
        case 'merger-saving':
            return a.mergers.find(m => m.id === c.merger)?.saving === c.amount ? undefined : 'the saving differs';
        case 'fragile':
            // The sensitivity result is not part of the document; the report's sensitivity tests check these.
            return undefined;
    }
}

function initiativeClaimProblem(c: Extract<FindingClaim, { initiative: string }>, i: InitiativeAnalysis, a: AnalysisResult): string | undefined {
    switch (c.about) {
        case 'net-saving':
            return i.netSaving === c.amount ? undefined : `the net saving is ${i.netSaving}`;
        case 'benefit': {
            const b = benefitUnder(i, c.practice, c.split);
            return b === c.amount ? undefined : `the ${c.split} benefit is ${String(b)}`;
        }
        case 'every-gains':
            return i.shares.every(s => (benefitUnder(i, s.practice, c.split) ?? -1) >= 0) ? undefined : `someone loses under the ${c.split} split`;
        case 'signable': {
            const why: string[] = [];
            if (i.lossMaking) why.push('it is loss-making');
            if (i.shares.some(s => s.fairShare < 0)) why.push('someone loses under the fair split');
            if (i.shares.some(s => trust(a, s.practice, i.collective)?.ready !== true)) why.push('someone is not ready');
            if (i.fair.inCore === false || i.coreEmpty === true) why.push('a group would break away from the fair split');
            else if (i.fair.inCore !== true) why.push('the fair split\'s stability was not checked');
            return why.length === 0 ? undefined : why.join(', ');
        }
        case 'payment':
            return i.payments.some(p => p.from === c.from && p.to === c.to && p.amount === c.amount) ? undefined : 'there is no such payment';
        case 'breakaway': {
            const v = i[c.split].mostViolated;
            return i[c.split].inCore === false && v && sameMembers(v.members, c.members) && v.excess === c.excess ? undefined : `the ${c.split} split's stability differs`;
        }
        case 'stable':
            return i[c.split].inCore === true ? undefined : `the ${c.split} split is not known to be in the core`;
        case 'not-checked':
            return i[c.split].inCore === null ? undefined : `the ${c.split} split's stability was checked`;
        case 'core-empty':
            return i.coreEmpty === true ? undefined : 'the core is not empty';
        case 'blocks': {
            const split = i.sharing === 'fair' && !i.lossMaking ? 'fair' : 'charged';
            return i.outcome.rule === 'consensus' && i.outcome.blockers.includes(c.practice) && split === c.split ? undefined : 'it is not a blocker under that split';
        }
        case 'proceeds':
            return i.outcome.proceeds !== c.proceeds ? `the outcome is ${String(i.outcome.proceeds)}`
                : (c.uncertain === true) !== (i.outcome.proceedsUncertain === true) ? `the outcome's uncertainty is ${String(i.outcome.proceedsUncertain === true)}` : undefined;
        case 'near-zero': {
            // A fair share estimated by Monte Carlo within two standard errors of zero.
            const s = i.shares.find(x => x.practice === c.practice);
            return i.method === 'monte-carlo' && s?.fairShare === c.amount && s.fairShareStandardError === c.standardError && Math.abs(c.amount) <= 2 * c.standardError
                ? undefined : `the fair share is ${JSON.stringify(s && { fairShare: s.fairShare, standardError: s.fairShareStandardError })}`;
        }
        case 'defection-risk':
            return i.outcome.defectionRisks.includes(c.practice) ? undefined : 'it is not a defection risk';
        case 'deal':
            return i.deal?.status === 'deal' && i.deal.moneyMoved === c.amount && i.deal.benefitsAfter.every(b => b >= 0) ? undefined : 'the term sheet differs';
        case 'deal-payment':
            return i.deal?.status === 'deal' && i.deal.payments.some(p => p.from === c.from && p.to === c.to && p.amount === c.amount) ? undefined : 'the term sheet has no such payment';
        case 'not-following':
            return i.collective && membersNotFollowing(i.outcome, i.collective).some(m => m.vote.collective === c.collective && m.parent === c.parent)
                ? undefined : 'that member collective follows';
    }
}

const MONEY_CLAIMS = new Set(['net-saving', 'benefit', 'payment', 'breakaway', 'merger-saving', 'deal', 'deal-payment']);

/** Each verb needs a claim that supports it, and each money claim is quoted in the sentence. */
function wordProblems(f: ReportFinding, a: AnalysisResult): string[] {
    const out: string[] = [];
    const s = f.sentence;
    const has = (about: FindingClaim['about']): FindingClaim[] => f.claims.filter(c => c.about === about);
    if (/\blos(e|es)\b/.test(s) && !has('benefit').some(c => (c as Claim<'benefit'>).amount < 0)) out.push('says "lose(s)" with no negative benefit under a named split');
    if (/\bsignable\b/.test(s) && has('signable').length === 0) out.push('says "signable" without every participant gaining and ready');
    if (/\bgoes ahead\b/.test(s) && !has('proceeds').some(c => (c as Claim<'proceeds'>).proceeds)) out.push('says "goes ahead" without the outcome');
    if (/\bwill not go ahead\b/.test(s) && !has('proceeds').some(c => !(c as Claim<'proceeds'>).proceeds)) out.push('says "will not go ahead" without the outcome');
    // An outcome that estimates within two standard errors of zero could change is not stated as settled.
    if (/\b(goes ahead|will not go ahead)\b/.test(s) && has('proceeds').some(c => (c as Claim<'proceeds'>).uncertain)) out.push('states an uncertain outcome as settled');
    if (/\bunstable\b/.test(s) && has('breakaway').length === 0) out.push('says "unstable" without a breakaway group');
    if (/\bis stable\b/.test(s) && has('stable').length === 0) out.push('says "is stable" without a stability check');
    if (/\bnot checked\b/.test(s) && has('not-checked').length === 0) out.push('says "not checked" without an unchecked stability');
    if (/\bmay go rogue\b/.test(s) && has('defection-risk').length === 0) out.push('says "may go rogue" without a defection risk');
    if (/\bnot ready\b/.test(s) && !f.claims.some(c => c.about === 'trust-below' || c.about === 'not-believing' || c.about === 'readiness-unknown')) {
        out.push('says "not ready" without the trust figures');
    }
    // A fair share above the exact limit is a Monte Carlo estimate: a gain or loss read from it is stated as one.
    const estimatedFair = f.claims.some(c => (c.about === 'benefit' || c.about === 'every-gains') && c.split === 'fair' && initiative(a, c.initiative)?.method === 'monte-carlo');
    if (estimatedFair && !/\bestimated\b/.test(s)) out.push('states a Monte Carlo fair share as exact');
    for (const c of f.claims) {
        if (!MONEY_CLAIMS.has(c.about)) continue;
        const amount = c.about === 'breakaway' ? c.excess : (c as { amount: number }).amount;
        const money = formatMoney(Math.abs(amount), a.settings.currency);
        if (!s.includes(money)) out.push(`does not quote the figure it rests on (${money})`);
    }
    return out;
}

function key(...parts: unknown[]): string {
    return parts.map(String).join('\u0000');
}

/** Pairs of claims that cannot both be true, whoever made them. */
function contradictions(claims: FindingClaim[]): string[] {
    const out: string[] = [];
    const set = new Set(claims.map(c => {
        switch (c.about) {
            case 'stable': return key('stable', c.initiative, c.split);
            case 'breakaway': return key('breakaway', c.initiative, c.split);
            case 'proceeds': return key('proceeds', c.initiative, c.proceeds);
            case 'ready': return key('ready', c.practice, c.collective);
            case 'signable': return key('signable', c.initiative);
            case 'every-gains': return key('every-gains', c.initiative, c.split);
            default: return '';
        }
    }));
    for (const c of claims) {
        const clash = (k: string, what: string) => { if (set.has(k)) out.push(`contradiction: ${JSON.stringify(c)} against ${what}`); };
        switch (c.about) {
            case 'breakaway': clash(key('stable', c.initiative, c.split), 'a stable split'); if (c.split === 'fair') clash(key('signable', c.initiative), 'signable'); break;
            case 'proceeds': clash(key('proceeds', c.initiative, !c.proceeds), 'the opposite outcome'); break;
            case 'benefit': if (c.amount < 0) { clash(key('every-gains', c.initiative, c.split), 'everyone gains'); if (c.split === 'fair') clash(key('signable', c.initiative), 'signable'); } break;
            case 'blocks': if (c.split === 'fair') clash(key('signable', c.initiative), 'signable'); break;
            case 'core-empty': clash(key('signable', c.initiative), 'signable'); break;
            case 'trust-below': case 'not-believing': case 'readiness-unknown': clash(key('ready', c.practice, c.collective), 'ready'); break;
            default: break;
        }
    }
    return out;
}

/** Every initiative with a loss, an empty core or a blocker is named by some finding. */
function uncovered(doc: ReportDocument): string[] {
    const covered = new Set(doc.findings.flatMap(f => [f.initiative, ...(f.initiatives ?? [])]));
    return doc.analysis.initiatives
        .filter(i => i.lossMaking || i.coreEmpty === true || i.outcome.blockers.length > 0 || i.shares.some(s => s.realisedBenefit < 0 || s.benefitUnderRule < 0))
        .filter(i => !covered.has(i.id))
        .map(i => `${i.title} needs attention (a loss, an empty core or a blocker) but no summary sentence covers it`);
}
