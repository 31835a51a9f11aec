/**
 * DOMAIN.md items 1 and 2: the shared cost C(S) of a coalition and its value
 * (saving) v(S). Money is integer pence throughout; coalitions are either
 * bitmasks (exact methods, n <= 22) or membership flags (Monte Carlo).
 */
import type { Initiative, Practice, SharedCostTerm } from '@autonomy/domain';
import { MAX_TOTAL, clamp } from './sanitise.js';

export interface Game {
    /** Participant ids in model order; index i is bit i of a mask. */
    ids: string[];
    n: number;
    /** c_i */
    costs: number[];
    /** list size of each participant */
    pops: number[];
    terms: SharedCostTerm[];
    /** The terms folded once, because C(S) is evaluated for millions of coalitions. */
    cost: CostFormula;
    /** Explicit coalition values that override the formula, keyed by sorted participant indices. */
    explicit: Map<string, number>;
}

export function buildGame(initiative: Initiative, practiceById: Map<string, Practice>): Game {
    const ids = initiative.participants;
    const index = new Map(ids.map((id, i) => [id, i]));
    const explicit = new Map<string, number>();
    for (const entry of initiative.coalitionValues) {
        // A coalition naming a non-participant is not a coalition of this game: left out (the validator reports it).
        if (entry.members.length === 0 || !entry.members.every(m => index.has(m))) {
            continue;
        }
        const key = coalitionKey(entry.members.map(m => index.get(m)!));
        if (!explicit.has(key)) {
            explicit.set(key, entry.value);
        }
    }
    return {
        ids,
        n: ids.length,
        costs: ids.map(id => initiative.currentCosts[id] ?? 0),
        pops: ids.map(id => practiceById.get(id)?.listSize ?? 0),
        terms: initiative.sharedCost,
        cost: foldTerms(initiative.sharedCost),
        explicit
    };
}

export function coalitionKey(indices: number[]): string {
    return [...indices].sort((a, b) => a - b).join(',');
}

export interface CostFormula {
    fixed: number;
    perPatient: number;
    steps: { amount: number; stepSize: number }[];
}

export function foldTerms(terms: SharedCostTerm[]): CostFormula {
    const formula: CostFormula = { fixed: 0, perPatient: 0, steps: [] };
    for (const term of terms) {
        if (term.kind === 'fixed') {
            formula.fixed += term.amount;
        } else if (term.kind === 'per-patient') {
            formula.perPatient += term.amount;
        } else {
            formula.steps.push({ amount: term.amount, stepSize: term.stepSize });
        }
    }
    return formula;
}

/** C(S) = fixed + perPatient * pop(S) + stepCost * ceil(pop(S) / stepSize), rounded to whole pence. */
export function sharedCost(terms: SharedCostTerm[], pop: number): number {
    return costOf(foldTerms(terms), pop);
}

export function costOf(formula: CostFormula, pop: number): number {
    let total = formula.fixed + formula.perPatient * pop;
    for (const step of formula.steps) {
        // A step size of zero cannot be divided by: it is read as a single step.
        const steps = step.stepSize > 0 ? Math.ceil(pop / step.stepSize) : (pop > 0 ? 1 : 0);
        total += step.amount * steps;
    }
    return clamp(Math.round(total), -MAX_TOTAL, MAX_TOTAL);
}

/** v(S) from the cost formula: max(0, sum c_i - C(S)); the empty coalition is worth 0. */
export function formulaValue(game: Game, costSum: number, pop: number, size: number): number {
    if (size === 0) {
        return 0;
    }
    return Math.max(0, costSum - costOf(game.cost, pop));
}

/**
 * v({i}): the enumerated value where there is one (allValues computes the singleton from the same
 * cost, list size and explicit value as valueOf, so the number is the same) rather than a coalition
 * key string and a lookup per participant, which was garbage on every share and core check of a full build.
 */
export function singletonValue(game: Game, values: Float64Array | undefined, i: number): number {
    return values ? values[1 << i] : valueOf(game, [i]);
}

/** v(S) for a coalition given by member indices. */
export function valueOf(game: Game, members: number[]): number {
    if (members.length === 0) {
        return 0;
    }
    const explicit = game.explicit.get(coalitionKey(members));
    if (explicit !== undefined) {
        return explicit;
    }
    let costSum = 0;
    let pop = 0;
    for (const i of members) {
        costSum += game.costs[i];
        pop += game.pops[i];
    }
    return formulaValue(game, costSum, pop, members.length);
}

/** v(S) for every mask 0..2^n-1, each coalition computed once from its subset without the lowest member. */
export function allValues(game: Game, onProgress?: () => void): Float64Array {
    const size = 1 << game.n;
    const values = new Float64Array(size);
    const costSum = new Float64Array(size);
    const pop = new Float64Array(size);
    const bits = new Uint8Array(size);
    for (let mask = 1; mask < size; mask++) {
        const low = 31 - Math.clz32(mask & -mask);
        const rest = mask & (mask - 1);
        costSum[mask] = costSum[rest] + game.costs[low];
        pop[mask] = pop[rest] + game.pops[low];
        bits[mask] = bits[rest] + 1;
        values[mask] = formulaValue(game, costSum[mask], pop[mask], bits[mask]);
        if (onProgress && (mask & 0xffff) === 0) {
            onProgress();
        }
    }
    for (const [key, value] of game.explicit) {
        let mask = 0;
        for (const i of key.split(',')) {
            mask |= 1 << Number(i);
        }
        values[mask] = value;
    }
    return values;
}

export function maskMembers(mask: number, n: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
        if (mask & (1 << i)) {
            out.push(i);
        }
    }
    return out;
}
