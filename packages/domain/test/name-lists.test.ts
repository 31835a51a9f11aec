/** One wording of lists for every package: Intl.ListFormat's in British English. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOfNames, joinNames, listNames } from '../src/name-lists.js';

describe('lists of names', () => {
    it('join with "and", without a serial comma', () => {
        expect(joinNames([])).toBe('');
        expect(joinNames(['Riverside'])).toBe('Riverside');
        expect(joinNames(['Riverside', 'Oakfield'])).toBe('Riverside and Oakfield');
        expect(joinNames(['Riverside', 'Oakfield', 'Hillside'])).toBe('Riverside, Oakfield and Hillside');
    });

    it('say "nobody" for no one where a sentence needs a subject', () => {
        expect(listNames([])).toBe('nobody');
        expect(listNames(['A', 'B'])).toBe('A and B');
    });

    it('offer alternatives with "or"', () => {
        expect(anyOfNames(['North PCN'])).toBe('North PCN');
        expect(anyOfNames(['North PCN', 'the federation', 'the place group'])).toBe('North PCN, the federation or the place group');
    });

    it('are what Intl.ListFormat writes in British English, for any names', () => {
        const and = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });
        const or = new Intl.ListFormat('en-GB', { style: 'long', type: 'disjunction' });
        // Names as models have them: words, digits, punctuation, and "and" or "or" inside a name.
        const name = fc.oneof(fc.stringMatching(/^[A-Za-z0-9'&(),. -]{0,12}$/), fc.string({ unit: 'grapheme', maxLength: 8 }));
        fc.assert(fc.property(fc.array(name, { maxLength: 7 }), names => {
            expect(joinNames(names)).toBe(and.format(names));
            expect(anyOfNames(names)).toBe(or.format(names));
        }), { numRuns: 2000 });
    });
});
