/**
 * The charts' axes come from d3-scale (`nice` then `ticks`): round ticks, about
 * as many as asked for, covering the data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../src/charts/scale.js';

/**
 * The data range of a chart, from pennies to millions: one value, or a spread
 * of at least a millionth of its size (no chart plots a narrower one, nor a
 * value nearer zero than a billionth).
 */
const value = fc.double({ min: -5e6, max: 5e6, noNaN: true }).map(v => (Math.abs(v) < 1e-9 ? 0 : v));
const range = fc.tuple(value, value).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
    .filter(([lo, hi]) => lo === hi || hi - lo >= 1e-6 * Math.max(1, Math.abs(lo), Math.abs(hi)));

describe('chart axes', () => {
    it('are round: evenly spaced by 1, 2 or 5 times a power of ten, on multiples of the step, with no float noise', () => {
        fc.assert(fc.property(range, fc.integer({ min: 2, max: 10 }), ([lo, hi], count) => {
            const { ticks } = linearScale(lo, hi, 0, 400, count);
            expect(ticks.length).toBeGreaterThanOrEqual(2);
            const step = ticks[1] - ticks[0];
            const power = 10 ** Math.floor(Math.log10(step) + 1e-9);
            expect([1, 2, 5, 10]).toContain(Math.round(step / power));
            ticks.forEach((t, i) => {
                expect(t).toBeCloseTo(ticks[0] + i * step, 6);
                expect(Math.abs(t / step - Math.round(t / step))).toBeLessThan(1e-6 * Math.max(1, Math.abs(t / step)));
                expect(Number(t.toPrecision(12))).toBe(t);
                expect(Object.is(t, -0)).toBe(false);
            });
        }));
    });

    it('cover the data, end on the plot edges, and show about as many steps as asked (d3 widens until the step stays put)', () => {
        fc.assert(fc.property(range, fc.integer({ min: 2, max: 10 }), ([lo, hi], count) => {
            const scale = linearScale(lo, hi, 0, 400, count);
            const { ticks } = scale;
            expect(ticks[0]).toBeLessThanOrEqual(lo);
            expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(hi);
            expect(scale(ticks[0])).toBeCloseTo(0, 6);
            expect(scale(ticks[ticks.length - 1])).toBeCloseTo(400, 6);
            // With the step d3's tickIncrement picks for the widened range, the
            // steps shown lie between 0.6 and 1.6 times the count asked for.
            const steps = ticks.length - 1;
            expect(steps).toBeLessThanOrEqual(Math.ceil(1.6 * count));
            expect(steps).toBeGreaterThanOrEqual(Math.floor(0.6 * count));
        }));
    });

    it('a tornado of net savings from £4,600 to £30,400 in four steps reads £0 to £40,000 by £10,000', () => {
        // North Locality's document hub (examples/north-locality.autonomy): the
        // hand-written scale before d3 drew eight steps of £5,000 up to £35,000.
        expect(linearScale(4_600, 30_400, 0, 400, 4).ticks).toEqual([0, 10_000, 20_000, 30_000, 40_000]);
    });

    it('a single value gets an axis of its own either side', () => {
        const { ticks } = linearScale(3, 3, 0, 100);
        expect(ticks[0]).toBeLessThan(3);
        expect(ticks[ticks.length - 1]).toBeGreaterThan(3);
    });
});
