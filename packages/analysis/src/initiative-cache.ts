/**
 * Memoised initiative figures, kept by a caller (the editor) across analyses.
 * An initiative's figures depend only on its own inputs and its participants'
 * list sizes, so when another part of the model changes, or text moves it to
 * other lines, they need not be computed again. Bounded: the least recently
 * used entries go first.
 *
 * Found first by identity: when the clean initiative and each participant's
 * clean record are the objects of the last analysis (the editor's domain
 * model keeps the records of untouched declarations, and `records` keeps
 * their clean copies), the figures are the last ones without building a key.
 * Otherwise (a record moved or changed) by the key of its contents.
 */
import type { Initiative, Practice } from '@autonomy/domain';
import { CleanRecords } from './clean-records.js';
import { FindingsMemo } from './findings-memo.js';
import { KeptPasses } from './kept-passes.js';
import { OutcomeMemo } from './outcome-memo.js';
import type { ResolvedOptions } from './options.js';
import type { InitiativeFigures } from './initiative.js';

export const DEFAULT_INITIATIVE_CACHE_SIZE = 4_096;

export class InitiativeCache {
    private readonly entries = new Map<string, InitiativeFigures>();
    private readonly byIdentity = new WeakMap<Initiative, { participants: Array<Practice | undefined>; shaping: string; figures: InitiativeFigures }>();
    /** Clean records kept across analyses (sanitise.ts), which make the identities above last. */
    readonly records = new CleanRecords();
    /** Each initiative's findings, kept while what they read is the same. */
    readonly findings = new FindingsMemo();
    /** Membership and the trust table, kept while what they read is the same. */
    readonly passes = new KeptPasses();
    /** Each initiative's predicted outcome, kept while what it reads is the same. */
    readonly outcomes = new OutcomeMemo();

    constructor(readonly capacity = DEFAULT_INITIATIVE_CACHE_SIZE) {}

    /**
     * The figures of `initiative` (a clean record), computing them on a miss; `shaping` is
     * shapingKey(options). Callers must not mutate what comes back: it is shared.
     */
    figuresOf(initiative: Initiative, practiceById: Map<string, Practice>, options: ResolvedOptions, shaping: string,
        compute: () => InitiativeFigures): InitiativeFigures {
        const participants = initiative.participants.map(id => practiceById.get(id));
        const known = this.byIdentity.get(initiative);
        if (known && known.shaping === shaping && known.participants.length === participants.length
            && known.participants.every((p, i) => p === participants[i])) {
            return known.figures;
        }
        const figures = this.figures(initiativeKey(initiative, practiceById, options), compute);
        this.byIdentity.set(initiative, { participants, shaping, figures });
        return figures;
    }

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
 * Everything analyseInitiative can read, as a string: equal keys give equal
 * figures. Derived rather than listed, so a field added to Initiative or
 * Practice is part of the key the day it is added: the whole initiative, the
 * whole record of each participant and every option that shapes figures.
 * Only source locations are left out, at any depth (an edit above an
 * initiative moves it without changing its figures).
 */
export function initiativeKey(initiative: Initiative, practiceById: Map<string, Practice>, options: ResolvedOptions): string {
    const participants = initiative.participants.map(id => practiceById.get(id) ?? null);
    return JSON.stringify([initiative, participants, shapingOptions(options)], withoutSource);
}

/** The options that shape figures, as a string: equal strings, equally shaped figures. */
export function shapingKey(options: ResolvedOptions): string {
    return JSON.stringify(shapingOptions(options));
}

function shapingOptions(options: ResolvedOptions): Omit<ResolvedOptions, 'initiativeCache' | 'isCancelled'> {
    // The cache itself and the cancellation callback do not shape the figures.
    const { initiativeCache: _cache, isCancelled: _isCancelled, ...shaping } = options;
    return shaping;
}

function withoutSource(key: string, value: unknown): unknown {
    return key === 'source' ? undefined : value;
}
