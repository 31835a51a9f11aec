/** Small DomainModels built directly (no parsing) for property and robustness tests. */
import type { DomainModel, Initiative, Practice, SharedCostTerm } from '@autonomy/domain';
import fc from 'fast-check';
import { allValues, buildGame } from '../src/coalition-value.js';

export interface GameSpec {
    pops: number[];
    costs: number[];
    terms: SharedCostTerm[];
}

export function practice(id: string, listSize: number, extra: Partial<Practice> = {}): Practice {
    return { id, title: `Practice ${id}`, listSize, gap: 1_000_000, crisisRisk: 0.3, believesAloneUnsustainable: true, ...extra };
}

export function initiative(id: string, participants: string[], costs: number[], terms: SharedCostTerm[], extra: Partial<Initiative> = {}): Initiative {
    return {
        id,
        title: `Initiative ${id}`,
        participants,
        cessions: [],
        currentCosts: Object.fromEntries(participants.map((p, i) => [p, costs[i]])),
        sharedCost: terms,
        charging: { kind: 'list-size' },
        sharing: 'fair',
        coalitionValues: [],
        transfers: [],
        ...extra
    };
}

export function modelOf(spec: GameSpec, extra: Partial<Initiative> = {}): DomainModel {
    const ids = spec.pops.map((_, i) => `P${i}`);
    return {
        settings: { title: 'Generated', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: ids.map((id, i) => practice(id, spec.pops[i])),
        collectives: [],
        trust: [],
        initiatives: [initiative('I', ids, spec.costs, spec.terms, extra)],
        mergers: [],
        partners: []
    };
}

/** v(S) straight from DOMAIN.md items 1-2, written independently of the engine. */
export function brute(spec: GameSpec, members: number[]): number {
    if (members.length === 0) {
        return 0;
    }
    const pop = members.reduce((s, i) => s + spec.pops[i], 0);
    const costs = members.reduce((s, i) => s + spec.costs[i], 0);
    let shared = 0;
    for (const t of spec.terms) {
        shared += t.kind === 'fixed' ? t.amount : t.kind === 'per-patient' ? t.amount * pop : t.amount * Math.ceil(pop / t.stepSize);
    }
    return Math.max(0, costs - Math.round(shared));
}

export function subsets(n: number): number[][] {
    const out: number[][] = [];
    for (let mask = 1; mask < 1 << n; mask++) {
        out.push(Array.from({ length: n }, (_, i) => i).filter(i => mask & (1 << i)));
    }
    return out;
}

const term: fc.Arbitrary<SharedCostTerm> = fc.oneof(
    fc.record({ kind: fc.constant('fixed' as const), amount: fc.integer({ min: 0, max: 5_000_000 }) }),
    fc.record({ kind: fc.constant('per-patient' as const), amount: fc.integer({ min: 0, max: 400 }) }),
    fc.record({ kind: fc.constant('per-step' as const), amount: fc.integer({ min: 0, max: 6_000_000 }), stepSize: fc.integer({ min: 1, max: 30_000 }) })
);

export function gameSpec(minN = 1, maxN = 7): fc.Arbitrary<GameSpec> {
    return fc.integer({ min: minN, max: maxN }).chain(n => fc.record({
        pops: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: n, maxLength: n }),
        costs: fc.array(fc.integer({ min: 0, max: 8_000_000 }), { minLength: n, maxLength: n }),
        terms: fc.array(term, { minLength: 0, maxLength: 3 })
    }));
}

/** The coalition values of a generated game's initiative: every v(S), by bit mask. */
export function gameValues(spec: GameSpec): { n: number; values: Float64Array } {
    const model = modelOf(spec);
    const game = buildGame(model.initiatives[0], new Map(model.practices.map(p => [p.id, p])));
    return { n: game.n, values: allValues(game) };
}

/**
 * Two practices each gaining a penny a year against a £10,000 gap, 30% crisis risk, ceding nothing: residual
 * risk 29.99997%, expected autonomy 70.00003% in the collective against 70% alone, "better off ceding" by a hair.
 */
export function pennyGains(): DomainModel {
    return {
        settings: { title: 'Pennies', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: [practice('A', 5_000), practice('B', 5_000)],
        collectives: [{ id: 'N', title: 'Network N', kind: 'network', members: ['A', 'B'], decisionRule: 'consensus', speaksForMembers: false }],
        trust: [],
        // £5,000.01 each alone, £10,000 shared equally: each gains 1p a year.
        initiatives: [initiative('I', ['A', 'B'], [500_001, 500_001], [{ kind: 'fixed', amount: 1_000_000 }], { collective: 'N', charging: { kind: 'equal' } })],
        mergers: [],
        partners: []
    };
}
