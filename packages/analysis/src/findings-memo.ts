/**
 * Each initiative's findings, kept by a caller (the editor, through its
 * InitiativeCache) across analyses. An initiative's findings (findings.ts)
 * read its figures, its model record (cessions), its outcome, and the words
 * the findings are written in: titles, currency, the trust threshold and every
 * trust pair's analysis, and the horizon. When its figures and record are the
 * objects of the last analysis (InitiativeCache.figuresOf, CleanRecords), its
 * outcome is equal and the words are, its findings are the last ones; a
 * keystroke that changes one practice's figure writes the findings of the
 * initiatives it feeds again, not all 2,000 of a large model's.
 */
import type { Initiative } from '@autonomy/domain';
import type { InitiativeFigures } from './initiative.js';
import type { AnalysisFinding, InitiativeOutcome, TrustAnalysis } from './result.js';
import type { CleanModel } from './sanitise.js';
import { sameValue } from './same-value.js';

export class FindingsMemo {
    private words: { content: unknown[]; token: object } | undefined;
    private readonly byInitiative = new WeakMap<Initiative, { figures: InitiativeFigures; outcome: InitiativeOutcome; words: object; findings: AnalysisFinding[] }>();

    /**
     * A token for what the findings' words read of `model` and the analysed `trust`: the last
     * analysis's token when all of that is equal, else a new one.
     */
    wordsOf(model: CleanModel, trust: readonly TrustAnalysis[]): object {
        const content: unknown[] = [model.settings.currency, model.settings.trustThreshold, model.settings.horizonYears];
        for (const p of model.practices) {
            content.push(p.id, p.title);
        }
        for (const c of model.collectives) {
            content.push(c.id, c.title);
        }
        for (const t of trust) {
            content.push(t.practice, t.truster, t.collective, t.score, t.clearsThreshold, t.believesAloneUnsustainable, t.ready);
        }
        const last = this.words;
        if (last && last.content.length === content.length && last.content.every((x, i) => Object.is(x, content[i]))) {
            return last.token;
        }
        this.words = { content, token: {} };
        return this.words.token;
    }

    /** The findings of `initiative` (a clean record) with these `figures`, `outcome` and `words` (wordsOf): the kept ones or `compute()`'s. */
    of(initiative: Initiative, figures: InitiativeFigures, outcome: InitiativeOutcome, words: object, compute: () => AnalysisFinding[]): AnalysisFinding[] {
        const kept = this.byInitiative.get(initiative);
        if (kept && kept.figures === figures && kept.words === words && sameValue(kept.outcome, outcome)) {
            return kept.findings;
        }
        const findings = compute();
        this.byInitiative.set(initiative, { figures, outcome, words, findings });
        return findings;
    }
}
