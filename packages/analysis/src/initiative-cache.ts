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
 * their clean copies), the figures are the last ones without looking at their
 * contents. Otherwise (a record moved or changed) by content: an entry keeps
 * the records it was computed from, found by a hash of the parts of them
 * edits change most (lookupHash) and compared with them in full, rather than
 * by a key string of its contents (a second copy of every initiative and its
 * participants: 2.2 MB on the 50,000-line workspace, docs/performance.md).
 */
import type { Initiative, Practice } from '@autonomy/domain';
import { CleanRecords } from './clean-records.js';
import { combinedHash, contentHash } from './content-hash.js';
import { FindingsMemo } from './findings-memo.js';
import { KeptPasses } from './kept-passes.js';
import { OutcomeMemo } from './outcome-memo.js';
import type { ResolvedOptions } from './options.js';
import type { InitiativeFigures } from './initiative.js';
import { sameValue } from './same-value.js';

export const DEFAULT_INITIATIVE_CACHE_SIZE = 4_096;

/** Source locations: the only fields of an initiative or practice the figures do not read. */
const SOURCE = 'source';

interface Entry {
    /** Records with the contents the figures were computed from (the latest such objects seen). */
    initiative: Initiative;
    participants: Array<Practice | undefined>;
    /** shapingKey of the options. */
    shaping: string;
    figures: InitiativeFigures;
}

export class InitiativeCache {
    /**
     * By lookupHash combined with the shaping key's hash: the entries of contents alike in what that reads
     * (edits elsewhere in an initiative), oldest first. The buckets are in the order of last use.
     */
    private readonly buckets = new Map<number, Entry[]>();
    private count = 0;
    private readonly byIdentity = new WeakMap<Initiative, Entry>();
    /** The last shaping key and its hash: one analysis asks with the same key for every initiative. */
    private lastShaping = '';
    private lastShapingHash = contentHash(['']);
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
     * shapingKey of the options (which is all of them the figures read). Callers must not mutate what
     * comes back: it is shared.
     */
    figuresOf(initiative: Initiative, practiceById: Map<string, Practice>, _options: ResolvedOptions, shaping: string,
        compute: () => InitiativeFigures): InitiativeFigures {
        const participants = initiative.participants.map(id => practiceById.get(id));
        const known = this.byIdentity.get(initiative);
        if (known && known.shaping === shaping && known.participants.length === participants.length
            && known.participants.every((p, i) => p === participants[i])) {
            return known.figures;
        }
        const key = combinedHash([lookupHash(initiative, participants), this.shapingHash(shaping)]);
        const bucket = this.buckets.get(key) ?? [];
        // Re-inserted either way, so the Map's insertion order is the order of last use.
        this.buckets.delete(key);
        const found = bucket.findIndex(e => e.shaping === shaping && sameContent(e, initiative, participants));
        let entry: Entry;
        if (found >= 0) {
            entry = bucket.splice(found, 1)[0];
            // The newest records stand for these contents from now on: the ones they replace may go.
            entry.initiative = initiative;
            entry.participants = participants;
        } else {
            entry = { initiative, participants, shaping, figures: compute() };
            this.count++;
        }
        bucket.push(entry);
        this.buckets.set(key, bucket);
        this.evictOverCapacity();
        this.byIdentity.set(initiative, entry);
        return entry.figures;
    }

    /** The least recently used entries go first: the oldest of the least recently used bucket. */
    private evictOverCapacity(): void {
        while (this.count > this.capacity) {
            const [key, oldest] = this.buckets.entries().next().value!;
            oldest.shift();
            this.count--;
            if (oldest.length === 0) {
                this.buckets.delete(key);
            }
        }
    }

    private shapingHash(shaping: string): number {
        if (shaping !== this.lastShaping) {
            this.lastShaping = shaping;
            this.lastShapingHash = contentHash([shaping]);
        }
        return this.lastShapingHash;
    }

    get size(): number {
        return this.count;
    }

    clear(): void {
        this.buckets.clear();
        this.count = 0;
    }
}

/**
 * Where an initiative's entry is looked for: a hash of its id, title, participants, current costs and their
 * list sizes (what edits change most), not of all the records' contents: that was a fourteenth of a full
 * build's analysis, where nothing is found. Equal contents give equal hashes; the bucket's entries are
 * compared in full (sameContent).
 */
function lookupHash(initiative: Initiative, participants: ReadonlyArray<Practice | undefined>): number {
    return contentHash([initiative.id, initiative.title, initiative.participants, initiative.currentCosts, participants.map(p => p?.listSize)]);
}

/** Whether the entry's records have the contents of these, source locations aside. */
function sameContent(entry: Entry, initiative: Initiative, participants: ReadonlyArray<Practice | undefined>): boolean {
    return sameWithoutSource(entry.initiative, initiative) && entry.participants.length === participants.length
        && entry.participants.every((p, i) => sameWithoutSource(p, participants[i]));
}

/** sameValue of two records but for their own `source` (its key order and every other field count). */
function sameWithoutSource(a: object | undefined, b: object | undefined): boolean {
    if (a === b) {
        return true;
    }
    if (a === undefined || b === undefined || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
        return false;
    }
    const keys = Object.keys(a).filter(k => k !== SOURCE);
    const others = Object.keys(b).filter(k => k !== SOURCE);
    return keys.length === others.length && keys.every((k, i) => k === others[i]
        && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
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
