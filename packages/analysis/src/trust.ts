/**
 * DOMAIN.md item 10: Green's trust equation and readiness to cede.
 * T = (credibility + reliability + intimacy) / self-orientation; ready when
 * T >= threshold and the partners believe going alone is unsustainable.
 * No statement: readiness unknown (null), counted as not ready in predictions.
 */
import type { TrustAnalysis } from './result.js';
import type { CleanModel } from './sanitise.js';

export function trustScore(s: { credibility: number; reliability: number; intimacy: number; selfOrientation: number }): number {
    return (s.credibility + s.reliability + s.intimacy) / s.selfOrientation;
}

export class TrustTable {
    private readonly byPair = new Map<string, TrustAnalysis>();

    constructor(private readonly model: CleanModel) {
        for (const statement of model.trust) {
            const key = pairKey(statement.practice, statement.collective);
            if (this.byPair.has(key)) {
                continue; // the first statement wins; the validator reports duplicates
            }
            const score = trustScore(statement);
            const clears = score >= model.settings.trustThreshold;
            const believes = model.practiceById.get(statement.practice)?.believesAloneUnsustainable ?? false;
            this.byPair.set(key, {
                practice: statement.practice,
                collective: statement.collective,
                score,
                clearsThreshold: clears,
                believesAloneUnsustainable: believes,
                ready: clears && believes
            });
        }
        // Pairs that matter (a participant and the collective running its initiative) but have no statement.
        for (const initiative of model.initiatives) {
            if (!initiative.collective) {
                continue;
            }
            for (const practice of initiative.participants) {
                this.lookup(practice, initiative.collective);
            }
        }
    }

    /** The analysis for a pair, creating an 'unknown' entry when no statement exists. */
    lookup(practice: string, collective: string): TrustAnalysis {
        const key = pairKey(practice, collective);
        let entry = this.byPair.get(key);
        if (!entry) {
            entry = {
                practice,
                collective,
                score: null,
                clearsThreshold: null,
                believesAloneUnsustainable: this.model.practiceById.get(practice)?.believesAloneUnsustainable ?? false,
                ready: null
            };
            this.byPair.set(key, entry);
        }
        return entry;
    }

    /** Statements in model order, then the unknown pairs in the order initiatives name them. */
    all(): TrustAnalysis[] {
        return [...this.byPair.values()];
    }
}

function pairKey(practice: string, collective: string): string {
    return `${practice}\u0000${collective}`;
}
