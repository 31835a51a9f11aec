/**
 * DOMAIN.md items 8 and 9: residual crisis risk and expected autonomy.
 * p' = p * (1 - min(1, max(0, B) / gap)); E_alone = 1 - p,
 * E_collective = A * (1 - p'), E_merger = 0; resolved when E_collective > E_alone.
 */
import { benefitIsEstimated, type InitiativeAnalysis, type ParadoxVerdict, type PracticeAnalysis } from './result.js';

/** The practice figures this module computes: the same fields, documented once in result.ts. */
export type SustainabilityFigures = Pick<PracticeAnalysis,
    'residualRisk' | 'expectedAlone' | 'expectedCollective' | 'expectedMerger' | 'paradoxResolved' | 'paradoxVerdict'>;

/** Share of the gap the benefit closes. With no gap (<= 0) any positive benefit closes it. */
export function gapCovered(benefit: number, gap: number): number {
    if (gap > 0) {
        return Math.min(1, Math.max(0, benefit) / gap);
    }
    return benefit > 0 ? 1 : 0;
}

/**
 * Expected autonomies are products of fractions, so equal values can differ in
 * the last bit (0.75 * 0.8 vs 0.6): a tie is not a resolved paradox.
 */
const TIE_TOLERANCE = 1e-9;

/**
 * A practice's own inputs and its sustainability figures, as the analysis result lists them.
 * `standardError`: of the benefit, where it sums fair shares estimated by Monte Carlo (benefitStandardError).
 */
export function practiceRiskFigures(practice: { crisisRisk: number; gap: number }, benefit: number, autonomy: number, standardError = 0)
    : Pick<PracticeAnalysis, 'gap' | 'crisisRisk' | 'paradoxVerdictUncertain'> & SustainabilityFigures {
    const figures = sustainability(practice.crisisRisk, benefit, practice.gap, autonomy);
    const uncertain = verdictUncertain(figures.paradoxVerdict, practice.crisisRisk, benefit, practice.gap, autonomy, standardError);
    return { gap: practice.gap, crisisRisk: practice.crisisRisk, ...figures, ...(uncertain ? { paradoxVerdictUncertain: { standardError } } : {}) };
}

/**
 * Whether the verdict could change if the estimated benefit moved by two standard errors either way (about
 * 98% one-sided, the cut-off withinTwoStandardErrors uses for signs). E_collective never falls as the benefit
 * rises, so the verdict is monotone in it: the two ends decide whether any benefit in between reads otherwise.
 */
function verdictUncertain(verdict: ParadoxVerdict, risk: number, benefit: number, gap: number, autonomy: number, standardError: number): boolean {
    if (!(standardError > 0)) return false;
    const at = (b: number): ParadoxVerdict => sustainability(risk, b, gap, autonomy).paradoxVerdict;
    return at(benefit - 2 * standardError) !== verdict || at(benefit + 2 * standardError) !== verdict;
}

/**
 * The standard error of a practice's benefit B_i, in minor units (rounded like the shares' own): its fair shares
 * estimated by Monte Carlo are independent estimates (each initiative draws its own orderings), so their errors
 * combine as the square root of the sum of squares. Exact terms (as charged, exact Shapley, loss-making) add none.
 */
export function benefitStandardError(estimatedErrors: Iterable<number>): number {
    let squares = 0;
    for (const se of estimatedErrors) squares += se * se;
    return Math.round(Math.sqrt(squares));
}

/**
 * Each practice's fair-share standard errors from the initiatives whose benefit is estimated (benefitIsEstimated):
 * what benefitStandardError combines. A practice in none of them is absent.
 */
export function estimatedBenefitErrors(initiatives: Iterable<Pick<InitiativeAnalysis, 'method' | 'sharing' | 'lossMaking' | 'shares'>>)
    : Map<string, number[]> {
    const errorsOf = new Map<string, number[]>();
    for (const initiative of initiatives) {
        if (!benefitIsEstimated(initiative)) continue;
        for (const share of initiative.shares) {
            const errors = errorsOf.get(share.practice) ?? [];
            errors.push(share.fairShareStandardError ?? 0);
            errorsOf.set(share.practice, errors);
        }
    }
    return errorsOf;
}

export function sustainability(risk: number, benefit: number, gap: number, autonomy: number): SustainabilityFigures {
    const residualRisk = risk * (1 - gapCovered(benefit, gap));
    const expectedAlone = 1 - risk;
    const expectedCollective = autonomy * (1 - residualRisk);
    const paradoxVerdict: ParadoxVerdict = expectedCollective > expectedAlone + TIE_TOLERANCE ? 'better-ceding'
        : expectedCollective < expectedAlone - TIE_TOLERANCE ? 'better-alone'
            : 'no-difference';
    return { residualRisk, expectedAlone, expectedCollective, expectedMerger: 0, paradoxResolved: paradoxVerdict === 'better-ceding', paradoxVerdict };
}
