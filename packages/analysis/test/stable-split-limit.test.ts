import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { modelOf } from './fixtures.js';

// Four practices, £30,000 fixed cost: a game with a non-empty core.
const model = modelOf({
    pops: [8_000, 12_000, 6_000, 4_000],
    costs: [2_400_000, 3_800_000, 1_400_000, 900_000],
    terms: [{ kind: 'fixed', amount: 3_000_000 }]
});

describe('stableSplitLimit', () => {
    it('computes the stable split and core emptiness by default', () => {
        const initiative = analyse(model).initiatives[0];
        expect(initiative.coreEmpty).toBe(false);
        expect(initiative.stableSplitMethod).toBe('nucleolus');
        expect(initiative.shares.every(s => typeof s.nucleolusShare === 'number')).toBe(true);
    });

    it('skips the LPs above the limit and leaves every other figure unchanged', () => {
        const full = analyse(model).initiatives[0];
        const light = analyse(model, { stableSplitLimit: 3 }).initiatives[0];
        expect(light.coreEmpty).toBeNull();
        expect(light.stableSplitMethod).toBeUndefined();
        expect(light.shares.some(s => s.nucleolusShare !== undefined)).toBe(false);
        expect(light.shares.map(s => s.fairShare)).toEqual(full.shares.map(s => s.fairShare));
        expect(light.charged).toEqual(full.charged);
        expect(light.fair).toEqual(full.fair);
        expect(light.outcome).toEqual(full.outcome);
    });
});
