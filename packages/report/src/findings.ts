/**
 * The executive summary: five to eight plain sentences drawn from the
 * analysis, ranked by what a partners' meeting must hear first. Sentences
 * quote analysis figures; they never compute new ones.
 */
import { type AnalysisResult, type InitiativeAnalysis, membersNotFollowing, type PracticeAnalysis, votingCollective } from '@autonomy/analysis';
import type { ReportFinding } from './document.js';
import { plural, ruleWords, type Wording } from './wording.js';

const MAX_FINDINGS = 8;
/** Past this many, a sentence names a few practices and counts the rest. */
const MAX_NAMED = 6;

type Draft = Omit<ReportFinding, 'rank'>;

export function buildFindings(analysis: AnalysisResult, words: Wording): ReportFinding[] {
    const payments = analysis.initiatives.flatMap(i => compensation(i, words));
    const drafts: Draft[] = [
        ...analysis.initiatives.filter(i => i.lossMaking).map(i => lossMaking(i, words)),
        ...analysis.initiatives.flatMap(i => blockers(i, analysis, words)),
        ...payments.filter(p => p.severity === 'high'),
        ...analysis.initiatives.flatMap(i => unstable(i, words)),
        ...ceding(analysis.practices, words),
        ...relationships(analysis, words),
        ...analysis.initiatives.flatMap(i => defection(i, words)),
        ...readiness(analysis, words),
        ...payments.filter(p => p.severity !== 'high'),
        ...mergers(analysis, words),
        // Good news fills the summary when there is little bad news to report.
        ...analysis.initiatives.flatMap(i => proceeds(i, words)),
        ...analysis.initiatives.flatMap(i => stable(i, words))
    ];
    return pickDiverse(drafts).map((draft, index) => ({ rank: index + 1, ...draft }));
}

/**
 * Drafts arrive in priority order. One finding of each kind comes first, so a
 * model with many initiatives still hears about trust, relationships and
 * mergers; spare places go to further findings of the most urgent kinds.
 */
function pickDiverse(drafts: Draft[]): Draft[] {
    const seen = new Set<string>();
    const firsts = drafts.filter(d => !seen.has(d.kind) && seen.add(d.kind));
    const chosen = new Set(firsts.slice(0, MAX_FINDINGS));
    for (const draft of drafts) {
        if (chosen.size >= MAX_FINDINGS) break;
        chosen.add(draft);
    }
    return drafts.filter(d => chosen.has(d));
}

function lossMaking(i: InitiativeAnalysis, words: Wording): Draft {
    const best = i.bestCoalition && i.bestCoalition.value > 0
        ? ` The most valuable group is ${words.names(i.bestCoalition.members)} on their own, saving ${words.money(i.bestCoalition.value)} a year.`
        : ' No group of its participants saves money with it.';
    return {
        kind: 'loss-making', severity: 'high', initiative: i.id,
        sentence: `${i.title} costs the group ${words.money(-i.netSaving)} a year more than it saves: `
            + `the shared service costs ${words.money(i.sharedCost)} against ${words.money(i.totalCurrentCost)} the practices spend today.${best}`
    };
}

function blockers(i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): Draft[] {
    if (i.outcome.rule !== 'consensus' || i.outcome.blockers.length === 0) return [];
    const named = i.outcome.blockers.length <= MAX_NAMED ? i.outcome.blockers : i.outcome.blockers.slice(0, MAX_NAMED - 1);
    const reasons = named.map(id => `${words.title(id)} (${blockReason(id, i, analysis, words)})`);
    const rest = i.outcome.blockers.length - named.length;
    if (rest > 0) reasons.push(`${rest} other practices`);
    return [{
        kind: 'blocker', severity: 'high', initiative: i.id, practice: i.outcome.blockers[0],
        sentence: `Under consensus, ${i.title} will not go ahead: ${joinPlain(reasons)} would block it.`
    }];
}

/** Why a participant refuses: the analysis says who blocks; its figures say why. */
export function blockReason(practice: string, i: InitiativeAnalysis, analysis: AnalysisResult, words: Wording): string {
    const reasons: string[] = [];
    const share = i.shares.find(s => s.practice === practice);
    if (share && share.benefitUnderRule < 0) reasons.push(`it would lose ${words.money(-share.benefitUnderRule)} a year`);
    // Item 19: inside a member collective the practice decides through it; one that will not follow takes its practices with it.
    const holdout = i.collective ? membersNotFollowing(i.outcome, i.collective).find(m => m.vote.practices.includes(practice)) : undefined;
    if (holdout) reasons.push(`${words.title(holdout.vote.collective)}, which it belongs to, will not follow ${words.title(holdout.parent)}`);
    const through = votingCollective(i.outcome, practice, i.collective);
    const trust = analysis.trust.find(t => t.practice === practice && t.collective === through);
    if (!trust || trust.ready === null) {
        reasons.push(`its readiness is unknown: no trust statement${i.collective ? ` for ${words.title(i.collective)}` : ''}`);
    } else if (!trust.ready) {
        if (trust.clearsThreshold === false) {
            reasons.push(`its trust in ${words.title(trust.collective)} scores ${trust.score?.toFixed(2)}, below the threshold of ${analysis.settings.trustThreshold}`);
        }
        if (!trust.believesAloneUnsustainable) reasons.push('its partners do not believe going alone is unsustainable');
    }
    return reasons.length > 0 ? reasons.join('; ') : 'it does not agree';
}

const MAX_PAYMENTS_NAMED = 3;

function compensation(i: InitiativeAnalysis, words: Wording): Draft[] {
    if (i.lossMaking || i.payments.length === 0) return [];
    const named = i.payments.slice(0, MAX_PAYMENTS_NAMED).map(p => `${words.title(p.from)} pays ${words.title(p.to)} ${words.money(p.amount)}`);
    const more = i.payments.length - named.length;
    const list = more > 0 ? `${named.join('; ')} and ${more} smaller ${plural(more, 'payment', 'payments')} (see the initiative)` : joinPlain(named);
    const losers = i.shares.filter(s => s.realisedBenefit < 0).map(s => s.practice);
    const allGain = i.shares.every(s => s.fairShare >= 0);
    const proposal = i.sharing === 'fair' ? 'The proposed fair split' : 'A fair split (not yet proposed)';
    if (losers.length === 0) {
        return [{
            kind: 'compensation', severity: 'low', initiative: i.id,
            sentence: `Every participant already gains from ${i.title} as charged; moving to fair shares takes yearly payments: ${list}.`
        }];
    }
    return [{
        kind: 'compensation', severity: 'high', initiative: i.id,
        sentence: `As charged, ${words.names(losers)} ${plural(losers.length, 'loses', 'lose')} money on ${i.title}. `
            + `${proposal} makes it signable with yearly payments: ${list}${allGain ? ', after which every participant gains' : ''}.`
    }];
}

function unstable(i: InitiativeAnalysis, words: Wording): Draft[] {
    const violated = i.charged.mostViolated;
    if (i.lossMaking || i.charged.inCore !== false || !violated) return [];
    const fairToo = i.fair.inCore === false ? ' Even the fair split leaves a group better off alone.' : '';
    return [{
        kind: 'unstable', severity: 'medium', initiative: i.id,
        sentence: `The charged split of ${i.title} is unstable: ${words.names(violated.members)} would do `
            + `${words.money(violated.excess)} a year better by breaking away.${fairToo}`
    }];
}

function ceding(practices: PracticeAnalysis[], words: Wording): Draft[] {
    if (practices.length === 0) return [];
    const better = practices.filter(p => p.paradoxVerdict === 'better-ceding');
    const worse = practices.filter(p => p.paradoxVerdict === 'better-alone');
    const same = practices.filter(p => p.paradoxVerdict === 'no-difference');
    const examples = [...better].sort((a, b) => (b.expectedCollective - b.expectedAlone) - (a.expectedCollective - a.expectedAlone));
    const example = examples[0];
    const head = better.length === 0
        ? `No practice raises its expected autonomy by ceding` + (worse.length === practices.length
            ? `: all ${practices.length} keep more by going alone.`
            : worse.length === 0 ? '.' : `; ${someNames(worse.map(p => p.id), words)} ${plural(worse.length, 'keeps', 'keep')} more by going alone.`)
        : `Ceding raises expected autonomy for ${better.length} of ${practices.length} practices (${someNames(better.map(p => p.id), words)})`
            + (example ? `; ${example.title} goes from ${words.percent(example.expectedAlone)} alone to ${words.percent(example.expectedCollective)} in the collective.` : '.');
    const tail = (better.length > 0 && worse.length > 0
        ? ` ${someNames(worse.map(p => p.id), words)} ${plural(worse.length, 'keeps', 'keep')} more autonomy by going alone.`
        : '')
        + (same.length > 0 && same.length < practices.length
            ? ` For ${someNames(same.map(p => p.id), words)}, ceding makes no difference as modelled.`
            : '');
    return [{ kind: 'ceding', severity: 'medium', sentence: head + tail }];
}

function relationships(analysis: AnalysisResult, words: Wording): Draft[] {
    const fewer = analysis.partners.filter(p => p.after.relationships < p.before.relationships);
    if (fewer.length === 0) return [];
    if (fewer.length === 1) {
        const p = fewer[0];
        return [{
            kind: 'relationships', severity: 'low',
            sentence: `${p.title} would hold ${words.count(p.after.relationships, 1)} ${plural(p.after.relationships, 'relationship', 'relationships')} `
                + `instead of ${words.count(p.before.relationships, 1)}: its ${words.count(p.population)} patients over units averaging `
                + `${words.count(p.after.averagePopulation)} patients rather than ${words.count(p.before.averagePopulation)}.`
        }];
    }
    return [{
        kind: 'relationships', severity: 'low',
        sentence: 'System partners would hold far fewer relationships: '
            + joinPlain(fewer.map(p => `${p.title} ${words.count(p.after.relationships, 1)} instead of ${words.count(p.before.relationships, 1)}`)) + '.'
    }];
}

function defection(i: InitiativeAnalysis, words: Wording): Draft[] {
    if (i.outcome.defectionRisks.length === 0) return [];
    return [{
        kind: 'defection', severity: 'medium', initiative: i.id,
        sentence: `${i.title} is decided by ${ruleWords(i.outcome.rule)}: ${someNames(i.outcome.defectionRisks, words)} `
            + `${plural(i.outcome.defectionRisks.length, 'loses and may', 'lose and may')} go rogue.`
    }];
}

function readiness(analysis: AnalysisResult, words: Wording): Draft[] {
    const notReady = analysis.trust.filter(t => t.ready !== true);
    if (analysis.trust.length === 0) return [];
    if (notReady.length === 0) {
        return [{ kind: 'readiness', severity: 'low', sentence: `Every practice with a trust statement is ready to cede: it trusts its collective enough and believes going alone is unsustainable.` }];
    }
    const unknown = notReady.filter(t => t.ready === null).map(t => t.practice);
    const known = notReady.filter(t => t.ready === false).map(t => t.practice);
    const parts: string[] = [];
    if (known.length > 0) parts.push(`${someNames(unique(known), words)} ${plural(unique(known).length, 'is', 'are')} not ready to cede`);
    if (unknown.length > 0) parts.push(`readiness is unknown for ${someNames(unique(unknown), words)} (no trust statement), so the prediction counts ${plural(unique(unknown).length, 'it', 'them')} as not ready`);
    return [{ kind: 'readiness', severity: 'low', sentence: capitalise(parts.join('; ')) + '.' }];
}

function proceeds(i: InitiativeAnalysis, words: Wording): Draft[] {
    if (i.outcome.proceeds !== true) return [];
    return [{
        kind: 'proceeds', severity: 'low', initiative: i.id,
        sentence: `${i.title} goes ahead under ${ruleWords(i.outcome.rule)}: ${words.names(i.outcome.agree)} ${plural(i.outcome.agree.length, 'agrees', 'agree')}.`
    }];
}

function stable(i: InitiativeAnalysis, words: Wording): Draft[] {
    const split = i.sharing === 'fair' ? i.fair : i.charged;
    if (i.lossMaking || split.inCore !== true) return [];
    return [{
        kind: 'stable', severity: 'low', initiative: i.id,
        sentence: `The proposed ${i.sharing === 'fair' ? 'fair' : 'charged'} split of ${i.title} is stable: no group of its ${words.count(i.participants.length)} participants would do better by breaking away.`
    }];
}

function mergers(analysis: AnalysisResult, words: Wording): Draft[] {
    return analysis.mergers.map(m => ({
        kind: 'merger' as const, severity: 'low' as const,
        sentence: `${m.title} would save ${words.money(m.saving)} a year but end the independence of all `
            + `${m.practices.length} merging practices (expected autonomy 0%).`
    }));
}

/** "A, B, C, D, E and 40 other practices": a sentence stays readable in a big federation. */
function someNames(ids: string[], words: Wording): string {
    if (ids.length <= MAX_NAMED) return words.names(ids);
    const rest = ids.length - (MAX_NAMED - 1);
    return `${ids.slice(0, MAX_NAMED - 1).map(id => words.title(id)).join(', ')} and ${rest} other practices`;
}

function joinPlain(parts: string[]): string {
    if (parts.length <= 1) return parts[0] ?? '';
    return `${parts.slice(0, -1).join('; ')} and ${parts[parts.length - 1]}`;
}

function unique(ids: string[]): string[] {
    return [...new Set(ids)];
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One-line explanations of every term of art the report uses. */
export const TERMS: { term: string; meaning: string }[] = [
    { term: 'Charged split', meaning: 'what each practice pays today under the collective\'s charging rule, and what it saves as a result.' },
    { term: 'Fair share (Shapley value)', meaning: 'what each practice adds on average to every group it could join.' },
    { term: 'Compensation', meaning: 'a yearly payment between practices that turns the charged split into the fair share.' },
    { term: 'Breakaway group (outside the core)', meaning: 'a group of practices that would save more by running the service on its own than the split gives it.' },
    { term: 'Autonomy retained', meaning: 'the weighted share of decisions a practice still takes alone after ceding.' },
    { term: 'Expected autonomy', meaning: 'autonomy retained multiplied by the chance of avoiding a crisis over the planning horizon.' },
    { term: 'Consensus', meaning: 'the collective goes ahead only when every participant agrees; a vote creates losers who may go rogue.' },
    { term: 'Trust score (Green)', meaning: '(credibility + reliability + intimacy) divided by self-orientation, each scored 1 to 10.' },
    { term: 'Relationships', meaning: 'how many separate units a system partner such as a hospital must deal with to reach every practice.' }
];
