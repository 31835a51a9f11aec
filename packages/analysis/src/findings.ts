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

/**
 * `kept(index, compute)` may give the findings of `result.initiatives[index]` (the analysis of
 * `model.initiatives[index]`) from an earlier analysis instead of `compute()` (findings-memo.ts).
 */
export function analysisFindings(model: CleanModel, result: AnalysisResult,
    kept?: (index: number, compute: () => AnalysisFinding[]) => AnalysisFinding[]): AnalysisFinding[] {
    const words = new Words(model, result.trust);
    const findings: AnalysisFinding[] = [];
    result.initiatives.forEach((initiative, index) => {
        const compute = (): AnalysisFinding[] => [
            ...lossMaking(initiative, words),
            ...uncompensatedLosses(initiative, words),
            ...chargedOutsideCore(initiative, words),
            ...outcomeFindings(initiative, words),
            ...collectiveFindings(initiative, words),
            ...cessionFindings(initiative, model.initiatives[index], words),
            ...estimated(initiative, words),
            ...investmentFindings(initiative, words, model.settings.horizonYears)
        ];
        for (const finding of kept ? kept(index, compute) : compute()) {
            findings.push(finding);
        }
    });
    return findings;
}
