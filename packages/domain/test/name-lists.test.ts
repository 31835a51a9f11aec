/** One wording of lists for every package: Intl.ListFormat in British English. */
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
});
