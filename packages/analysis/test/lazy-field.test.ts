import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/analyse.js';
import { computeOnFirstRead } from '../src/lazy-field.js';
import { brute, gameSpec, modelOf } from './fixtures.js';

const json = fc.jsonValue();
const objects = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'practices'), json, { minKeys: 1, maxKeys: 5, noNullPrototype: true });

describe('computeOnFirstRead', () => {
    it('gives the JSON and key order of the value written in, computing it once', () => {
        fc.assert(fc.property(objects, fc.nat(), json, (object, pick, value) => {
            const keys = Object.keys(object);
            const key = keys[pick % keys.length];
            const eager = { ...object, [key]: value };
            const lazy = { ...object };
            let computed = 0;
            computeOnFirstRead(lazy, key, () => {
                computed++;
                return value;
            });
            expect(computed).toBe(0);
            expect(Object.keys(lazy)).toEqual(keys);
            expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
            expect(lazy[key]).toEqual(value);
            expect(computed).toBe(1);
            expect(Object.getOwnPropertyDescriptor(lazy, key)).toEqual({ value, writable: true, enumerable: true, configurable: true });
        }));
    });

    it('takes a value written before any read, without computing', () => {
        const target = { a: 1, b: 2 };
        computeOnFirstRead(target, 'b', () => {
            throw new Error('computed');
        });
        target.b = 3;
        expect(target).toEqual({ a: 1, b: 3 });
    });

    it('refuses a field the object does not have (it would go last, changing the JSON)', () => {
        expect(() => computeOnFirstRead<{ a: number; b?: number }, 'b'>({ a: 1 }, 'b', () => 2)).toThrow(/must be a field/);
    });
});

describe('the analysis computes practice and partner figures when first read', () => {
    it('leaves them unread through the findings, then gives the figures of a fresh analysis', () => {
        fc.assert(fc.property(gameSpec(1, 6), spec => {
            const model = { ...modelOf(spec), partners: [{ id: 'ICB', title: 'The ICB', population: 90_000 }] };
            const result = analyse(model);
            expect(typeof Object.getOwnPropertyDescriptor(result, 'practices')?.get).toBe('function');
            expect(typeof Object.getOwnPropertyDescriptor(result, 'partners')?.get).toBe('function');
            const eager = JSON.parse(JSON.stringify(analyse(model))) as typeof result;
            expect(result.practices).toEqual(eager.practices);
            expect(result.partners).toEqual(eager.partners);
            expect(JSON.stringify(result)).toBe(JSON.stringify(eager));
        }), { numRuns: 40 });
    });
});

describe('standalone values', () => {
    it('are v({i}), an explicit singleton value included, exact or estimated, in the shares and the core check', () => {
        fc.assert(fc.property(gameSpec(1, 6), fc.array(fc.option(fc.integer({ min: 0, max: 9_000_000 })), { maxLength: 6 }), fc.boolean(),
            (spec, stated, exact) => {
                const explicit = stated.flatMap((value, i) => (value === null || i >= spec.pops.length ? [] : [{ members: [`P${i}`], value }]));
                const result = analyse(modelOf(spec, { coalitionValues: explicit }), { exactLimit: exact ? 20 : 0, samples: 10 });
                const analysed = result.initiatives[0];
                analysed.shares.forEach((share, i) => {
                    const own = explicit.find(e => e.members[0] === `P${i}`);
                    expect(share.standaloneValue).toBe(own ? own.value : brute(spec, [i]));
                });
                // The core check's individual rationality reads the same v({i}) (core.ts).
                expect(analysed.charged.individuallyIrrational).toEqual(analysed.shares
                    .filter(share => share.realisedBenefit < share.standaloneValue - 1e-6).map(share => share.practice));
            }), { numRuns: 60 });
    });
});
