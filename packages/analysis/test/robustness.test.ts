/** Bad or extreme input never throws and never puts NaN or Infinity in the result; same model, same bytes. */
import type { DomainModel } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { AnalysisCancelledError, analyse, type AnalysisResult } from '../src/index.js';
import { initiative, practice } from './fixtures.js';

function allNumbersFinite(value: unknown, path = 'result'): string[] {
    if (typeof value === 'number') {
        return Number.isFinite(value) ? [] : [path];
    }
    if (Array.isArray(value)) {
        return value.flatMap((v, i) => allNumbersFinite(v, `${path}[${i}]`));
    }
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => allNumbersFinite(v, `${path}.${k}`));
    }
    return [];
}

function base(): DomainModel {
    return {
        settings: { title: 'Edge', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [{ id: 'd', title: 'D', weight: 2 }],
        practices: [practice('A', 5_000), practice('B', 7_000)],
        collectives: [{ id: 'C', title: 'Collective', kind: 'network', members: ['A', 'B'], decisionRule: 'consensus', speaksForMembers: true }],
        trust: [],
        initiatives: [initiative('I', ['A', 'B'], [1_000_000, 2_000_000], [{ kind: 'fixed', amount: 500_000 }], { collective: 'C' })],
        mergers: [{ id: 'M', title: 'Merger', practices: ['A', 'B'], saving: 1_000_001 }],
        partners: [{ id: 'H', title: 'Hospital', population: 100_000 }]
    };
}

function expectSane(result: AnalysisResult): void {
    expect(allNumbersFinite(result)).toEqual([]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe('robustness', () => {
    test('zero list sizes: list-size charging falls back to equal shares; relationships count units', () => {
        const model = base();
        model.practices = [practice('A', 0), practice('B', 0)];
        const r = analyse(model);
        expectSane(r);
        expect(r.initiatives[0].shares.map(s => s.charge)).toEqual([250_000, 250_000]);
        expect(r.partners[0].before).toEqual({ units: 2, averagePopulation: 0, relationships: 2 });
        expect(r.mergers[0].shares.map(s => s.share)).toEqual([500_001, 500_000]);
    });

    test('zero self-orientation is read as 1 (the floor of the scale)', () => {
        const model = base();
        model.trust = [{ practice: 'A', collective: 'C', credibility: 5, reliability: 5, intimacy: 5, selfOrientation: 0 }];
        const r = analyse(model);
        expectSane(r);
        expect(r.trust[0].score).toBe(15);
        // B has no statement: readiness unknown, counted as not ready, so consensus is blocked.
        expect(r.trust[1]).toMatchObject({ practice: 'B', score: null, ready: null });
        expect(r.initiatives[0].outcome.blockers).toEqual(['B']);
    });

    test('negative, NaN, infinite and huge numbers', () => {
        const model = base();
        model.practices = [practice('A', -50, { gap: -5, crisisRisk: 7 }), practice('B', Number.NaN, { gap: Number.POSITIVE_INFINITY, crisisRisk: -1 })];
        model.domains = [{ id: 'd', title: 'D', weight: Number.NaN }];
        model.initiatives[0].currentCosts = { A: 1e300, B: -1e300 };
        model.initiatives[0].sharedCost = [{ kind: 'per-step', amount: 1e20, stepSize: 0 }, { kind: 'per-patient', amount: Number.NaN }];
        model.initiatives[0].charging = { kind: 'explicit', shares: { A: Number.POSITIVE_INFINITY, B: -2 } };
        model.partners[0].population = Number.NEGATIVE_INFINITY;
        model.settings.trustThreshold = Number.NaN;
        const r = analyse(model);
        expectSane(r);
        expect(r.practices[0].crisisRisk).toBe(1);
        expect(r.practices[1].crisisRisk).toBe(0);
    });

    test('empty initiatives, no practices, unknown ids', () => {
        const model = base();
        model.initiatives.push(initiative('Empty', [], [], []));
        model.initiatives.push(initiative('Ghosts', ['X', 'A', 'A'], [1, 2, 3], [{ kind: 'fixed', amount: 1 }], { collective: 'Nowhere' }));
        model.initiatives[0].cessions = [{ domain: 'nope', degree: 1 }, { domain: 'd', degree: 5, practices: ['Z'] }];
        model.initiatives[0].coalitionValues = [{ members: ['A', 'Q'], value: 9 }];
        model.initiatives[0].transfers = [{ from: 'Q', to: 'A', amount: 5 }];
        model.trust = [{ practice: 'Q', collective: 'C', credibility: 1, reliability: 1, intimacy: 1, selfOrientation: 1 }];
        model.mergers = [{ id: 'M', title: 'M', practices: ['Q'], saving: 10 }];
        const r = analyse(model);
        expectSane(r);
        const empty = r.initiatives[1];
        expect(empty).toMatchObject({ participants: [], sharedCost: 0, netSaving: 0, grandValue: 0, shares: [], payments: [] });
        expect(empty.outcome.proceeds).toBeNull();
        expect(r.initiatives[2].participants).toEqual(['A']);
        expect(r.initiatives[2].collective).toBeUndefined();
        expect(r.trust.map(t => t.practice)).toEqual(['A', 'B']);
        expect(analyse({} as DomainModel).initiatives).toEqual([]);
    });

    test('membership cycles end, and a practice is spoken for once', () => {
        const model = base();
        model.collectives = [
            { id: 'X', title: 'X', kind: 'federation', members: ['Y', 'A'], decisionRule: 'consensus', speaksForMembers: true },
            { id: 'Y', title: 'Y', kind: 'network', members: ['X', 'B'], decisionRule: 'consensus', speaksForMembers: true }
        ];
        const r = analyse(model);
        expectSane(r);
        expect(r.practices[0].memberOf).toEqual(['X', 'Y']);
        expect(r.partners[0].after.units).toBe(1);
    });

    test('the same model gives byte-identical JSON, Monte Carlo included', () => {
        const model = base();
        const ids = Array.from({ length: 30 }, (_, i) => `P${i}`);
        model.practices = ids.map((id, i) => practice(id, 1_000 + 37 * i));
        model.initiatives = [initiative('Big', ids, ids.map((_, i) => 500_000 + 1_000 * i), [{ kind: 'fixed', amount: 3_000_000 }, { kind: 'per-patient', amount: 100 }])];
        const one = JSON.stringify(analyse(model));
        expect(JSON.stringify(analyse(structuredClone(model)))).toBe(one);
        expect((JSON.parse(one) as AnalysisResult).initiatives[0].method).toBe('monte-carlo');
        // A different seed gives a different estimate (the seed is really used).
        expect(JSON.stringify(analyse(model, { seed: 7 }))).not.toBe(one);
    });

    test('10,000 participants: bounded Monte Carlo, efficiency still exact', () => {
        const ids = Array.from({ length: 10_000 }, (_, i) => `P${i}`);
        const model: DomainModel = {
            ...base(),
            practices: ids.map((id, i) => practice(id, 2_000 + (i % 50) * 100)),
            collectives: [],
            initiatives: [initiative('Huge', ids, ids.map((_, i) => 300_000 + (i % 7) * 10_000), [{ kind: 'per-step', amount: 5_000_000, stepSize: 30_000 }])],
            mergers: []
        };
        const r = analyse(model);
        const i = r.initiatives[0];
        expect(i.method).toBe('monte-carlo');
        expect(i.samples).toBeLessThanOrEqual(1_000);
        expect(i.shares.reduce((a, s) => a + s.fairShare, 0)).toBe(i.grandValue);
        expect(i.charged.method).toBe('not-checked');
        expect(i.charged.inCore).toBeNull();
        expect(r.findings.some(f => f.code === 'estimated-fair-share')).toBe(true);
        expect(allNumbersFinite(i)).toEqual([]);
    });

    test('cancellation stops the work with AnalysisCancelledError', () => {
        let polls = 0;
        expect(() => analyse(base(), { isCancelled: () => ++polls > 0 })).toThrow(AnalysisCancelledError);
    });
});
