/**
 * The executive summary: plain sentences drawn from the analysis, each with
 * the figures it rests on (`claims`). Every initiative with a loss, an empty
 * core, a blocker or a fragile verdict is covered; the rest fills up to a
 * short list. Ranked by severity, then by the money at stake. Sentences
 * quote analysis figures; they never compute new ones.
 */
import type { AnalysisResult, InitiativeAnalysis, SensitivityResult } from '@autonomy/analysis';
import type { ReportFinding } from './document.js';
import { fragileDrafts, fragileInitiatives } from './fragile-findings.js';
import { type Draft, initiativeDrafts, someNames } from './initiative-findings.js';
import { localityDrafts } from './locality-findings.js';
import { plural, type Wording } from './wording.js';

export { blockReason } from './finding-reasons.js';

/** The summary grows past this only to cover every initiative that needs attention. */
const MAX_FINDINGS = 8;
/** Initiatives that need attention beyond this many share one sentence. */
const MAX_INITIATIVES_ALONE = 10;
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** `sensitivity`: when the report is built with one, fragile verdicts are covered too. */
export function buildFindings(analysis: AnalysisResult, words: Wording, sensitivity?: SensitivityResult): ReportFinding[] {
    const byInitiative = new Map(analysis.initiatives.map(i => [i.id, initiativeDrafts(i, analysis, words)]));
    const fragile = fragileDrafts(sensitivity, analysis);
    const fragileIds = fragileInitiatives(sensitivity);
    // Fragile paradox verdicts are about practices: they join the locality-wide sentences.
    const locality = [...localityDrafts(analysis, words), ...fragile.filter(f => f.initiative === undefined)];
    const attention = analysis.initiatives.filter(i => needsAttention(i) || fragileIds.has(i.id))
        .sort((a, b) => stakeOf(byInitiative.get(b.id) ?? []) - stakeOf(byInitiative.get(a.id) ?? []));
    const alone = attention.length <= MAX_INITIATIVES_ALONE ? attention : attention.slice(0, MAX_INITIATIVES_ALONE - 1);
    const chosen: Draft[] = [];
    // Every initiative that needs attention gets its most urgent sentence.
    for (const i of alone) chosen.push(...urgent([...(byInitiative.get(i.id) ?? []), ...fragile.filter(f => f.initiative === i.id)]).slice(0, 1));
    const rest = attention.slice(alone.length);
    if (rest.length > 0) chosen.push(furtherInitiatives(rest, byInitiative, words, rest.some(i => fragileIds.has(i.id))));
    // Then one of each locality-wide kind, then the remaining sentences by urgency.
    const others = urgent([...byInitiative.values()].flat().filter(d => !chosen.includes(d) && alone.some(i => i.id === d.initiative)));
    const quiet = urgent([...byInitiative.values()].flat().filter(d => !attention.some(i => i.id === d.initiative)));
    for (const draft of [...locality, ...others, ...quiet]) {
        if (chosen.length >= MAX_FINDINGS) break;
        chosen.push(draft);
    }
    return urgent(chosen).map((draft, index) => ({ rank: index + 1, ...draft }));
}

/** A loss for anyone, an empty core or a blocker (a fragile verdict too, when the sensitivity result is given). */
export function needsAttention(i: InitiativeAnalysis): boolean {
    return i.lossMaking || i.coreEmpty === true || i.outcome.blockers.length > 0
        || i.shares.some(s => s.realisedBenefit < 0 || s.benefitUnderRule < 0);
}

/** Severity first, then money at stake; ties keep the order they were drafted in. */
function urgent(drafts: Draft[]): Draft[] {
    return drafts.map((d, index) => ({ d, index }))
        .sort((a, b) => SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || b.d.atStake - a.d.atStake || a.index - b.index)
        .map(x => x.d);
}

function stakeOf(drafts: Draft[]): number {
    return drafts.reduce((n, d) => Math.max(n, d.atStake), 0);
}

function furtherInitiatives(rest: InitiativeAnalysis[], byInitiative: Map<string, Draft[]>, words: Wording, someFragile: boolean): Draft {
    const atStake = rest.reduce((n, i) => n + stakeOf(byInitiative.get(i.id) ?? []), 0);
    return {
        kind: 'more-initiatives', severity: 'medium', atStake, claims: [], initiatives: rest.map(i => i.id),
        sentence: `A further ${rest.length} ${plural(rest.length, 'initiative has', 'initiatives have')} a loss, an empty core${someFragile ? ', a blocker or a fragile verdict' : ' or a blocker'}, `
            + `with up to ${words.money(atStake)} a year at stake between them: ${someNames(rest.map(i => i.id), words).replace(/other practices$/, 'others')} (see Initiatives).`
    };
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
