/**
 * DOMAIN.md item 20: money an initiative needs up front. Split by the
 * initiative's charging rule unless the investment states its own split
 * (largest remainder, so the shares sum exactly to the amount). Per practice:
 * payback = share / yearly benefit (none when the benefit is not positive) and
 * the benefit over the horizon H * yearly benefit - share. Sustainability uses
 * the yearly benefit less share / H (annualised below).
 */
import type { Initiative } from '@autonomy/domain';
import { splitByRule } from './charging.js';
import type { InvestmentAnalysis, ParticipantShare } from './result.js';

export function analyseInvestment(initiative: Initiative, shares: readonly ParticipantShare[], horizonYears: number): InvestmentAnalysis | undefined {
    const investment = initiative.investment;
    if (!investment) {
        return undefined;
    }
    const rule = investment.split ?? initiative.charging;
    const { amounts } = splitByRule(investment.amount, rule, shares.map(s => s.practice), shares.map(s => s.listSize));
    return {
        amount: investment.amount,
        split: investment.split ? investment.split.kind : 'charging',
        shares: shares.map((s, i) => {
            const share = amounts[i] ?? 0;
            const yearly = s.benefitUnderRule;
            const paybackYears = share === 0 ? 0 : yearly > 0 ? share / yearly : null;
            return {
                practice: s.practice,
                share,
                yearlyBenefit: yearly,
                paybackYears,
                horizonBenefit: horizonYears * yearly - share,
                repaidWithinHorizon: paybackYears !== null && paybackYears <= horizonYears
            };
        })
    };
}

/**
 * A share of money up front spread over the horizon, for sustainability. With
 * no horizon (the validator reports a horizon that is not positive) the whole
 * share counts in one year.
 */
export function annualised(share: number, horizonYears: number): number {
    return horizonYears > 0 ? share / horizonYears : share;
}
