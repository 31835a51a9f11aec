/**
 * The analysis-based findings of DOMAIN.md ("What the language server must
 * flag"). Each says what is wrong in plain words, with display titles and
 * money, and how to fix it; `data` carries what a quick fix needs. The shapes
 * of `data` are listed in docs/formulas.md.
 */
import { cessionFindings } from './cession-findings.js';
import { collectiveFindings } from './collective-findings.js';
import { outcomeFindings } from './decision-findings.js';
import { Words } from './finding-words.js';
import { investmentFindings } from './investment-findings.js';
import type { AnalysisFinding, AnalysisResult } from './result.js';
import type { CleanModel } from './sanitise.js';
import { chargedOutsideCore, estimated, lossMaking, uncompensatedLosses } from './split-findings.js';

export function analysisFindings(model: CleanModel, result: AnalysisResult): AnalysisFinding[] {
    const words = new Words(model, result.trust);
    const findings: AnalysisFinding[] = [];
    // By id, once: looking each up in the list was quadratic (2,155 initiatives: 7% of a keystroke's CPU).
    const modelInitiative = new Map(model.initiatives.map(i => [i.id, i]));
    for (const initiative of result.initiatives) {
        findings.push(
            ...lossMaking(initiative, words),
            ...uncompensatedLosses(initiative, words),
            ...chargedOutsideCore(initiative, words),
            ...outcomeFindings(initiative, words),
            ...collectiveFindings(initiative, words),
            ...cessionFindings(initiative, modelInitiative.get(initiative.id)!, words),
            ...estimated(initiative, words),
            ...investmentFindings(initiative, words, model.settings.horizonYears)
        );
    }
    return findings;
}
