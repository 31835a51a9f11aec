/** Findings about ceding autonomy: to a collective not trusted enough, without the shared belief, or with readiness unknown. */
import { type Words, base, round2 } from './finding-words.js';
import { votingCollective } from './nested-vote.js';
import type { Initiative } from '@autonomy/domain';
import type { AnalysisFinding, InitiativeAnalysis } from './result.js';

/** The findings about a practice's readiness to cede: one cause each, whatever the initiative. */
export type CessionCode = 'unknown-readiness' | 'low-trust-cession' | 'no-shared-belief';

/**
 * The words of a cession finding. `where` names the initiative, or several
 * ("Back office, Visiting and Pharmacy") when the same cause is stated once
 * for every initiative it affects (finding-causes.ts).
 */
export function cessionMessage(code: CessionCode, w: Words, practice: string, runBy: string, collective: string, where: string): string {
    const who = w.practice(practice);
    const nested = collective !== runBy;
    const to = nested ? `${w.collective(runBy)} through ${w.collective(collective)}` : w.collective(collective);
    if (code === 'unknown-readiness') {
        return `${who} cedes to ${to} in ${where} but there is no trust statement, so its readiness is unknown and it is counted as not ready. `
            + `Add "trust ${practice} -> ${collective} { credibility .. reliability .. intimacy .. self-orientation .. }".`;
    }
    if (code === 'low-trust-cession') {
        return `${who} cedes to ${to} in ${where} but trusts ${nested ? w.collective(collective) : 'it'} at ${round2(w.trust(practice, collective)?.score ?? 0)}, below the threshold of ${w.threshold}. `
            + 'Build credibility, reliability and intimacy, or reduce the collective\'s self-orientation, before asking it to cede.';
    }
    return `${who} cedes to ${to} in ${where} but its partners do not believe going alone is unsustainable, so it is not ready to cede. `
        + 'Share the sustainability figures with its partners first.';
}

/** `initiative` is the model's initiative that `i` analyses (the one of its id). */
export function cessionFindings(i: InitiativeAnalysis, initiative: Initiative, w: Words): AnalysisFinding[] {
    const runBy = i.collective;
    if (!runBy) {
        return [];
    }
    const out: AnalysisFinding[] = [];
    for (const practice of i.participants) {
        const cedes = initiative.cessions.some(c => c.degree > 0 && (!c.practices || c.practices.includes(practice)));
        if (!cedes) {
            continue;
        }
        // Item 19: inside a member collective, a practice cedes through it, so its readiness towards that one counts.
        const collective = votingCollective(i.outcome, practice, runBy) ?? runBy;
        const t = w.trust(practice, collective);
        const at = { ...base(i), practice };
        const finding = (code: CessionCode, data: Record<string, unknown>): AnalysisFinding => ({
            code, severity: code === 'unknown-readiness' ? 'info' : 'warning', ...at,
            message: cessionMessage(code, w, practice, runBy, collective, i.title), data
        });
        if (!t || t.ready === null) {
            out.push(finding('unknown-readiness', { collective }));
            continue;
        }
        if (t.clearsThreshold === false) {
            out.push(finding('low-trust-cession', { collective, score: t.score, threshold: w.threshold }));
        }
        if (!t.believesAloneUnsustainable) {
            out.push(finding('no-shared-belief', { collective }));
        }
    }
    return out;
}
