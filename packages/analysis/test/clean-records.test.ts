/**
 * A kept clean record stands only while the rest of the model gives the same
 * answers it was cleaned with, however they are stored (short lists as bits).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CleanRecords } from '../src/clean-records.js';

const answers = fc.array(fc.boolean(), { maxLength: 40 });

describe('CleanRecords', () => {
    test('the kept clean record comes back exactly when the answers are the same list', () => {
        fc.assert(fc.property(answers, answers, (first, second) => {
            const records = new CleanRecords();
            const raw = { id: 'p', list: -1 };
            const cleaned = records.of(raw, () => ({ id: 'p', list: 0 }), () => first);
            const again = records.of(raw, () => ({ id: 'p', list: 0 }), () => second);
            const same = first.length === second.length && first.every((x, i) => x === second[i]);
            expect(again === cleaned).toBe(same);
        }), { numRuns: 500 });
    });

    test('no answers, and answers after none, are told apart', () => {
        const records = new CleanRecords();
        const raw = { id: 'p', list: -1 };
        const cleaned = records.of(raw, () => ({ id: 'p', list: 0 }));
        expect(records.of(raw, () => ({ id: 'p', list: 0 }))).toBe(cleaned);
        expect(records.of(raw, () => ({ id: 'p', list: 0 }), () => [])).not.toBe(cleaned);
    });
});
