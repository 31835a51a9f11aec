/** DOMAIN.md item 20: a practice asked to put in money it will not get back within the horizon. */
import { type Words, base, round2 } from './finding-words.js';
import { type AnalysisFinding, type InitiativeAnalysis, benefitIsEstimated } from './result.js';

export function investmentFindings(i: InitiativeAnalysis, w: Words, horizonYears: number): AnalysisFinding[] {
    // Shared fairly above the exact limit, the yearly benefit is a fair share estimated by Monte Carlo: the payback is too.
    const estimated = benefitIsEstimated(i);
    const errorOf = new Map(i.shares.map(s => [s.practice, s.fairShareStandardError ?? 0]));
    return (i.investment?.shares ?? []).filter(s => s.share > 0 && !s.repaidWithinHorizon).map(s => ({
        code: 'investment-not-repaid',
        severity: 'warning',
        message: `${w.practice(s.practice)} puts ${w.money(s.share)} into ${i.title} up front but `
            + (estimated
                ? (s.paybackYears === null
                    ? 'is estimated never to get it back'
                    : `is estimated to get it back only after ${round2(s.paybackYears)} years, beyond the ${horizonYears}-year horizon`)
                    + `: its yearly benefit is estimated at ${w.money(s.yearlyBenefit)} (standard error ${w.money(errorOf.get(s.practice) ?? 0)})`
                    + (s.horizonBenefit < 0 ? `, an estimated ${w.money(-s.horizonBenefit)} down over the horizon` : '')
                : (s.paybackYears === null
                    ? `never gets it back: its yearly benefit is ${w.money(s.yearlyBenefit)}`
                    : `gets it back only after ${round2(s.paybackYears)} years, beyond the ${horizonYears}-year horizon`)
                    + (s.horizonBenefit < 0 ? ` (it is ${w.money(-s.horizonBenefit)} down over the horizon)` : ''))
            + '. Give it a smaller share of the investment, compensate it, or leave it out.',
        ...base(i),
        practice: s.practice,
        data: { share: s.share, yearlyBenefit: s.yearlyBenefit, paybackYears: s.paybackYears, horizonBenefit: s.horizonBenefit }
    }));
}
