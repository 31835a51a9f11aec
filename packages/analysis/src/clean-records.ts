/**
 * Cleaned records (sanitise.ts) by the identity of the model's records, kept
 * by a caller across analyses (the editor, through its InitiativeCache). The
 * editor's domain model keeps the record object of every declaration an edit
 * did not touch, so the same raw record gives the same clean one, and what is
 * computed from clean records can be recognised by identity
 * (InitiativeCache.figuresOf) rather than by comparing contents.
 *
 * A clean record depends on its raw record and, for some kinds, on which ids
 * the rest of the model knows (a participant that names no practice is left
 * out): `known` lists those answers, and a kept clean record is used only
 * while they are the same. Raw records must not be changed once analysed.
 */
import { sameValue } from './same-value.js';

/**
 * Answers up to this many are kept as the bits of one small integer rather than an array
 * (0.5 MB of arrays on the 50,000-line workspace, docs/performance.md).
 */
const PACKED_ANSWERS = 29;

type Answers = readonly boolean[] | number | undefined;

export class CleanRecords {
    private readonly byRecord = new WeakMap<object, { clean: unknown; known: Answers }>();

    /** `clean()`, or what it gave for `raw` last time when `known()` answers the same. */
    of<T>(raw: T, clean: () => T, known?: () => readonly boolean[]): T {
        if (typeof raw !== 'object' || raw === null) {
            return clean();
        }
        const answers = packed(known?.());
        const entry = this.byRecord.get(raw);
        if (entry && sameAnswers(entry.known, answers)) {
            return entry.clean as T;
        }
        const made = clean();
        // A raw record that was clean already (the editor's usually is) stands for itself: no copy is kept.
        const value = sameValue(made, raw) ? raw : made;
        this.byRecord.set(raw, { clean: value, known: answers });
        return value;
    }
}

/** A leading 1 bit, then one bit an answer: a different number for every list of that many answers. */
function packed(answers: readonly boolean[] | undefined): Answers {
    if (answers === undefined || answers.length > PACKED_ANSWERS) {
        return answers;
    }
    let bits = 1;
    for (const answer of answers) {
        bits = bits * 2 + (answer ? 1 : 0);
    }
    return bits;
}

function sameAnswers(a: Answers, b: Answers): boolean {
    if (typeof a !== 'object' || typeof b !== 'object') {
        return a === b;
    }
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
