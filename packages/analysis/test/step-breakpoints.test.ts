/**
 * The jumps of per-step costs that the break-even search visits, against a
 * brute-force walk over every whole value (small generated games).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseSensitivity, type SensitivityInput } from '../src/index.js';
import { sanitise } from '../src/sanitise.js';
import { sensitivityInputs } from '../src/sensitivity-inputs.js';
import { MAX_JUMPS, jumpOffsets } from '../src/step-breakpoints.js';
import { modelOf } from './fixtures.js';

/** Every coalition's step count at `value`, as one string. */
function stepCounts(pops: number[], stepSize: number): string {
    const out: number[] = [];
    for (let mask = 1; mask < 1 << pops.length; mask++) {
        const pop = pops.reduce((sum, p, k) => (mask & (1 << k) ? sum + p : sum), 0);
        out.push(Math.ceil(pop / stepSize));
    }
    return out.join(',');
}

describe('per-step jumps', () => {
    test('a step size: every value at which some coalition\'s step count changes is visited, with the value before it', () => {
        fc.assert(fc.property(
            fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 300 }), (pops, size) => {
                const model = sanitise(modelOf({ pops, costs: pops.map(() => 100), terms: [{ kind: 'per-step', amount: 50, stepSize: size }] }));
                const input = sensitivityInputs(model).find(i => i.id === 'shared-cost:I:0:step-size')!;
                for (const direction of [1, -1] as const) {
                    const bound = direction > 0 ? 600 : size - 1;
                    const offsets = new Set(jumpOffsets(model, input, direction, bound));
                    let previous = stepCounts(pops, size);
                    for (let d = 1; d <= bound; d++) {
                        const now = stepCounts(pops, size + direction * d);
                        if (now !== previous && offsets.size < MAX_JUMPS) {
                            expect(offsets.has(direction * d), `step size ${size + direction * d}`).toBe(true);
                            expect(d === 1 || offsets.has(direction * (d - 1)), `step size ${size + direction * (d - 1)}`).toBe(true);
                        }
                        previous = now;
                    }
                }
            }
        ), { numRuns: 60 });
    });

    test('a list size: every value at which a coalition holding the practice changes its step count is visited', () => {
        fc.assert(fc.property(
            fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 120 }), (pops, size) => {
                const model = sanitise(modelOf({ pops, costs: pops.map(() => 100), terms: [{ kind: 'per-step', amount: 50, stepSize: size }] }));
                const input: SensitivityInput = sensitivityInputs(model).find(i => i.id === 'list-size:P0')!;
                const offsets = new Set(jumpOffsets(model, input, 1, 500));
                const counts = (l: number): string => stepCounts([l, ...pops.slice(1)], size);
                for (let d = 1; d <= 500 && offsets.size < MAX_JUMPS; d++) {
                    if (counts(pops[0] + d) !== counts(pops[0] + d - 1)) {
                        expect(offsets.has(d), `list size ${pops[0] + d}`).toBe(true);
                    }
                }
            }
        ), { numRuns: 60 });
    });

    // Found by the generated-games property of sensitivity.test.ts (seed -400750009): the charged split
    // left the core at step size 10,753 and came back before the first scanned point, so the reported
    // break-even was further out than a flip.
    test('a step size whose core verdict flips and flips back between scanned points reports the nearer flip', () => {
        const model = modelOf({ pops: [8738, 4402, 2, 11956], costs: [14, 7, 0, 19], terms: [{ kind: 'per-step', amount: 13, stepSize: 8366 }] }, { sharing: 'fair' });
        const result = analyseSensitivity(model);
        const core = result.verdicts.find(v => v.id === 'charged-core:I')!;
        expect(core.verdict).toBe('in-core');
        const up = core.breakEvens.find(b => b.input === 'shared-cost:I:0:step-size')!.up!;
        expect(up.becomes).toBe('outside-core');
        expect(up.value).toBeLessThanOrEqual(10_753);
    });
});
