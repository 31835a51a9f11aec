/**
 * DOMAIN.md item 17: scenarios compared. Practices matched by name, figures
 * per scenario, differences from the baseline, partial practices marked.
 * Expected values are read from each scenario's own analyse() result.
 */
import type { DomainModel } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { analyse, compareScenarios, comparisonProblem } from '../src/index.js';
import { modelOf } from './fixtures.js';

function scenario(costs: number[], pops = [5_000, 7_000, 9_000]): DomainModel {
    const model = modelOf({ pops, costs, terms: [{ kind: 'fixed', amount: 3_000_000 }] }, { sharing: 'as-charged' });
    model.domains = [{ id: 'd', title: 'D', weight: 1 }, { id: 'e', title: 'E', weight: 1 }];
    model.initiatives[0].cessions = [{ domain: 'd', degree: 1 }];
    return model;
}

describe('compareScenarios', () => {
    const baseline = scenario([1_500_000, 1_600_000, 1_700_000]);
    const option = scenario([1_500_000, 2_600_000, 1_700_000]);
    // Option B drops P2 and adds P9.
    const other = scenario([1_500_000, 1_600_000, 1_700_000]);
    other.practices[2] = { ...other.practices[2], id: 'P9', title: 'Practice 9' };
    other.initiatives[0].participants = ['P0', 'P1', 'P9'];
    other.initiatives[0].currentCosts = { P0: 1_500_000, P1: 1_600_000, P9: 1_700_000 };
    const results = [baseline, option, other].map(m => analyse(m));
    const c = compareScenarios([{ name: 'base', result: results[0] }, { name: 'a', result: results[1] }, { name: 'b', result: results[2] }]);

    test('figures per scenario are each scenario\'s own, and differences are from the baseline', () => {
        const p1 = c.practices.find(p => p.id === 'P1')!;
        const own = (k: number) => results[k].practices.find(p => p.id === 'P1')!;
        expect(p1.figures.map(f => f?.benefit)).toEqual([own(0).benefit, own(1).benefit, own(2).benefit]);
        // P1's current cost rises by £10,000 in option a; its charge is unchanged (same lists, same fixed cost), so its benefit rises by exactly that.
        expect(p1.differences[1]!.benefit).toBe(1_000_000);
        expect(p1.differences[0]).toBeNull();
        expect(p1.differences[1]!.expectedCollective).toBeCloseTo(own(1).expectedCollective - own(0).expectedCollective, 12);
        expect(c.initiatives[0].netSavingDifference).toEqual([null, 1_000_000, 0]);
    });

    test('practices in only some scenarios are marked, and have no difference where absent', () => {
        const p2 = c.practices.find(p => p.id === 'P2')!;
        const p9 = c.practices.find(p => p.id === 'P9')!;
        expect(p2.inEveryScenario).toBe(false);
        expect(p2.figures.map(f => f !== null)).toEqual([true, true, false]);
        expect(p9.figures.map(f => f !== null)).toEqual([false, false, true]);
        expect(p9.differences).toEqual([null, null, null]);
        expect(c.practices.find(p => p.id === 'P0')!.inEveryScenario).toBe(true);
    });

    test('readiness: no collective runs the initiative, so the practice is in no initiative a collective decides', () => {
        expect(c.practices[0].figures[0]!.readiness).toBe('no-initiative');
    });

    test('scenarios in different currencies are refused with a sentence naming both, never compared', () => {
        const euros = scenario([1_500_000, 1_600_000, 1_700_000]);
        euros.settings = { ...euros.settings, currency: '€' };
        const scenarios = [{ name: 'base', file: 'base.autonomy', result: results[0] }, { name: 'eu', file: 'eu.autonomy', result: analyse(euros) }];
        expect(comparisonProblem(scenarios)).toBe('eu.autonomy counts money in € but the baseline base.autonomy in £: differences between them would mean nothing. Compare scenarios written in one currency.');
        expect(() => compareScenarios(scenarios)).toThrow(/one currency/);
        expect(comparisonProblem([{ name: 'base', result: results[0] }, { name: 'a', result: results[1] }])).toBeUndefined();
    });
});
