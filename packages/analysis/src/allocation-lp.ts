/**
 * Linear programs over allocations x (one free variable per participant) and
 * an excess bound e, solved with yalps. yalps variables are non-negative, so
 * each free variable is split into a positive and a negative part. Values are
 * divided by `scale` before solving so the simplex works on numbers near 1.
 */
import { type Constraint, type Model, solve } from 'yalps';

export type Row =
    /** x(S) + e >= rhs */
    | { mask: number; kind: 'excess'; rhs: number }
    /** x(S) = rhs */
    | { mask: number; kind: 'equal'; rhs: number }
    /** x(S) >= rhs */
    | { mask: number; kind: 'at-least'; rhs: number };

export type Objective =
    | { minimiseExcess: true }
    | { maximiseCoalition: number }
    /** minimise the L1 distance sum |x_i - target_i| */
    | { nearestTo: number[] };

export interface LpSolution {
    x: number[];
    e: number;
    objective: number;
}

/** Constraint names r0, r1, ... made once: the nucleolus solves many LPs over up to 2^n rows. */
const ROW_KEYS: string[] = [];

function rowKey(k: number): string {
    while (ROW_KEYS.length <= k) {
        ROW_KEYS.push(`r${ROW_KEYS.length}`);
    }
    return ROW_KEYS[k];
}

export function solveAllocationLp(n: number, rows: Row[], objective: Objective, scale: number): LpSolution | undefined {
    // The model is built in one pass: each participant's positive part p_i and
    // its mirror q_i = -p_i (likewise ep and en) are filled side by side. The
    // variables, constraints and coefficients, and the order of each, are those
    // of building the positive parts first and negating copies of them after,
    // so yalps sees the same model and gives the same solution.
    const constraints = new Map<string, Constraint>();
    const variables = new Map<string, Map<string, number>>();
    const plus: Array<Map<string, number>> = [];
    const minus: Array<Map<string, number>> = [];
    for (let i = 0; i < n; i++) {
        plus.push(new Map());
        minus.push(new Map());
        variables.set(`p${i}`, plus[i]);
    }
    const usesExcess = 'minimiseExcess' in objective || rows.some(r => r.kind === 'excess');
    const excessPlus = new Map<string, number>();
    const excessMinus = new Map<string, number>();
    if (usesExcess) {
        variables.set('ep', excessPlus);
    }
    for (let k = 0; k < rows.length; k++) {
        const row = rows[k];
        const key = rowKey(k);
        const rhs = row.rhs / scale;
        constraints.set(key, row.kind === 'equal' ? { equal: rhs } : { min: rhs });
        for (let i = 0; i < n; i++) {
            if (row.mask & (1 << i)) {
                plus[i].set(key, 1);
                minus[i].set(key, -1);
            }
        }
        if (row.kind === 'excess') {
            excessPlus.set(key, 1);
            excessMinus.set(key, -1);
        }
    }
    if ('minimiseExcess' in objective) {
        excessPlus.set('objective', 1);
        excessMinus.set('objective', -1);
    } else if ('nearestTo' in objective) {
        // x_i - target_i = over_i - under_i with both parts non-negative; their sum is |x_i - target_i| at the optimum.
        objective.nearestTo.forEach((target, i) => {
            constraints.set(`d${i}`, { equal: target / scale });
            plus[i].set(`d${i}`, 1);
            minus[i].set(`d${i}`, -1);
        });
    } else {
        for (let i = 0; i < n; i++) {
            if (objective.maximiseCoalition & (1 << i)) {
                plus[i].set('objective', 1);
                minus[i].set('objective', -1);
            }
        }
    }
    for (let i = 0; i < n; i++) {
        variables.set(`q${i}`, minus[i]);
    }
    if (usesExcess) {
        variables.set('en', excessMinus);
    }
    if ('nearestTo' in objective) {
        objective.nearestTo.forEach((_, i) => {
            variables.set(`over${i}`, new Map([[`d${i}`, -1], ['objective', 1]]));
            variables.set(`under${i}`, new Map([[`d${i}`, 1], ['objective', 1]]));
        });
    }
    const model: Model = {
        direction: 'maximiseCoalition' in objective ? 'maximize' : 'minimize',
        objective: 'objective',
        constraints,
        variables
    };
    const result = solve(model, { precision: 1e-10 });
    if (result.status !== 'optimal') {
        return undefined;
    }
    const value = new Map(result.variables);
    const get = (key: string): number => value.get(key) ?? 0;
    return {
        x: Array.from({ length: n }, (_, i) => (get(`p${i}`) - get(`q${i}`)) * scale),
        e: (get('ep') - get('en')) * scale,
        objective: result.result * scale
    };
}
