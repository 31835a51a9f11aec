/** The LP-free emptiness proof used by the editor must never contradict the least-core LP. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exactLeastCore } from '../src/exact-least-core.js';
import { sign } from '../src/rational.js';
import { surelyEmptyCore } from '../src/surely-empty-core.js';
import { gameSpec, gameValues } from './fixtures.js';

describe('surelyEmptyCore', () => {
    test('says empty only where the least-core LP finds the core empty', () => {
        let proved = 0;
        fc.assert(fc.property(gameSpec(1, 7), spec => {
            const { n, values } = gameValues(spec);
            if (surelyEmptyCore(n, values)) {
                proved++;
                const core = exactLeastCore(n, values);
                expect(core.status === 'computed' && sign(core.epsilon)).toBe(1);
            }
        }), { numRuns: 300, seed: 99 });
        // Step costs make many generated games lose money when merged: the proof must fire on some.
        expect(proved).toBeGreaterThan(0);
    });

    test('a game with a non-empty core is never called empty', () => {
        // One fixed shared cost below the sum of current costs: a convex game, whose core is never empty.
        const { n, values } = gameValues({ pops: [8_000, 12_000, 6_000, 4_000], costs: [2_400_000, 3_800_000, 1_400_000, 900_000], terms: [{ kind: 'fixed', amount: 3_000_000 }] });
        expect(surelyEmptyCore(n, values)).toBe(false);
        const core = exactLeastCore(n, values);
        expect(core.status === 'computed' && sign(core.epsilon) <= 0).toBe(true);
    });

    test('a pair better off without the third practice proves it empty', () => {
        // Steps of 6,000 patients: the pair fills one step (saving £4,000), all three need two (saving £3,000).
        const { n, values } = gameValues({ pops: [3_000, 3_000, 3_000], costs: [500_000, 500_000, 500_000], terms: [{ kind: 'per-step', amount: 600_000, stepSize: 6_000 }] });
        expect(surelyEmptyCore(n, values)).toBe(true);
        const core = exactLeastCore(n, values);
        expect(core.status === 'computed' && sign(core.epsilon)).toBe(1);
    });
});
