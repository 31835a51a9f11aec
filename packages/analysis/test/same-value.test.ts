import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue } from '../src/same-value.js';

// Few keys and leaves, so independently drawn values are often equal, and
// `source` (the key the editor ignores) turns up often.
const { value } = fc.letrec(tie => ({
    value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom<unknown>(0, -0, 1, NaN, 'x', null, true),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'source'), tie('value'), { maxKeys: 3, noNullPrototype: true })
    )
}));

const pairs = fc.oneof(fc.tuple(value, value), value.map(v => [v, structuredClone(v)] as const));

/** The reference: the JSON text, with NaN and -0 told apart from null and 0, and optionally without `source`. */
function text(v: unknown, withoutSource = false): string {
    return JSON.stringify(v, (key, x: unknown) => {
        if (withoutSource && key === 'source') {
            return undefined;
        }
        if (Object.is(x, -0)) {
            return '<minus zero>';
        }
        return typeof x === 'number' && Number.isNaN(x) ? '<NaN>' : x;
    });
}

describe('sameValue', () => {
    it('is true exactly when the two values serialise to the same JSON (NaN and -0 kept apart)', () => {
        fc.assert(fc.property(pairs, ([a, b]) => {
            expect(sameValue(a, b)).toBe(text(a) === text(b));
        }), { numRuns: 2000 });
    });

    it('with ignored keys, is true exactly when the values without those keys serialise the same', () => {
        const source = new Set(['source']);
        fc.assert(fc.property(pairs, ([a, b]) => {
            expect(sameValue(a, b, source)).toBe(text(a, true) === text(b, true));
        }), { numRuns: 2000 });
    });

    it('tells an array from an object with the same entries, and counts key order', () => {
        expect(sameValue([1], { 0: 1 })).toBe(false);
        expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
        expect(sameValue({ a: 1, source: 3, b: 2 }, { a: 1, b: 2 }, new Set(['source']))).toBe(true);
    });
});
