/**
 * DOMAIN.md item 11 applied to one initiative's figures: who votes, with what
 * benefit and readiness, and the predicted outcome. Shared by analyse() and
 * the sensitivity search, so both read readiness the same way.
 */
import type { Collective, Practice } from '@autonomy/domain';
import type { InitiativeFigures } from './initiative.js';
import { predictOutcome } from './outcome.js';
import type { InitiativeOutcome } from './result.js';
import type { TrustTable } from './trust.js';

export function initiativeOutcome(
    figures: InitiativeFigures, collective: Collective | undefined, trust: TrustTable, practiceById: Map<string, Practice>
): InitiativeOutcome {
    const voters = figures.shares.map(share => {
        const readiness = collective ? trust.lookup(share.practice, collective.id) : undefined;
        const practice = practiceById.get(share.practice)!;
        return {
            id: practice.id,
            title: practice.title,
            listSize: practice.listSize,
            benefit: share.benefitUnderRule,
            ready: readiness?.ready ?? null,
            clearsThreshold: readiness?.clearsThreshold ?? null
        };
    });
    return predictOutcome(collective, voters);
}
