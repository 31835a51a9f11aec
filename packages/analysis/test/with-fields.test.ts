import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue } from '../src/same-value.js';
import { sanitise, withFields } from '../src/sanitise.js';
import { practice } from './fixtures.js';

const value = fc.oneof(fc.constantFrom(0, -0, NaN, undefined, null, '', 'a', true, false), fc.integer(), fc.string({ maxLength: 3 }));
const keys = fc.constantFrom('id', 'title', 'weight', 'members', 'gap', 'source');

describe('withFields', () => {
    it('is the copy { ...raw, ...fields } as data, and raw itself exactly when that copy is raw as data', () => {
        fc.assert(fc.property(fc.dictionary(keys, value), fc.dictionary(keys, value), fc.boolean(), (raw, changes, reuse) => {
            // Fields often repeat raw's own values, so that both outcomes are seen.
            const fields: Record<string, unknown> = reuse ? Object.fromEntries(Object.keys(changes).filter(k => k in raw).map(k => [k, raw[k]])) : changes;
            const copy = { ...raw, ...fields };
            const got = withFields<Record<string, unknown>>(raw, fields);
            expect(sameValue(got, copy)).toBe(true);
            expect(got === raw).toBe(sameValue(copy, raw));
        }), { numRuns: 2000 });
    });

    it('copies a record whose field is not enumerable, or that is not a plain object', () => {
        const hidden: Record<string, unknown> = Object.defineProperty({ id: 'a' }, 'title', { value: 'A', enumerable: false });
        expect(withFields(hidden, { title: 'A' })).not.toBe(hidden);
        const made: Record<string, unknown> = Object.assign(Object.create({ inherited: 1 }) as object, { id: 'a', title: 'A' });
        expect(withFields(made, { title: 'A' })).not.toBe(made);
    });

    it('lets sanitise keep a practice or trust statement that is clean already, and copy one that is not', () => {
        const clean = sanitise({ ...emptyModel(), practices: [practice('a', 100)], trust: [] });
        const again = sanitise({ ...emptyModel(), practices: clean.practices });
        expect(again.practices[0]).toBe(clean.practices[0]);
        const raw = { ...clean.practices[0], listSize: -5 };
        const fixed = sanitise({ ...emptyModel(), practices: [raw] }).practices[0];
        expect(fixed).not.toBe(raw);
        expect(fixed).toEqual({ ...raw, listSize: 0 });
    });
});

function emptyModel() {
    return { settings: { title: 'T', currency: '£', horizonYears: 5, trustThreshold: 6 }, domains: [], practices: [], collectives: [], trust: [], initiatives: [], mergers: [], partners: [] };
}
