import { describe, expect, it } from 'vitest';
import { sustainability } from '../src/sustainability.js';

describe('sustainability and the paradox verdict', () => {
    it('computes residual risk and expected autonomy as DOMAIN.md items 8 and 9 state', () => {
        // p = 40%, benefit £6,000 against a £12,000 gap closes half the gap: p' = 20%.
        // A = 0.9: E_collective = 0.9 * 0.8 = 0.72 > E_alone = 0.6.
        const f = sustainability(0.4, 600_000, 1_200_000, 0.9);
        expect(f.residualRisk).toBeCloseTo(0.2, 12);
        expect(f.expectedAlone).toBeCloseTo(0.6, 12);
        expect(f.expectedCollective).toBeCloseTo(0.72, 12);
        expect(f.paradoxResolved).toBe(true);
    });

    it('does not call a tie resolved when floating point rounds the products apart', () => {
        // p = 40%: E_alone = 0.6. Benefit closes half the gap: p' = 20%, and A = 0.75,
        // so E_collective = 0.75 * 0.8 = 0.6 exactly -- but 0.6000000000000001 in floating point.
        expect(0.75 * (1 - 0.4 * (1 - 0.5))).toBeGreaterThan(1 - 0.4);
        const tie = sustainability(0.4, 50, 100, 0.75);
        expect(tie.paradoxResolved).toBe(false);
        // Just above the tie it is resolved.
        expect(sustainability(0.4, 51, 100, 0.75).paradoxResolved).toBe(true);
    });

    it('reads a tie as no difference, not as better off alone', () => {
        // A practice in no initiative: A = 1, no benefit, so p' = p and E_collective = E_alone.
        expect(sustainability(0.3, 0, 1_000, 1).paradoxVerdict).toBe('no-difference');
        expect(sustainability(0.4, 50, 100, 0.75).paradoxVerdict).toBe('no-difference');
        expect(sustainability(0.4, 51, 100, 0.75).paradoxVerdict).toBe('better-ceding');
        // Ceding half its decisions for no benefit: 0.5 * 0.7 < 0.7.
        const worse = sustainability(0.3, 0, 1_000, 0.5);
        expect(worse.paradoxVerdict).toBe('better-alone');
        expect(worse.paradoxResolved).toBe(false);
    });
});
