/**
 * An analysis brought up to date without running it again, for the one kind
 * of change whose effect is local: practices' crisis risks and sustainability
 * gaps. Those two inputs feed nothing but the practice's own sustainability
 * figures (analyse.ts, `sustainability(...)`); every initiative, share,
 * outcome and finding stays as it was. Used by the editor, where overtyping a
 * crisis risk would otherwise re-run the whole analysis on every keystroke.
 */
import type { DomainModel, Practice } from '@autonomy/domain';
import type { AnalysisResult, PracticeAnalysis } from './result.js';
import { cleanPractice } from './sanitise.js';
import { practiceRiskFigures } from './sustainability.js';

/** The fields of a practice that `updatePracticeRisks` brings up to date. */
export const PRACTICE_RISK_FIELDS: ReadonlySet<string> = new Set(['crisisRisk', 'gap']);

/**
 * `previous` (the analysis of `model`'s predecessor) with the practices at
 * `changed` (indexes into `model.practices`) given their new crisis risk and
 * gap. The caller guarantees that the two models differ in nothing else but
 * source locations. Undefined when the result's practices do not line up one
 * to one with the model's (duplicate or missing ids): the caller then runs
 * the analysis.
 */
export function updatePracticeRisks(previous: AnalysisResult, model: DomainModel, changed: readonly number[]): AnalysisResult | undefined {
    if (previous.practices.length !== model.practices.length) {
        return undefined;
    }
    const practices = previous.practices.slice();
    for (const i of changed) {
        const old = practices[i];
        const practice: Practice | undefined = model.practices[i];
        if (!old || !practice || old.id !== practice.id) {
            return undefined;
        }
        // The benefit sustainability used: less the practice's investment spread over the horizon (item 20).
        const benefit = old.benefit - (old.annualisedInvestment ?? 0);
        // The benefit's standard error, as analyse() combined it: a risk or gap does not change it.
        const standardError = old.benefitStandardError ?? 0;
        // Without the old mark: the new figures say afresh whether the verdict is uncertain.
        const { paradoxVerdictUncertain: _, ...kept } = old;
        const entry: PracticeAnalysis = { ...kept, ...practiceRiskFigures(cleanPractice(practice), benefit, old.autonomyRetained, standardError) };
        practices[i] = entry;
    }
    return { ...previous, practices };
}
