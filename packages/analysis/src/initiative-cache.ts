/**
 * Memoised initiative figures, kept by a caller (the editor) across analyses.
 * An initiative's figures depend only on its own inputs and its participants'
 * list sizes, so when another part of the model changes, or text moves it to
 * other lines, they need not be computed again. Bounded: the least recently
 * used entries go first.
 */
import type { Initiative, Practice } from '@autonomy/domain';
import type { ResolvedOptions } from './options.js';
import type { InitiativeFigures } from './initiative.js';

export const DEFAULT_INITIATIVE_CACHE_SIZE = 4_096;

export class InitiativeCache {
    private readonly entries = new Map<string, InitiativeFigures>();

    constructor(readonly capacity = DEFAULT_INITIATIVE_CACHE_SIZE) {}

    get size(): number {
        return this.entries.size;
    }

    /** The figures for `key`, computing them on a miss. Callers must not mutate what comes back: it is shared. */
    figures(key: string, compute: () => InitiativeFigures): InitiativeFigures {
        const hit = this.entries.get(key);
        if (hit) {
            // Re-inserted so the Map's insertion order is the order of last use.
            this.entries.delete(key);
            this.entries.set(key, hit);
            return hit;
        }
        const value = compute();
        this.entries.set(key, value);
        if (this.entries.size > this.capacity) {
            this.entries.delete(this.entries.keys().next().value!);
        }
        return value;
    }

    clear(): void {
        this.entries.clear();
    }
}

/**
 * Everything analyseInitiative reads, as a string: equal keys give equal
 * figures. The source location is left out on purpose (an edit above an
 * initiative moves it without changing its figures).
 */
export function initiativeKey(initiative: Initiative, practiceById: Map<string, Practice>, options: ResolvedOptions): string {
    return JSON.stringify([
        initiative.id, initiative.title, initiative.collective ?? null, initiative.sharing,
        initiative.participants, initiative.participants.map(id => practiceById.get(id)?.listSize ?? 0),
        initiative.currentCosts, initiative.sharedCost, initiative.charging, initiative.coalitionValues, initiative.transfers,
        options.exactLimit, options.samples ?? null, options.seed, options.stableSplitLimit, options.stableSplitForFindingsOnly, options.decisionSupport
    ]);
}
