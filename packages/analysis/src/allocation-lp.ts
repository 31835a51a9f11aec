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

export function solveAllocationLp(n: number, rows: Row[], objective: Objective, scale: number): LpSolution | undefined {
    const constraints = new Map<string, Constraint>();
    const variables = new Map<string, Map<string, number>>();
    for (let i = 0; i < n; i++) {
        variables.set(`p${i}`, new Map());
    }
    const usesExcess = 'minimiseExcess' in objective || rows.some(r => r.kind === 'excess');
    if (usesExcess) {
        variables.set('ep', new Map());
    }
    rows.forEach((row, k) => {
        const key = `r${k}`;
        const rhs = row.rhs / scale;
        constraints.set(key, row.kind === 'equal' ? { equal: rhs } : { min: rhs });
        for (let i = 0; i < n; i++) {
            if (row.mask & (1 << i)) {
                variables.get(`p${i}`)!.set(key, 1);
            }
        }
        if (row.kind === 'excess') {
            variables.get('ep')!.set(key, 1);
        }
    });
    if ('minimiseExcess' in objective) {
        variables.get('ep')!.set('objective', 1);
    } else if ('nearestTo' in objective) {
        // x_i - target_i = over_i - under_i with both parts non-negative; their sum is |x_i - target_i| at the optimum.
        objective.nearestTo.forEach((target, i) => {
            constraints.set(`d${i}`, { equal: target / scale });
            variables.get(`p${i}`)!.set(`d${i}`, 1);
        });
    } else {
        for (let i = 0; i < n; i++) {
            if (objective.maximiseCoalition & (1 << i)) {
                variables.get(`p${i}`)!.set('objective', 1);
            }
        }
    }
    for (const [name, coefficients] of [...variables]) {
        variables.set(name.replace(/^p/, 'q').replace(/^ep$/, 'en'), new Map([...coefficients].map(([k, c]) => [k, -c])));
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
