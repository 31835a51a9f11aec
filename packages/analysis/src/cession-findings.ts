/** Findings about ceding autonomy: to a collective not trusted enough, without the shared belief, or with readiness unknown. */
import { type Words, base, round2 } from './finding-words.js';
import { votingCollective } from './nested-vote.js';
import type { AnalysisFinding, InitiativeAnalysis } from './result.js';
import type { CleanModel } from './sanitise.js';

export function cessionFindings(i: InitiativeAnalysis, model: CleanModel, w: Words): AnalysisFinding[] {
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
        // Item 19: inside a member collective, a practice cedes through it, so its readiness towards that one counts.
        const collective = votingCollective(i.outcome, practice, i.collective) ?? i.collective;
        const nested = collective !== i.collective;
        const to = nested ? `${w.collective(i.collective)} through ${w.collective(collective)}` : w.collective(collective);
        const t = w.trust(practice, collective);
        const at = { ...base(i), practice };
        if (!t || t.ready === null) {
            out.push({
                code: 'unknown-readiness', severity: 'info', ...at,
                message: `${who} cedes to ${to} in ${i.title} but there is no trust statement, so its readiness is unknown and it is counted as not ready. `
                    + `Add "trust ${practice} -> ${collective} { credibility .. reliability .. intimacy .. self-orientation .. }".`,
                data: { collective }
            });
            continue;
        }
        if (t.clearsThreshold === false) {
            out.push({
                code: 'low-trust-cession', severity: 'warning', ...at,
                message: `${who} cedes to ${to} in ${i.title} but trusts ${nested ? w.collective(collective) : 'it'} at ${round2(t.score ?? 0)}, below the threshold of ${w.threshold}. `
                    + 'Build credibility, reliability and intimacy, or reduce the collective\'s self-orientation, before asking it to cede.',
                data: { collective, score: t.score, threshold: w.threshold }
            });
        }
        if (!t.believesAloneUnsustainable) {
            out.push({
                code: 'no-shared-belief', severity: 'warning', ...at,
                message: `${who} cedes to ${to} in ${i.title} but its partners do not believe going alone is unsustainable, so it is not ready to cede. `
                    + 'Share the sustainability figures with its partners first.',
                data: { collective }
            });
        }
    }
    return out;
}
