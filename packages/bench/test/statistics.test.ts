import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, percentile, percentileIndex } from '../src/statistics.js';

describe('benchmark order statistics', () => {
    it('take the nearest rank: the smallest sample with at least that fraction at or below it', () => {
        expect(median([30, 10, 20])).toBe(20);
        // Two samples: the lower one, not their mean.
        expect(median([40, 10])).toBe(10);
        expect(percentile([5, 1, 4, 2, 3], 0.95)).toBe(5);
        expect(percentile([], 0.5)).toBeNaN();
        expect(percentileIndex([], 0.5)).toBe(-1);
    });

    // measure-size.ts reads the main-thread CPU of the repetition whose process CPU is the median.
    it('say which sample the percentile is, so a figure measured with it can be read', () => {
        fc.assert(fc.property(
            fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            (samples, fraction) => {
                const at = percentileIndex(samples, fraction);
                const sorted = [...samples].sort((a, b) => a - b);
                const reference = sorted[Math.max(1, Math.ceil(fraction * sorted.length)) - 1];
                expect(samples[at]).toBe(reference);
                expect(percentile(samples, fraction)).toBe(reference);
            }
        ));
    });
});
