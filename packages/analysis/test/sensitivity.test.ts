/**
 * DOMAIN.md item 16. Every reported break-even value is set into the model
 * (by this file's own setter, not the engine's) and the whole analysis re-run:
 * the verdict must differ there, equal the model's one step nearer, and equal
 * it at points between. Two break-evens are also worked out by hand.
 */
import { readFileSync } from 'node:fs';
import type { DomainModel } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type AnalysisOptions, analyse, analyseSensitivity, type InputRef, type SensitivityInput, type SensitivityResult, type VerdictRef } from '../src/index.js';
import { gameSpec, modelOf } from './fixtures.js';
import { parseModel } from './parse-model.js';

/** The verdict as the whole analysis gives it. */
function analysedVerdict(model: DomainModel, ref: VerdictRef, options: AnalysisOptions = {}): string | undefined {
    const result = analyse(model, options);
    if (ref.kind === 'paradox') {
        return result.practices.find(p => p.id === ref.practice)?.paradoxVerdict;
    }
    const i = result.initiatives.find(x => x.id === ref.initiative)!;
    if (ref.kind === 'outcome') {
        return i.outcome.proceeds === null ? undefined : i.outcome.proceeds ? 'proceeds' : 'does-not-proceed';
    }
    return i.charged.inCore === null ? undefined : i.charged.inCore ? 'in-core' : 'outside-core';
}

/** Sets one input on a copy of the model, written independently of sensitivity-inputs.ts. */
function setInput(model: DomainModel, ref: InputRef, value: number): DomainModel {
    const m = structuredClone(model);
    const initiative = (id: string) => m.initiatives.find(i => i.id === id)!;
    const practice = (id: string) => m.practices.find(p => p.id === id)!;
    switch (ref.kind) {
        case 'domain-weight': m.domains.find(d => d.id === ref.domain)!.weight = value; break;
        case 'degree': initiative(ref.initiative).cessions[ref.cession].degree = value; break;
        case 'list-size': practice(ref.practice).listSize = value; break;
        case 'crisis-risk': practice(ref.practice).crisisRisk = value; break;
        case 'gap': practice(ref.practice).gap = value; break;
        case 'current-cost': initiative(ref.initiative).currentCosts[ref.practice] = value; break;
        case 'shared-cost': {
            const term = initiative(ref.initiative).sharedCost[ref.term];
            if (ref.field === 'step-size' && term.kind === 'per-step') {
                term.stepSize = value;
            } else {
                term.amount = value;
            }
            break;
        }
        case 'trust': {
            const s = m.trust.find(t => t.practice === ref.practice && t.collective === ref.collective)!;
            if (ref.component === 'self-orientation') {
                s.selfOrientation = value;
            } else {
                s[ref.component] = value;
            }
            break;
        }
        case 'trust-threshold': m.settings.trustThreshold = value; break;
    }
    return m;
}

const near = (input: SensitivityInput, value: number, towardModel: number): number =>
    input.step >= 1 ? value + towardModel * input.step : Math.round((value + towardModel * input.step) * 1e9) / 1e9;

/** Checks every flip of a result against the whole analysis; returns how many were checked. */
function checkFlips(model: DomainModel, result: SensitivityResult, pointsBetween = 4, options: AnalysisOptions = {}): number {
    const verdictOf = (m: DomainModel, ref: VerdictRef): string | undefined => analysedVerdict(m, ref, options);
    const inputs = new Map(result.inputs.map(i => [i.id, i]));
    let checked = 0;
    for (const verdict of result.verdicts) {
        expect(verdictOf(model, verdict.ref)).toBe(verdict.verdict);
        for (const b of verdict.breakEvens) {
            if (b.notSearched !== undefined) {
                expect([b.down, b.up]).toEqual([null, null]);
                continue;
            }
            const input = inputs.get(b.input)!;
            for (const [flip, sign] of [[b.down, -1], [b.up, 1]] as const) {
                if (!flip) {
                    // "Does not flip in range": the end of the range gives the same verdict.
                    const end = sign > 0 ? input.max : input.min;
                    expect(verdictOf(setInput(model, input.ref, end), verdict.ref), `${verdict.id} at the end of ${input.id}`).toBe(verdict.verdict);
                    continue;
                }
                const at = verdictOf(setInput(model, input.ref, flip.value), verdict.ref);
                expect(at, `${verdict.id} at ${input.id} = ${flip.value}`).toBe(flip.becomes);
                expect(at).not.toBe(verdict.verdict);
                const before = near(input, flip.value, -sign);
                expect(verdictOf(setInput(model, input.ref, before), verdict.ref), `${verdict.id} at ${input.id} = ${before}`).toBe(verdict.verdict);
                for (let k = 1; k <= pointsBetween; k++) {
                    const between = input.value + ((before - input.value) * k) / (pointsBetween + 1);
                    const value = input.unit === 'money' || input.unit === 'count' ? Math.round(between) : between;
                    expect(verdictOf(setInput(model, input.ref, value), verdict.ref), `${verdict.id} at ${input.id} = ${value}`).toBe(verdict.verdict);
                }
                expect(flip.withinFragileBand).toBe(Math.abs(flip.value - input.value) <= input.fragileWithin + 1e-9);
                checked++;
            }
        }
        expect(verdict.fragile).toBe(verdict.breakEvens.some(b => b.down?.withinFragileBand === true || b.up?.withinFragileBand === true));
    }
    return checked;
}

/** One practice ceding one of two equally weighted domains (A = 0.5), with a £10,000 benefit. */
function onePractice(crisisRisk: number, gap: number): DomainModel {
    return {
        settings: { title: 'By hand', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [{ id: 'docs', title: 'Documents', weight: 1 }, { id: 'care', title: 'Care', weight: 1 }],
        practices: [{ id: 'A', title: 'Ash', listSize: 5_000, gap, crisisRisk, believesAloneUnsustainable: true }],
        collectives: [],
        trust: [],
        initiatives: [{
            id: 'Hub', title: 'Hub', participants: ['A'], cessions: [{ domain: 'docs', degree: 1 }],
            currentCosts: { A: 3_000_000 }, sharedCost: [{ kind: 'fixed', amount: 2_000_000 }],
            charging: { kind: 'list-size' }, sharing: 'as-charged', coalitionValues: [], transfers: []
        }],
        mergers: [],
        partners: []
    };
}

describe('break-evens worked out by hand', () => {
    // A = 1 - 1/2 = 0.5; benefit B = £30,000 - £20,000 = £10,000 >= gap, so p' = 0 and E_collective = 0.5.
    // E_alone = 1 - p: ceding is better while p > 50%; at exactly 50% there is no difference.
    test('crisis risk 52%: flips to "no difference" at 50.0%, inside the 5-point band, so fragile', () => {
        const result = analyseSensitivity(onePractice(0.52, 500_000));
        const v = result.verdicts.find(x => x.id === 'paradox:A')!;
        expect(v.verdict).toBe('better-ceding');
        const risk = v.breakEvens.find(b => b.input === 'crisis-risk:A')!;
        expect(risk.down).toEqual({ value: 0.5, becomes: 'no-difference', becomesLabel: 'no difference', withinFragileBand: true });
        expect(risk.up).toBeNull();
        expect(v.fragile).toBe(true);
    });
    // p = 80%: E_alone = 0.2; E_collective = 0.5 * (1 - 0.8 * (1 - B/gap)) > 0.2 while B/gap > 0.25, i.e. gap < 4B = £40,000.
    test('gap £30,000 at 80% risk: flips at exactly £40,000.00, outside the 10% band', () => {
        const result = analyseSensitivity(onePractice(0.8, 3_000_000));
        const v = result.verdicts.find(x => x.id === 'paradox:A')!;
        const gap = v.breakEvens.find(b => b.input === 'gap:A')!;
        expect(gap.up).toEqual({ value: 4_000_000, becomes: 'no-difference', becomesLabel: 'no difference', withinFragileBand: false });
        // The current cost of £30,000 gives B = £10,000; the tie needs B = gap / 4 = £7,500, i.e. a cost of £27,500.
        const cost = v.breakEvens.find(b => b.input === 'current-cost:Hub:A')!;
        expect(cost.down?.value).toBe(2_750_000);
        expect(v.fragile).toBe(true); // £27,500 is within 10% of £30,000
    });
    test('tornado: E_collective - E_alone at +-10 points of crisis risk', () => {
        const result = analyseSensitivity(onePractice(0.52, 500_000));
        const t = result.tornadoes.find(x => x.subject.id === 'A')!;
        const bar = t.bars.find(b => b.input === 'crisis-risk:A')!;
        // p' = 0, so the figure is 0.5 - (1 - p) = p - 0.5: 0.42 -> -0.08, 0.62 -> 0.12.
        expect(bar.lowInput).toBeCloseTo(0.42, 9);
        expect(bar.highInput).toBeCloseTo(0.62, 9);
        expect(bar.atLow).toBeCloseTo(-0.08, 9);
        expect(bar.atHigh).toBeCloseTo(0.12, 9);
        expect(t.base).toBeCloseTo(0.02, 9);
    });
});

describe('every reported break-even flips the verdict there and not before', () => {
    for (const name of ['north-locality', 'document-hub', 'leadership-group-vote', 'paramedic-visiting']) {
        test(name, async () => {
            const model = await parseModel(readFileSync(new URL(`../../../examples/${name}.autonomy`, import.meta.url), 'utf8'));
            const result = analyseSensitivity(model);
            expect(result.verdicts.length).toBeGreaterThan(0);
            expect(checkFlips(model, result, 2)).toBeGreaterThan(0);
        }, 120_000);
    }

    test('generated one-initiative games', () => {
        fc.assert(fc.property(gameSpec(1, 4), fc.double({ min: 0, max: 1, noNaN: true }), (spec, risk) => {
            const model = modelOf(spec, { sharing: 'fair' });
            model.domains = [{ id: 'd', title: 'D', weight: 1 }, { id: 'e', title: 'E', weight: 2 }];
            model.initiatives[0].cessions = [{ domain: 'd', degree: 0.5 }];
            model.practices = model.practices.map(p => ({ ...p, crisisRisk: Math.round(risk * 1000) / 1000 }));
            checkFlips(model, analyseSensitivity(model), 1);
        }), { numRuns: 15 });
    }, 120_000);

    test('above the exact limit: pairs resting on Monte Carlo fair shares are marked not searched, the rest still flip exactly', () => {
        // Four participants sharing fairly with the exact limit at 3: the fair shares are Monte Carlo estimates.
        const model = modelOf({ pops: [4_000, 6_000, 8_000, 5_000], costs: [2_000_000, 2_600_000, 3_100_000, 2_200_000], terms: [{ kind: 'fixed', amount: 4_000_000 }] }, { sharing: 'fair' });
        model.domains = [{ id: 'd', title: 'D', weight: 1 }, { id: 'e', title: 'E', weight: 2 }];
        model.initiatives[0].cessions = [{ domain: 'd', degree: 1 }];
        const options = { exactLimit: 3 };
        const result = analyseSensitivity(model, options);
        const paradox = result.verdicts.find(v => v.id === 'paradox:P0')!;
        const cost = paradox.breakEvens.find(b => b.input === 'current-cost:I:P0')!;
        expect(cost.notSearched).toMatch(/Monte Carlo/);
        expect(paradox.notSearched).toBeGreaterThan(0);
        // Its crisis risk does not touch the estimate, so it is searched.
        expect(paradox.breakEvens.find(b => b.input === 'crisis-risk:P0')!.notSearched).toBeUndefined();
        // The net saving needs no fair share: its tornado still moves with the shared cost.
        const net = result.tornadoes.find(t => t.subject.id === 'I')!;
        expect(net.bars.find(b => b.input === 'shared-cost:I:0:amount')).toMatchObject({ atLow: 9_900_000 - 3_200_000, atHigh: 9_900_000 - 4_800_000 });
        checkFlips(model, result, 1, options);
    });
});
