import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedRatio } from '../src/build-ratio.js';

describe('the build ratios\' verdict figure', () => {
    it('is the median of each pair\'s ratio, not the ratio of the medians', () => {
        // Pairs' ratios 0.5, 2 and 0.9: median 0.9. Medians 300 / 300 would say 1.0.
        const paired = pairedRatio([{ ours: 100, peer: 200 }, { ours: 600, peer: 300 }, { ours: 270, peer: 300 }]);
        expect(paired?.ratios).toEqual([0.5, 2, 0.9]);
        expect(paired?.median).toBe(0.9);
    });

    it('leaves out a pair with a figure missing, and has no figure without a whole pair', () => {
        expect(pairedRatio([{ ours: 100 }, { ours: 150, peer: 200 }])?.ratios).toEqual([0.75]);
        expect(pairedRatio([{ peer: 100 }, { ours: 100, peer: 0 }])).toBeUndefined();
        expect(pairedRatio([])).toBeUndefined();
    });

    it('lies between the smallest and the largest pair\'s ratio', () => {
        fc.assert(fc.property(
            fc.array(fc.record({ ours: fc.integer({ min: 1, max: 5000 }), peer: fc.integer({ min: 1, max: 5000 }) }), { minLength: 1, maxLength: 7 }),
            pairs => {
                const paired = pairedRatio(pairs)!;
                const ratios = pairs.map(p => p.ours / p.peer);
                expect(paired.median).toBeGreaterThanOrEqual(Math.min(...ratios));
                expect(paired.median).toBeLessThanOrEqual(Math.max(...ratios));
                expect(paired.ratios).toContain(paired.median);
            }
        ));
    });
});
