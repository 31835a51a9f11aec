/**
 * Summary sentences about the locality as a whole: whether ceding pays in
 * expected autonomy, system partners' relationships, readiness, mergers.
 */
import { type AnalysisResult, type ParadoxVerdict, type PracticeAnalysis, practicePercents } from '@autonomy/analysis';
import { anyOfNames, joinNames } from '@autonomy/domain';
import type { FindingClaim } from './document.js';
import { effectiveClause } from './holdout-findings.js';
import { type Draft, someNames } from './initiative-findings.js';
import { plural, type Wording } from './wording.js';

export function localityDrafts(analysis: AnalysisResult, words: Wording): Draft[] {
    return [...ceding(analysis.practices, words), ...relationships(analysis, words), ...readiness(analysis, words), ...mergers(analysis, words)];
}

function ceding(practices: PracticeAnalysis[], words: Wording): Draft[] {
    if (practices.length === 0) return [];
    // A verdict two standard errors of an estimated benefit could change is counted under none of the three.
    const sure = practices.filter(p => !p.paradoxVerdictUncertain);
    const unsure = practices.filter(p => p.paradoxVerdictUncertain);
    const better = sure.filter(p => p.paradoxVerdict === 'better-ceding');
    const worse = sure.filter(p => p.paradoxVerdict === 'better-alone');
    const same = sure.filter(p => p.paradoxVerdict === 'no-difference');
    const example = [...better].sort((a, b) => (b.expectedCollective - b.expectedAlone) - (a.expectedCollective - a.expectedAlone))[0];
    const shown = example ? practicePercents(example) : undefined;
    const n = practices.length;
    const head = better.length === 0
        ? `No practice ${unsure.length > 0 ? 'is shown to raise' : 'raises'} its expected autonomy by ceding` + (worse.length === n
            ? n === 1 ? `: ${practices[0].title} keeps more by going alone.` : `: all ${n} keep more by going alone.`
            : worse.length === 0 ? '.' : `; ${someNames(worse.map(p => p.id), words)} ${plural(worse.length, 'keeps', 'keep')} more by going alone.`)
        : `Ceding raises expected autonomy for ${better.length === n ? (n === 1 ? 'the one practice' : `all ${n} practices`) : `${better.length} of ${n} practices`} (${someNames(better.map(p => p.id), words)})`
            + (example && shown ? `; ${example.title} goes from ${shown.alone} alone to ${shown.collective} in the collective.` : '.');
    const tail = (better.length > 0 && worse.length > 0
        ? ` ${someNames(worse.map(p => p.id), words)} ${plural(worse.length, 'keeps', 'keep')} more autonomy by going alone.`
        : '')
        + (same.length > 0 && same.length < n
            ? ` For ${someNames(same.map(p => p.id), words)}, ceding makes no difference as modelled.`
            : '')
        + (unsure.length > 0 ? ` ${doubt(unsure, words)}` : '');
    const claims: FindingClaim[] = practices.map(p => ({
        about: 'verdict', practice: p.id, verdict: p.paradoxVerdict, ...(p.paradoxVerdictUncertain ? { uncertain: true } : {})
    }));
    return [{ kind: 'ceding', severity: 'medium', atStake: 0, claims, sentence: head + tail }];
}

const VERDICT_CLAUSES: Readonly<Record<ParadoxVerdict, string>> = {
    'better-ceding': 'would raise its expected autonomy by ceding',
    'no-difference': 'would see no difference from ceding',
    'better-alone': 'would keep more by going alone'
};

/** Verdicts on estimated benefits near their tie: what each would be, the figures, and what to do. A few are named with figures. */
function doubt(unsure: PracticeAnalysis[], words: Wording): string {
    const shown = unsure.slice(0, 3).map(p => `${p.title} ${VERDICT_CLAUSES[p.paradoxVerdict]} `
        + `(estimated benefit ${words.signedMoney(p.benefit)} a year, standard error ${words.money(p.paradoxVerdictUncertain?.standardError ?? 0)})`);
    const rest = unsure.length - shown.length;
    return `On the estimated fair shares, ${joinNames([...shown, ...(rest > 0 ? [`${rest} more`] : [])])}, but within two standard errors `
        + `${plural(unsure.length, 'that verdict', 'those verdicts')} could go either way, so ${plural(unsure.length, 'it is', 'they are')} uncertain: `
        + 'raise the exact limit or the number of orderings to tell.';
}

function relationships(analysis: AnalysisResult, words: Wording): Draft[] {
    const fewer = analysis.partners.filter(p => p.after.relationships < p.before.relationships);
    if (fewer.length === 0) return [];
    const claims: FindingClaim[] = fewer.map(p => ({ about: 'relationships', partner: p.id, before: p.before.relationships, after: p.after.relationships }));
    return [{
        kind: 'relationships', severity: 'low', atStake: 0, claims,
        sentence: fewer.map(p => `${p.title} would hold ${words.relationships(p.population, p.after, 'relationships')} `
            + `instead of ${words.relationships(p.population, p.before)}.` + effectiveClause(p, words)).join(' ')
    }];
}

function readiness(analysis: AnalysisResult, words: Wording): Draft[] {
    if (analysis.trust.length === 0) return [];
    const notReady = analysis.trust.filter(t => t.ready !== true);
    if (notReady.length === 0) {
        return [{
            kind: 'readiness', severity: 'low', atStake: 0,
            claims: analysis.trust.map(t => ({ about: 'ready', practice: t.practice, collective: t.collective })),
            sentence: 'Every practice with a trust statement is ready to cede: it trusts its collective enough and believes going alone is unsustainable.'
        }];
    }
    const claims: FindingClaim[] = [];
    const unknown = unique(notReady.filter(t => t.ready === null).map(t => t.practice));
    for (const t of notReady) {
        if (t.ready === null) claims.push({ about: 'readiness-unknown', practice: t.practice, collective: t.collective });
        else if (t.clearsThreshold === false && t.score !== null) claims.push({ about: 'trust-below', practice: t.practice, collective: t.collective, score: t.score });
        else claims.push({ about: 'not-believing', practice: t.practice, collective: t.collective });
    }
    const parts: string[] = [];
    // Collectives with the same practices not ready share one clause: "A is not ready to cede to X or Y".
    const byPractices = new Map<string, { who: string[]; collectives: string[] }>();
    for (const collective of unique(notReady.filter(t => t.ready === false).map(t => t.collective))) {
        const who = unique(notReady.filter(t => t.ready === false && t.collective === collective).map(t => t.practice));
        const key = who.join('\u0000');
        const entry = byPractices.get(key) ?? { who, collectives: [] };
        entry.collectives.push(words.title(collective));
        byPractices.set(key, entry);
    }
    for (const { who, collectives } of byPractices.values()) {
        parts.push(`${someNames(who, words)} ${plural(who.length, 'is', 'are')} not ready to cede to ${anyOfNames(collectives)}`);
    }
    if (unknown.length > 0) parts.push(`readiness is unknown for ${someNames(unknown, words)} (no trust statement), so the prediction counts ${plural(unknown.length, 'it', 'them')} as not ready`);
    return [{ kind: 'readiness', severity: 'low', atStake: 0, claims, sentence: capitalise(parts.join('; ')) + '.' }];
}

function mergers(analysis: AnalysisResult, words: Wording): Draft[] {
    return analysis.mergers.map(m => ({
        kind: 'merger' as const, severity: 'low' as const, atStake: m.saving,
        claims: [{ about: 'merger-saving' as const, merger: m.id, amount: m.saving }],
        sentence: `${m.title} would save ${words.money(m.saving)} a year but end the independence of ${m.practices.length === 1 ? 'the merging practice' : `all ${m.practices.length} merging practices`} (expected autonomy 0%).`
    }));
}

function unique(ids: string[]): string[] {
    return [...new Set(ids)];
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
