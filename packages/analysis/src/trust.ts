/**
 * DOMAIN.md item 10: Green's trust equation and readiness to cede.
 * T = (credibility + reliability + intimacy) / self-orientation; ready when
 * T >= threshold and the partners believe going alone is unsustainable.
 * No statement: readiness unknown (null), counted as not ready in predictions.
 * Item 19: a collective may trust a collective containing it; it believes going
 * alone is unsustainable when more than half of its practices (through nesting) do.
 */
import { Membership } from './membership.js';
import type { TrustAnalysis } from './result.js';
import type { CleanModel } from './sanitise.js';

export function trustScore(s: { credibility: number; reliability: number; intimacy: number; selfOrientation: number }): number {
    return (s.credibility + s.reliability + s.intimacy) / s.selfOrientation;
}

export class TrustTable {
    private readonly byPair: Map<string, TrustAnalysis> = new Map();
    /**
     * Names the stated pairs the table started from (a new object when it worked them out itself): two
     * tables of the same origin answer every lookup alike (outcome-memo.ts).
     */
    readonly origin: object;
    /**
     * While set, every pair asked of lookup() is added to it, unit then collective (outcome-memo.ts writes down what
     * an outcome reads). A field rather than a wrapper object with the table as its prototype: that made the table a
     * prototype, which slowed every access to it (docs/performance.md).
     */
    recording: string[] | undefined = undefined;

    /**
     * `stated`: the pairs of an earlier table's statedPairs(), when everything they read is the same
     * (kept-passes.ts); else they are worked out from the model's statements.
     */
    constructor(private readonly model: CleanModel, private readonly membership: Membership = new Membership(model),
        stated?: ReadonlyMap<string, TrustAnalysis>, origin: object = stated ?? {}) {
        this.origin = origin;
        if (stated) {
            this.byPair = new Map(stated);
            return;
        }
        for (const statement of model.trust) {
            const key = pairKey(statement.practice, statement.collective);
            if (this.byPair.has(key)) {
                continue; // the first statement wins; the validator reports duplicates
            }
            const score = trustScore(statement);
            const clears = score >= model.settings.trustThreshold;
            const believes = this.believes(statement.practice);
            this.byPair.set(key, {
                practice: statement.practice,
                ...this.kindOf(statement.practice),
                collective: statement.collective,
                score,
                clearsThreshold: clears,
                believesAloneUnsustainable: believes,
                ready: clears && believes
            });
        }
        // Pairs that matter but have no statement (a voter and the collective whose vote it takes part in)
        // are added by lookup() as the decisions are taken (nested-vote.ts).
    }

    /** The analysis for a pair, creating an 'unknown' entry when no statement exists. */
    lookup(practice: string, collective: string): TrustAnalysis {
        this.recording?.push(practice, collective);
        const key = pairKey(practice, collective);
        let entry = this.byPair.get(key);
        if (!entry) {
            entry = {
                practice,
                ...this.kindOf(practice),
                collective,
                score: null,
                clearsThreshold: null,
                believesAloneUnsustainable: this.believes(practice),
                ready: null
            };
            this.byPair.set(key, entry);
        }
        return entry;
    }

    /** The analysis of a stated pair; undefined when the model states no trust of `unit` in `collective`. */
    stated(unit: string, collective: string): TrustAnalysis | undefined {
        const entry = this.byPair.get(pairKey(unit, collective));
        return entry?.score === null ? undefined : entry;
    }

    /** Whether a unit's partners believe going alone is unsustainable: for a collective, a majority of its practices. */
    private believes(unit: string): boolean {
        const practice = this.model.practiceById.get(unit);
        if (practice) {
            return practice.believesAloneUnsustainable;
        }
        const within = [...this.membership.practicesWithin(unit)];
        const believing = within.filter(id => this.model.practiceById.get(id)?.believesAloneUnsustainable).length;
        return believing * 2 > within.length;
    }

    private kindOf(unit: string): Pick<TrustAnalysis, 'truster'> {
        return this.model.collectiveById.has(unit) && !this.model.practiceById.has(unit) ? { truster: 'collective' } : {};
    }

    /** The pairs the model states (a copy), before lookup() adds any: what a later table may start from. */
    statedPairs(): ReadonlyMap<string, TrustAnalysis> {
        return new Map([...this.byPair].filter(([, entry]) => entry.score !== null));
    }

    /** Statements in model order, then the unknown pairs in the order initiatives name them. */
    all(): TrustAnalysis[] {
        return [...this.byPair.values()];
    }
}

function pairKey(practice: string, collective: string): string {
    return `${practice}\u0000${collective}`;
}
