// Scrubbed figures are written back as text the language reads as the value meant, inside the limits.
import { VALUE_LIMITS, type ValueKind, withinLimits } from '@autonomy/analysis';
import { parseDecimal, parseMoney, parsePercent } from '@autonomy/language';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FigureFacts, figureText, sliderSpan, withinFigureLimits } from '../src/figure-text.js';

/** What the language reads a written figure as (packages/language literals.ts). */
function read(kind: ValueKind, text: string): number | undefined {
    if (kind === 'money' || kind === 'total') return parseMoney(text);
    return kind === 'percent' ? parsePercent(text) : parseDecimal(text);
}

const facts = (kind: ValueKind, text: string, value: number): FigureFacts => ({ kind, text, value, ...VALUE_LIMITS[kind] });

/** A figure as a model might write it: its kind, the text, its value. */
const written = fc.oneof(
    fc.integer({ min: 0, max: 50_000_000 }).map(pence => facts('money', `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: pence % 100 ? 2 : 0 })}`, pence)),
    fc.integer({ min: 0, max: 100 }).map(percent => facts('percent', `${percent}%`, percent / 100)),
    fc.integer({ min: 0, max: 60_000 }).map(n => facts('count', n.toLocaleString('en-GB'), n)),
    fc.integer({ min: 1, max: 60_000 }).map(n => facts('step-size', String(n), n)),
    fc.integer({ min: 10, max: 100 }).map(tenths => facts('trust', String(tenths / 10), tenths / 10)),
    fc.integer({ min: 0, max: 100 }).map(tenths => facts('threshold', (tenths / 10).toFixed(1), tenths / 10)),
    fc.integer({ min: 0, max: 10 }).map(n => facts('weight', String(n), n))
);

describe('figures written back after a scrub', () => {
    it('read back as the value scrubbed to, within the kind\'s limits, for any number of steps either way', () => {
        fc.assert(fc.property(written, fc.integer({ min: -500, max: 500 }), (figure, steps) => {
            expect(read(figure.kind, figure.text)).toBeCloseTo(figure.value, 9);
            const { step } = sliderSpan(figure);
            const value = withinFigureLimits(figure, Number((figure.value + steps * step).toFixed(10)));
            expect(withinLimits(figure.kind, value)).toBe(true);
            const text = figureText(figure, value, step);
            const scale = figure.kind === 'percent' ? 100 : 1;
            expect(read(figure.kind, text)! * scale).toBeCloseTo(value * scale, 6);
        }));
    });

    it('slide over a span inside the limits, in steps a partner can follow', () => {
        fc.assert(fc.property(written, figure => {
            const span = sliderSpan(figure);
            expect(withinLimits(figure.kind, span.min) && withinLimits(figure.kind, span.max)).toBe(true);
            expect(span.max).toBeGreaterThanOrEqual(figure.value);
            expect((span.max - span.min) / span.step).toBeLessThanOrEqual(1000);
        }));
    });

    it('keep the way they were written', () => {
        expect(figureText(facts('money', '£24,000', 2_400_000), 2_730_000, 10_000)).toBe('£27,300');
        expect(figureText(facts('money', '€1.50', 150), 175, 1)).toBe('€1.75');
        expect(figureText(facts('percent', '40%', 0.4), 0.43000000000000005, 0.01)).toBe('43%');
        expect(figureText(facts('percent', '12.5%', 0.125), 0.135, 0.01)).toBe('13.5%');
        expect(figureText(facts('count', '8,200', 8200), 8210, 10)).toBe('8,210');
        expect(figureText(facts('step-size', '20000', 20_000), 21_000, 100)).toBe('21000');
        expect(figureText(facts('threshold', '3.0', 3), 3.3000000000000003, 0.1)).toBe('3.3');
        expect(figureText(facts('trust', '7', 7), 8, 1)).toBe('8');
        // Percentages and trust slide over their whole range; money from nothing to twice the figure.
        expect(sliderSpan(facts('percent', '40%', 0.4))).toEqual({ min: 0, max: 1, step: 0.01 });
        expect(sliderSpan(facts('trust', '7', 7))).toEqual({ min: 1, max: 10, step: 1 });
        expect(sliderSpan(facts('money', '£19,000', 1_900_000))).toEqual({ min: 0, max: 3_800_000, step: 10_000 });
    });
});
