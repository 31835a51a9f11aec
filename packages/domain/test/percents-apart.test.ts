/** Percentages a verdict says differ are shown differing (formatPercentsApart). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatPercentsApart } from '../src/money.js';

describe('two percentages shown apart', () => {
    it('keeps one decimal where that tells them apart, and adds decimals only where it does not', () => {
        expect(formatPercentsApart(0.7, 0.693)).toEqual(['70%', '69.3%']);
        // A practice gaining a penny against a £10,000 gap: E collective 0.7000003 against 0.7 alone.
        expect(formatPercentsApart(0.7, 0.7000003)).toEqual(['70%', '70.00003%']);
        expect(formatPercentsApart(0.3, 0.2999997)).toEqual(['30%', '29.99997%']);
        // Not said to differ: as formatPercent shows them.
        expect(formatPercentsApart(0.7, 0.7000003, false)).toEqual(['70%', '70%']);
    });

    it('differs whenever the two differ by a ten-billionth or more, and otherwise reads as formatPercent', () => {
        fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -1e-3, max: 1e-3, noNaN: true }), fc.boolean(), (a, d, apart) => {
            const b = Math.min(1, Math.max(0, a + d));
            const [x, y] = formatPercentsApart(a, b, apart);
            if (!apart || formatPercent(a) !== formatPercent(b)) {
                expect([x, y]).toEqual([formatPercent(a), formatPercent(b)]);
            } else if (Math.abs(a - b) >= 1e-10) {
                expect(x).not.toBe(y);
            }
        }), { numRuns: 5000 });
    });
});
