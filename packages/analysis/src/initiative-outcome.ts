/**
 * DOMAIN.md items 11 and 19 applied to one initiative's figures: each
 * participant's benefit under the proposed rule, the (possibly nested) vote,
 * and the predicted outcome. Shared by analyse() and the sensitivity search,
 * so both read votes and readiness the same way.
 */
import type { Collective } from '@autonomy/domain';
import type { InitiativeFigures } from './initiative.js';
import { decide, type VoteInputs } from './nested-vote.js';
import { type InitiativeOutcome, benefitIsEstimated } from './result.js';

export function initiativeOutcome(
    figures: InitiativeFigures, collective: Collective | undefined, inputs: Omit<VoteInputs, 'benefit'>
): InitiativeOutcome {
    const benefit = new Map(figures.shares.map(share => [share.practice, share.benefitUnderRule]));
    // Shared fairly above the exact limit, each benefit is a Monte Carlo estimate: its standard error says whether its sign is settled.
    const standardError = benefitIsEstimated(figures)
        ? new Map(figures.shares.map(share => [share.practice, share.fairShareStandardError ?? 0]))
        : undefined;
    return decide(collective, figures.participants, { ...inputs, benefit, ...(standardError ? { standardError } : {}) });
}
