/**
 * The paradox verdict on estimated fair shares. Shared fairly above the exact limit, a practice's benefit B_i
 * sums Monte Carlo estimates; where moving B_i by two standard errors either way changes the verdict
 * (DOMAIN.md items 8-9), the verdict rests on the estimates and may not be stated as certain.
 */
import type { DomainModel } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, analyseSensitivity, benefitIsEstimated, updatePracticeRisks } from '../src/index.js';
import { sustainability } from '../src/sustainability.js';
import { gameSpec, modelOf } from './fixtures.js';
import { thirteenPracticesNearTie } from './thirteen-practices.js';

const nearTie = (): DomainModel => thirteenPracticesNearTie();

describe('a practice whose estimated benefit sits near the tie', () => {
    it('is exactly better off alone, and not flagged', () => {
        const p1 = analyse(nearTie()).practices[1];
        expect(p1.benefit).toBe(1_846);
        expect(p1.paradoxVerdict).toBe('better-alone');
        expect(p1.paradoxVerdictUncertain).toBeUndefined();
        expect(JSON.stringify(analyse(nearTie()).practices)).not.toContain('paradoxVerdictUncertain');
        // An exact benefit carries no standard error.
        expect(JSON.stringify(analyse(nearTie()).practices)).not.toContain('benefitStandardError');
    });

    it('on the estimate, is better off alone but flagged: at +2 standard errors it is better off ceding', () => {
        const result = analyse(nearTie(), { exactLimit: 12 });
        const p1 = result.practices[1];
        expect(result.initiatives[0].shares[1]).toMatchObject({ fairShare: -7_636, fairShareStandardError: 11_413 });
        expect(p1.benefit).toBe(-7_636);
        expect(p1.paradoxVerdict).toBe('better-alone');
        expect(sustainability(0.3, -7_636 + 2 * 11_413, 500_000, 0.99).paradoxVerdict).toBe('better-ceding');
        expect(p1.paradoxVerdictUncertain).toEqual({ standardError: 11_413 });
        // The benefit, an estimate, carries its standard error whether or not the verdict is flagged.
        expect(result.practices.map(p => p.benefitStandardError)).toEqual(result.initiatives[0].shares.map(s => s.fairShareStandardError));
    });

    it('combines the standard errors of two estimated initiatives as independent: sqrt of the sum of squares', () => {
        const model = nearTie();
        model.initiatives.push({ ...model.initiatives[0], id: 'J', title: 'Initiative J', cessions: [] });
        const result = analyse(model, { exactLimit: 12 });
        const errors = result.initiatives.map(i => i.shares[1].fairShareStandardError!);
        expect(result.practices[1].benefit).toBe(result.initiatives[0].shares[1].fairShare + result.initiatives[1].shares[1].fairShare);
        const flag = result.practices[1].paradoxVerdictUncertain;
        expect(flag?.standardError).toBe(Math.round(Math.hypot(errors[0], errors[1])));
    });

    it('keeps the flag right when the editor updates a crisis risk or gap in place', () => {
        const model = nearTie();
        const before = analyse(model, { exactLimit: 12 });
        const far = { ...model, practices: model.practices.map(p => (p.id === 'P1' ? { ...p, crisisRisk: 0 } : p)) };
        const updated = updatePracticeRisks(before, far, [1])!;
        // No crisis risk: E_collective = 0.99 < E_alone = 1 whatever the benefit, so the verdict is certain.
        expect(updated.practices[1].paradoxVerdict).toBe('better-alone');
        expect(updated.practices[1].paradoxVerdictUncertain).toBeUndefined();
        expect(updated.practices[1]).toEqual(analyse(far, { exactLimit: 12 }).practices[1]);
        const back = updatePracticeRisks(updated, model, [1])!;
        expect(back.practices[1]).toEqual(before.practices[1]);
    });
});

describe('the sensitivity result of the near-tie model', () => {
    it('names P1\'s paradox verdict as resting on the estimates, and no other', () => {
        const label = (exactLimit?: number) => new Map(analyseSensitivity(nearTie(), { exactLimit }).verdicts.map(v => [v.id, v.verdictLabel]));
        const estimated = label(12);
        expect(estimated.get('paradox:P1')).toBe('better off alone on the estimated fair shares (uncertain)');
        expect(estimated.get('paradox:P0')).toBe('better off ceding');
        expect(label().get('paradox:P1')).toBe('better off alone');
    }, 60_000);
});

describe('the paradox verdict\'s uncertainty on generated games', () => {
    it('is flagged iff the verdict at B_i - 2·SE or B_i + 2·SE differs from the verdict at B_i', () => {
        let flagged = 0;
        let certain = 0;
        fc.assert(fc.property(
            gameSpec(4, 7),
            fc.array(fc.record({
                risk: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
                degree: fc.double({ min: 0.05, max: 1, noNaN: true }),
                // Where the tie lies, in standard errors from the estimated benefit.
                tie: fc.double({ min: -4, max: 4, noNaN: true })
            }), { minLength: 7, maxLength: 7 }),
            fc.constantFrom<'fair' | 'as-charged'>('fair', 'as-charged'),
            (spec, inputs, sharing) => {
                const base = modelOf(spec, {
                    sharing,
                    cessions: spec.pops.map((_, k) => ({ domain: 'D', degree: inputs[k].degree, practices: [`P${k}`] }))
                });
                const withGaps = (gap: (k: number) => number): DomainModel => ({
                    ...base,
                    domains: [{ id: 'D', title: 'D', weight: 1 }, { id: 'E', title: 'E', weight: 3 }],
                    practices: base.practices.map((p, k) => ({ ...p, crisisRisk: inputs[k].risk, gap: gap(k) }))
                });
                const options = { exactLimit: 3, samples: 200 };
                // The figures of the initiative do not depend on gaps: a first pass finds each benefit, the gap puts the tie
                // (E_collective = E_alone at B / gap = (1 - p)(1 / A - 1) / p) a chosen number of standard errors from it.
                const first = analyse(withGaps(() => 1_000_000), options);
                const model = withGaps(k => {
                    const p = first.practices[k];
                    const tieShare = (1 - inputs[k].risk) * (1 / p.autonomyRetained - 1) / inputs[k].risk;
                    const target = p.benefit + inputs[k].tie * (first.initiatives[0].shares[k].fairShareStandardError ?? 0);
                    return target > 0 && tieShare > 0 ? Math.max(1, Math.round(target / tieShare)) : 1_000_000;
                });
                const result = analyse(model, options);
                const i = result.initiatives[0];
                for (const [k, p] of result.practices.entries()) {
                    // Written from DOMAIN.md and formulas.md, not from the engine's helper: one initiative, so one error.
                    const se = benefitIsEstimated(i) ? i.shares[k].fairShareStandardError ?? 0 : 0;
                    const at = (b: number) => sustainability(inputs[k].risk, b, model.practices[k].gap, p.autonomyRetained).paradoxVerdict;
                    const differs = se > 0 && (at(p.benefit - 2 * se) !== p.paradoxVerdict || at(p.benefit + 2 * se) !== p.paradoxVerdict);
                    expect(p.paradoxVerdict).toBe(at(p.benefit));
                    expect(p.paradoxVerdictUncertain).toEqual(differs ? { standardError: se } : undefined);
                    expect(p.benefitStandardError).toBe(benefitIsEstimated(i) ? se : undefined);
                    if (differs) flagged++;
                    else certain++;
                }
            }
        ), { numRuns: 150 });
        // Both sides of the claim were exercised.
        expect(flagged).toBeGreaterThan(0);
        expect(certain).toBeGreaterThan(0);
    });
});
