/**
 * DOMAIN.md item 20, hand-worked on the Brookfield hub
 * (examples/hub-set-up-investment.autonomy): five practices of 12,000 / 9,000 /
 * 7,000 / 5,000 / 3,000 patients; current costs £40,000 / £30,000 / £24,000 /
 * £17,000 / £8,500; shared cost £60,000 fixed + £1 per patient = £96,000,
 * charged by list size (£96,000 / 36,000 = £2.6667 a patient), shared as
 * charged; £72,000 up front, split by the charging rule (£2 a patient).
 */
import type { DomainModel } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { analyse, updatePracticeRisks } from '../src/index.js';
import { initiative, practice } from './fixtures.js';

const IDS = ['Elm', 'Oak', 'Ash', 'Birch', 'Hazel'];

function hub(investment?: DomainModel['initiatives'][number]['investment']): DomainModel {
    const lists = [12_000, 9_000, 7_000, 5_000, 3_000];
    const gaps = [1_500_000, 1_200_000, 1_000_000, 800_000, 600_000];
    return {
        settings: { title: 'Brookfield', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: IDS.map((id, i) => practice(id, lists[i], { gap: gaps[i], crisisRisk: 0.2 })),
        collectives: [],
        trust: [],
        initiatives: [initiative('Hub', IDS, [4_000_000, 3_000_000, 2_400_000, 1_700_000, 850_000],
            [{ kind: 'fixed', amount: 6_000_000 }, { kind: 'per-patient', amount: 100 }],
            { charging: { kind: 'list-size' }, sharing: 'as-charged', ...(investment ? { investment } : {}) })],
        mergers: [],
        partners: []
    };
}

describe('investment and payback (item 20)', () => {
    test('shares by the charging rule, payback, benefit over the horizon', () => {
        const result = analyse(hub({ amount: 7_200_000 }));
        const inv = result.initiatives[0].investment!;
        expect(inv.split).toBe('charging');
        // Shares £24,000 / £18,000 / £14,000 / £10,000 / £6,000 (£2 a patient).
        expect(inv.shares.map(s => s.share)).toEqual([2_400_000, 1_800_000, 1_400_000, 1_000_000, 600_000]);
        // Yearly benefit = cost - charge: Elm 40,000 - 32,000 = 8,000; Hazel 8,500 - 8,000 = 500.
        expect(inv.shares.map(s => s.yearlyBenefit)).toEqual([800_000, 600_000, 533_333, 366_667, 50_000]);
        // Payback: Elm 24,000 / 8,000 = 3 years; Oak 18,000 / 6,000 = 3; Hazel 6,000 / 500 = 12 years, beyond 5.
        expect(inv.shares[0].paybackYears).toBe(3);
        expect(inv.shares[1].paybackYears).toBe(3);
        expect(inv.shares[2].paybackYears).toBeCloseTo(1_400_000 / 533_333, 9);
        expect(inv.shares[4].paybackYears).toBe(12);
        // Over the horizon: Elm 5 * 8,000 - 24,000 = 16,000; Hazel 5 * 500 - 6,000 = -3,500.
        expect(inv.shares[0].horizonBenefit).toBe(1_600_000);
        expect(inv.shares[4].horizonBenefit).toBe(-350_000);
        expect(inv.shares.map(s => s.repaidWithinHorizon)).toEqual([true, true, true, true, false]);
        const flagged = result.findings.filter(f => f.code === 'investment-not-repaid');
        expect(flagged.map(f => f.practice)).toEqual(['Hazel']);
        expect(flagged[0].message).toContain('only after 12 years, beyond the 5-year horizon');
    });

    test('sustainability uses the yearly benefit less the share spread over the horizon', () => {
        const result = analyse(hub({ amount: 7_200_000 }));
        const elm = result.practices.find(p => p.id === 'Elm')!;
        // Elm: 8,000 - 24,000 / 5 = 3,200 a year against a gap of 15,000: p' = 0.2 * (1 - 3,200 / 15,000).
        expect(elm).toMatchObject({ benefit: 800_000, investmentTotal: 2_400_000, annualisedInvestment: 480_000 });
        expect(elm.residualRisk).toBeCloseTo(0.2 * (1 - 320_000 / 1_500_000), 12);
        // Hazel: 500 - 1,200 < 0, so nothing of its gap is covered: p' = p.
        expect(result.practices.find(p => p.id === 'Hazel')!.residualRisk).toBeCloseTo(0.2, 12);
        // Without the investment Elm's p' = 0.2 * (1 - 8,000 / 15,000).
        expect(analyse(hub()).practices[0].residualRisk).toBeCloseTo(0.2 * (1 - 800_000 / 1_500_000), 12);
    });

    test('a stated split overrides the charging rule; a benefit that is not positive never pays back', () => {
        const result = analyse(hub({ amount: 1_000_000, split: { kind: 'explicit', shares: { Elm: 0.5, Oak: 0.2, Ash: 0.1, Birch: 0.1, Hazel: 0.1 } } }));
        const inv = result.initiatives[0].investment!;
        expect(inv.split).toBe('explicit');
        expect(inv.shares.map(s => s.share)).toEqual([500_000, 200_000, 100_000, 100_000, 100_000]);
        // Make Hazel lose by charging equally: 96,000 / 5 = 19,200 against 8,500; the investment is split equally too.
        const equal = hub({ amount: 1_000_000, split: { kind: 'equal' } });
        equal.initiatives[0].charging = { kind: 'equal' };
        const shares = analyse(equal).initiatives[0].investment!.shares;
        expect(shares.every(s => s.share === 200_000)).toBe(true);
        expect(shares[4]).toMatchObject({ share: 200_000, yearlyBenefit: 850_000 - 1_920_000, paybackYears: null, repaidWithinHorizon: false });
        expect(analyse(equal).findings.find(f => f.code === 'investment-not-repaid' && f.practice === 'Hazel')?.message).toContain('never gets it back');
    });

    test('updating a crisis risk in the editor keeps the investment in sustainability', () => {
        const before = hub({ amount: 7_200_000 });
        const after = hub({ amount: 7_200_000 });
        after.practices[0] = { ...after.practices[0], crisisRisk: 0.5 };
        const updated = updatePracticeRisks(analyse(before), after, [0]);
        expect(updated?.practices[0]).toEqual(analyse(after).practices[0]);
    });
});
