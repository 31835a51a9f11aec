/**
 * Whole-model passes of analyse() kept by a caller (the editor, through its
 * InitiativeCache) from one analysis to the next: who belongs to which
 * collective (Membership) and the stated trust pairs (TrustTable). Each reads
 * a few parts of the clean model; the editor's clean records are the same
 * objects while their declarations are untouched (clean-records.ts), so a
 * keystroke in a list size or a cost finds those parts the same by identity
 * and the passes are not made again over thousands of collectives and trust
 * statements.
 */
import type { Collective, TrustStatement } from '@autonomy/domain';
import { Membership } from './membership.js';
import type { TrustAnalysis } from './result.js';
import type { CleanModel } from './sanitise.js';
import { TrustTable } from './trust.js';

export class KeptPasses {
    private membership: { collectives: readonly Collective[]; practiceIds: string[]; value: Membership } | undefined;
    private trust: { statements: readonly TrustStatement[]; membership: Membership; threshold: number; believes: boolean[];
        stated: ReadonlyMap<string, TrustAnalysis>; origin: object } | undefined;

    /**
     * A Membership of `model`: the last one while the collectives are the same records in the same
     * order and the practices' ids the same (all it reads: members, ids, which ids are practices,
     * who speaks for its members). Its answers are worked out on demand and never change.
     */
    membershipOf(model: CleanModel): Membership {
        const practiceIds = model.practices.map(p => p.id);
        const last = this.membership;
        if (last && sameItems(last.collectives, model.collectives) && sameItems(last.practiceIds, practiceIds)) {
            return last.value;
        }
        const value = new Membership(model);
        this.membership = { collectives: model.collectives, practiceIds, value };
        return value;
    }

    /**
     * A TrustTable of `model`, starting from the last one's stated pairs while the statements are the
     * same records in the same order, the membership the same object (so are the collectives and the
     * practices' ids), the threshold equal and each practice's belief the same: all the stated pairs
     * read. Pairs added by lookup() are not kept: each analysis adds its own.
     */
    trustTableOf(model: CleanModel, membership: Membership): TrustTable {
        const believes = model.practices.map(p => p.believesAloneUnsustainable);
        const threshold = model.settings.trustThreshold;
        const last = this.trust;
        if (last && last.membership === membership && Object.is(last.threshold, threshold) && sameItems(last.statements, model.trust)
            && sameItems(last.believes, believes)) {
            return new TrustTable(model, membership, last.stated, last.origin);
        }
        // Made from its own stated pairs, so that the tables kept from it share its origin (outcome-memo.ts): a
        // small object of its own, so that what the outcomes keep does not keep the pairs or the membership.
        const stated = new TrustTable(model, membership).statedPairs();
        const origin = {};
        this.trust = { statements: model.trust, membership, threshold, believes, stated, origin };
        return new TrustTable(model, membership, stated, origin);
    }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
    if (a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) {
            return false;
        }
    }
    return true;
}
