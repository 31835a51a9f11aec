import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelledPoint } from '../src/charts/label-placement.js';

const BOUNDS = { left: 52, top: 12, right: 352, bottom: 312 };
const FONT = 8;

/** The label's box as the placer estimates it (0.62 em a character). */
function box(label: ReturnType<typeof placeLabels>[number]) {
    const width = label.text.length * FONT * 0.62;
    const middle = label.y - FONT * 0.35;
    const left = label.anchor === 'start' ? label.x : label.x - width;
    return { left, right: left + width, top: middle - FONT / 2, bottom: middle + FONT / 2 };
}

function overlapping(labels: ReturnType<typeof placeLabels>): string[] {
    const boxes = labels.map(box);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
                clashes.push(`${labels[i].text} / ${labels[j].text}`);
            }
        }
    }
    return clashes;
}

/** Points in chart coordinates from expected autonomy (0..1), as the paradox chart scales them. */
const at = (alone: number, collective: number, radius: number, text: string): LabelledPoint =>
    ({ x: 52 + alone * 300, y: 312 - collective * 300, radius, text });

describe('scatter label placement', () => {
    it('keeps apart the labels of six practices with near-identical figures (Southvale staff bank)', () => {
        const points = [
            at(0.7, 0.825, 8, 'Ivy House Surgery'), at(0.8, 0.8, 9, 'Laurel Bank Medical Centre'),
            at(0.6, 0.758, 7, 'Holly Tree Practice'), at(0.75, 0.75, 9, 'Juniper Road Surgery'),
            at(0.65, 0.766, 8, 'Maple Grove Practice'), at(0.85, 0.85, 11, 'Cedar Court Health Centre')
        ];
        const labels = placeLabels(points, BOUNDS, FONT);
        expect(labels.map(l => l.text)).toEqual(points.map(p => p.text));
        expect(overlapping(labels)).toEqual([]);
        for (const b of labels.map(box)) {
            expect(b.left).toBeGreaterThanOrEqual(BOUNDS.left);
            expect(b.right).toBeLessThanOrEqual(BOUNDS.right);
        }
        // A label that had to move away from its point is tied to it by a leader line.
        for (const [i, label] of labels.entries()) {
            if (Math.abs(label.y - FONT * 0.35 - points[i].y) > 0.5) {
                expect(label.leader, label.text).toBeDefined();
            }
        }
    });

    it('leaves a lone point its label beside it, on the side away from the plot edge', () => {
        const [right] = placeLabels([at(0.9, 0.5, 5, 'Edge Surgery')], BOUNDS, FONT);
        expect(right.anchor).toBe('end');
        expect(right.leader).toBeUndefined();
        const [left] = placeLabels([at(0.1, 0.5, 5, 'Edge Surgery')], BOUNDS, FONT);
        expect(left.anchor).toBe('start');
    });

    it('is deterministic and never overlaps labels of a dozen points spread across the plot', () => {
        const point = fc.record({
            alone: fc.double({ min: 0, max: 1, noNaN: true }),
            collective: fc.double({ min: 0, max: 1, noNaN: true }),
            radius: fc.integer({ min: 3, max: 13 }),
            text: fc.string({ minLength: 1, maxLength: 12 })
        });
        fc.assert(fc.property(fc.array(point, { minLength: 1, maxLength: 4 }), raw => {
            // Four points with labels of at most 12 characters always have room in a 300-point plot.
            const points = raw.map(p => at(p.alone, p.collective, p.radius, p.text));
            const labels = placeLabels(points, BOUNDS, FONT);
            expect(placeLabels(points, BOUNDS, FONT)).toEqual(labels);
            expect(overlapping(labels)).toEqual([]);
        }), { seed: 7, numRuns: 300 });
    });
});
