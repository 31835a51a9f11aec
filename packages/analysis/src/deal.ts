/**
 * DOMAIN.md item 15, the money: starting from the charged benefits r_i, the
 * yearly transfers t (summing to zero) that make every participant gain
 * (r_i + t_i >= 0) and, when the core is not empty, keep every coalition in
 * (sum over S of r_i + t_i >= v(S)), moving the least money (sum of positive
 * t_i). Solved exactly through the LP's dual, generating coalitions as needed:
 *     minimise sum p_i  s.t.  y_i - r_i <= p_i,  sum y = N,  y >= 0,  y(S) >= v(S),  p >= 0.
 * Dual (our standard form): rows i (for y_i) and n + i (omega_i <= 1); columns
 * lambda_S (coalitions), omega_i, mu+-, and slacks. The multipliers give y = -pi.
 */
import { type Column, ExactSimplex } from './exact-lp.js';
import { CoalitionScan, addWorstViolations } from './coalition-rows.js';
import { type Rational, ONE, ZERO, format, fromInteger, neg, sign, sub } from './rational.js';
import type { DealMoney } from './result.js';
import { settle } from './settlement.js';
import { roundExact } from './stable-split.js';

export const DEAL_LIMIT = 20;
const MAX_ROUNDS = 200;

export interface DealInputs {
    ids: string[];
    /** r_i in pence */
    charged: number[];
    netSaving: number;
    /** v(S) for every mask, or undefined above the exact limit. */
    values: Float64Array | undefined;
    /** null when the core's emptiness is unknown. */
    coreEmpty: boolean | null;
    /** t_i of the compensation to the fair share (item 5). */
    fairCompensation: number[];
}

export function dealMoney(input: DealInputs, onProgress?: () => void): DealMoney {
    const n = input.ids.length;
    const fairMoved = input.fairCompensation.reduce((a, t) => a + Math.max(0, t), 0);
    if (n === 0) {
        return { status: 'no-deal', reason: 'the initiative has no participants', fairCompensationMoved: 0 };
    }
    if (input.netSaving < 0) {
        return { status: 'no-deal', reason: 'the initiative costs more than it saves (N < 0): no payments can make every participant gain', fairCompensationMoved: fairMoved };
    }
    if (n > DEAL_LIMIT || !input.values) {
        return { status: 'not-computed', reason: `more than ${n > DEAL_LIMIT ? DEAL_LIMIT : 'the exact limit of'} participants: the deal's LP over every coalition is not attempted`, fairCompensationMoved: fairMoved };
    }
    if (input.coreEmpty === null) {
        return { status: 'not-computed', reason: 'whether the core is empty is not known (the stable split was not computed)', fairCompensationMoved: fairMoved };
    }
    const keepCoalitions = !input.coreEmpty;
    const solved = solveDealLp(n, input.values, input.charged, input.netSaving, keepCoalitions, onProgress);
    if (!solved) {
        return { status: 'not-computed', reason: 'the deal LP could not be solved', fairCompensationMoved: fairMoved };
    }
    const after = roundExact(solved.y, input.netSaving);
    // "No group does better alone" is said of the pence paid, not only of the exact optimum.
    const keeps = keepCoalitions && keepCoalitionsInPence(after, solved.y, input.values, n);
    const transfers = after.map((y, i) => y - input.charged[i]);
    const settlement = settle(input.ids, transfers);
    return {
        status: 'deal',
        keepsEveryCoalition: keeps,
        benefitsAfter: after,
        transfers,
        moneyMoved: transfers.reduce((a, t) => a + Math.max(0, t), 0),
        moneyMovedExact: format(solved.moved),
        payments: settlement.payments,
        fewestPayments: settlement.fewest,
        fairCompensationMoved: fairMoved
    };
}

interface DealSolution {
    y: Rational[];
    moved: Rational;
}

function solveDealLp(n: number, values: Float64Array, r: number[], N: number, keepCoalitions: boolean, onProgress?: () => void): DealSolution | undefined {
    const every = Array.from({ length: n }, (_, i) => i);
    const coalitionColumn = (mask: number): Column => ({ entries: every.filter(i => mask & (1 << i)).map(i => [i, 1] as const), cost: neg(fromInteger(values[mask])) });
    const lp = new ExactSimplex(2 * n, Array.from({ length: 2 * n }, (_, k) => (k < n ? ZERO : ONE)));
    const columns: Column[] = [];
    for (let i = 0; i < n; i++) {
        columns.push({ entries: [[i, -1], [n + i, 1]], cost: fromInteger(r[i]) });
        columns.push({ entries: [[i, 1]], cost: ZERO });
        columns.push({ entries: [[n + i, 1]], cost: ZERO });
    }
    columns.push({ entries: every.map(i => [i, 1] as const), cost: neg(fromInteger(N)) });
    columns.push({ entries: every.map(i => [i, -1] as const), cost: fromInteger(N) });
    const coalitions = new Set<number>();
    if (keepCoalitions) {
        for (let i = 0; i < n; i++) {
            coalitions.add(1 << i);
            columns.push(coalitionColumn(1 << i));
        }
    }
    lp.addColumns(columns);
    const scan = new CoalitionScan(n, values);
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const result = lp.solve(onProgress);
        if (result.status !== 'optimal') {
            return undefined;
        }
        const y = result.duals.slice(0, n).map(neg);
        const added = keepCoalitions ? addWorstViolations(scan, y, ZERO, coalitions) : [];
        if (added.length === 0) {
            return { y, moved: neg(result.objective) };
        }
        lp.addColumns(added.map(coalitionColumn));
    }
    return undefined;
}

const MAX_PENNY_MOVES = 64;

/**
 * Rounding the exact split to pence can leave a coalition a penny short of v(S) though the exact split
 * keeps it in (6 practices, {P4, P5}: £51,559.62 against £51,559.63). Moves single pennies, from a
 * participant outside the short coalition rounded up to one inside rounded down, so each stays within
 * a penny of its exact value and the total is kept; `after` is changed in place. False when some
 * coalition is still short.
 */
function keepCoalitionsInPence(after: number[], y: Rational[], values: Float64Array, n: number): boolean {
    const floor = y.map(r => Number(r.n / r.d));
    const roundedUp = (i: number): boolean => after[i] > floor[i];
    const full = (1 << n) - 1;
    const allocated = new Float64Array(full + 1);
    for (let move = 0; move <= MAX_PENNY_MOVES; move++) {
        let short = 0;
        let worst = 0;
        for (let mask = 1; mask < full; mask++) {
            const bit = mask & -mask;
            allocated[mask] = allocated[mask ^ bit] + after[31 - Math.clz32(bit)];
            const gap = values[mask] - allocated[mask];
            if (gap > worst) {
                worst = gap;
                short = mask;
            }
        }
        if (short === 0) {
            return true;
        }
        const inside = after.findIndex((a, i) => (short & (1 << i)) !== 0 && a === floor[i] && y[i].d !== 1n);
        const outside = after.findIndex((_, i) => (short & (1 << i)) === 0 && roundedUp(i));
        if (move === MAX_PENNY_MOVES || inside < 0 || outside < 0) {
            return false;
        }
        after[inside] += 1;
        after[outside] -= 1;
    }
    return false;
}

/** Used by tests: the money a split y moves away from r. */
export function moneyMoved(y: Rational[], r: number[]): Rational {
    return y.reduce((acc, yi, i) => {
        const t = sub(yi, fromInteger(r[i]));
        return sign(t) > 0 ? sub(acc, neg(t)) : acc;
    }, ZERO);
}
