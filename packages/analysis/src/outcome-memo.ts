/**
 * Each initiative's predicted outcome (initiative-outcome.ts), kept by a
 * caller (the editor, through its InitiativeCache) across analyses. An
 * outcome reads the initiative's figures (its participants, their benefits,
 * titles and list sizes), the collective that runs it and those inside it,
 * the membership, and the trust table's answers for the pairs it looks up.
 * So it is the last one while the figures, the collective record and the
 * trust table's origin (the stated pairs it started from) are the same
 * objects (kept-passes.ts: the same stated pairs mean the same statements,
 * beliefs, threshold and Membership object, so the same collective records,
 * and a pair with no statement is answered the same too). The memo keeps
 * only the origin's small token, not the pairs or the membership. A lookup also adds a pair with no statement to the table,
 * in the order initiatives ask (the result's `trust` lists them so): a kept
 * outcome asks for its pairs again, in the same order.
 */
import type { Collective, Initiative } from '@autonomy/domain';
import type { InitiativeFigures } from './initiative.js';
import type { InitiativeOutcome } from './result.js';
import type { TrustTable } from './trust.js';

interface Kept {
    figures: InitiativeFigures;
    collective: Collective | undefined;
    origin: object;
    /** The pairs looked up, unit then collective, in order. */
    pairs: string[];
    outcome: InitiativeOutcome;
}

export class OutcomeMemo {
    private readonly byInitiative = new WeakMap<Initiative, Kept>();

    /**
     * The outcome of `initiative` (a clean record): the kept one, its lookups asked of `trust` again,
     * or `decide(recording)`'s, where `recording` is `trust` writing down the pairs it is asked for.
     */
    of(initiative: Initiative, figures: InitiativeFigures, collective: Collective | undefined, trust: TrustTable,
        decide: (recording: TrustTable) => InitiativeOutcome): InitiativeOutcome {
        const origin = trust.origin;
        const kept = this.byInitiative.get(initiative);
        if (kept && kept.figures === figures && kept.collective === collective && kept.origin === origin) {
            for (let i = 0; i < kept.pairs.length; i += 2) {
                trust.lookup(kept.pairs[i], kept.pairs[i + 1]);
            }
            return kept.outcome;
        }
        const pairs: string[] = [];
        trust.recording = pairs;
        let outcome: InitiativeOutcome;
        try {
            outcome = decide(trust);
        } finally {
            trust.recording = undefined;
        }
        this.byInitiative.set(initiative, { figures, collective, origin, pairs, outcome });
        return outcome;
    }
}
