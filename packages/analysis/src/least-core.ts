/**
 * DOMAIN.md item 6 beyond the check: is the core empty at all? Solves the
 * least-core linear program
 *     minimise e  subject to  x(S) >= v(S) - e  for every proper coalition S,  x(P) = v(P)
 * with the yalps simplex solver (synchronous, pure JavaScript). The core is
 * non-empty exactly when the optimum e* <= 0. Rows are generated lazily: the
 * LP starts with the singletons and, while the enumerated values show a
 * coalition violating the current solution, adds the worst coalition of each
 * size, so the LP stays small even for 2^20 coalitions.
 */
import { type Constraint, type Model, solve } from 'yalps';
import { roundToTotal } from './apportion.js';
import type { Game } from './coalition-value.js';

export interface LeastCore {
    /** e* in pence (exact up to the solver's floating-point tolerance). */
    epsilon: number;
    /** e* rounded to whole pence for display. */
    epsilonRounded: number;
    /** Below this an e* counts as zero. */
    tolerance: number;
    /** A least-core allocation in pence, summing exactly to v(P). */
    rounded: number[];
    method: 'least-core';
}

/** Coalition counts above this are not solved: 2^16 rows would be checked per round. */
export const LEAST_CORE_LIMIT = 20;
const MAX_ROUNDS = 500;

export function leastCore(game: Game, values: Float64Array, onProgress?: () => void): LeastCore | undefined {
    const n = game.n;
    const full = (1 << n) - 1;
    const grand = values[full];
    if (n > LEAST_CORE_LIMIT) {
        return undefined;
    }
    if (n <= 1) {
        // No proper coalition can object: the whole value goes to the only participant.
        return { epsilon: 0, epsilonRounded: 0, tolerance: 0, rounded: n === 1 ? [grand] : [], method: 'least-core' };
    }
    let scale = 1;
    for (let mask = 1; mask <= full; mask++) {
        scale = Math.max(scale, Math.abs(values[mask]));
    }
    const tolerance = Math.max(1e-6, scale * 1e-9);
    const rows = new Set<number>();
    for (let i = 0; i < n; i++) {
        rows.add(1 << i);
    }
    let solution: { x: number[]; e: number } | undefined;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        onProgress?.();
        solution = solveRows(n, values, rows, scale);
        if (!solution) {
            return undefined;
        }
        const added = addViolated(n, values, solution, rows, tolerance);
        if (added === 0) {
            break;
        }
    }
    if (!solution) {
        return undefined;
    }
    const epsilon = solution.e;
    return {
        epsilon,
        epsilonRounded: Math.round(epsilon),
        tolerance,
        rounded: roundToTotal(solution.x, grand),
        method: 'least-core'
    };
}

function solveRows(n: number, values: Float64Array, rows: Set<number>, scale: number): { x: number[]; e: number } | undefined {
    const full = (1 << n) - 1;
    const constraints = new Map<string, Constraint>();
    for (const mask of rows) {
        constraints.set(`s${mask}`, { min: values[mask] / scale });
    }
    constraints.set('grand', { equal: values[full] / scale });
    const variables = new Map<string, Map<string, number>>();
    // yalps variables are non-negative: x_i = p_i - q_i and e = ep - en.
    for (let i = 0; i < n; i++) {
        const coefficients = new Map<string, number>([['grand', 1]]);
        for (const mask of rows) {
            if (mask & (1 << i)) {
                coefficients.set(`s${mask}`, 1);
            }
        }
        variables.set(`p${i}`, coefficients);
        variables.set(`q${i}`, new Map([...coefficients].map(([k, c]) => [k, -c])));
    }
    const epsilon = new Map<string, number>([['objective', 1]]);
    for (const mask of rows) {
        epsilon.set(`s${mask}`, 1);
    }
    variables.set('ep', epsilon);
    variables.set('en', new Map([...epsilon].map(([k, c]) => [k, -c])));
    const model: Model = { direction: 'minimize', objective: 'objective', constraints, variables };
    const result = solve(model, { precision: 1e-10 });
    if (result.status !== 'optimal') {
        return undefined;
    }
    const value = new Map(result.variables);
    const get = (key: string): number => value.get(key) ?? 0;
    const x = Array.from({ length: n }, (_, i) => (get(`p${i}`) - get(`q${i}`)) * scale);
    return { x, e: (get('ep') - get('en')) * scale };
}

/** Adds, for each coalition size, the proper coalition that most violates x(S) + e >= v(S). */
function addViolated(n: number, values: Float64Array, solution: { x: number[]; e: number }, rows: Set<number>, tolerance: number): number {
    const full = (1 << n) - 1;
    const allocated = new Float64Array(full + 1);
    const size = new Uint8Array(full + 1);
    const worst = new Float64Array(n + 1).fill(tolerance);
    const worstMask = new Int32Array(n + 1);
    for (let mask = 1; mask < full; mask++) {
        const bit = mask & -mask;
        allocated[mask] = allocated[mask ^ bit] + solution.x[31 - Math.clz32(bit)];
        size[mask] = size[mask ^ bit] + 1;
        const violation = values[mask] - allocated[mask] - solution.e;
        if (violation > worst[size[mask]] && !rows.has(mask)) {
            worst[size[mask]] = violation;
            worstMask[size[mask]] = mask;
        }
    }
    let added = 0;
    for (let k = 1; k < n; k++) {
        if (worstMask[k] !== 0) {
            rows.add(worstMask[k]);
            added++;
        }
    }
    return added;
}
