/**
 * DOMAIN.md item 5, when N < 0: the most valuable coalition (largest v(S)).
 * Exhaustive when the values are enumerated; above the exact limit, the best
 * of the explicit coalitions, the singletons and the prefixes of the
 * participants ordered by what each saves net of its per-patient cost (a
 * heuristic, documented in docs/formulas.md).
 */
import type { Game } from './coalition-value.js';
import { formulaValue, maskMembers, valueOf } from './coalition-value.js';

export function bestCoalition(game: Game, values: Float64Array | undefined): { members: string[]; value: number; exhaustive: boolean } {
    let best: { members: number[]; value: number } = { members: [], value: 0 };
    const consider = (members: number[], value: number): void => {
        if (value > best.value) {
            best = { members, value };
        }
    };
    if (values) {
        for (let mask = 1; mask < values.length; mask++) {
            if (values[mask] > best.value) {
                best = { members: [mask], value: values[mask] };
            }
        }
        if (best.members.length > 0) {
            best.members = maskMembers(best.members[0], game.n);
        }
    } else {
        for (const key of game.explicit.keys()) {
            const members = key.split(',').map(Number);
            consider(members, valueOf(game, members));
        }
        const perPatient = game.terms.reduce((sum, t) => sum + (t.kind === 'per-patient' ? t.amount : 0), 0);
        const order = game.ids.map((_, i) => i)
            .sort((a, b) => (game.costs[b] - perPatient * game.pops[b]) - (game.costs[a] - perPatient * game.pops[a]) || a - b);
        let costSum = 0;
        let pop = 0;
        let bestPrefix = 0;
        let bestPrefixValue = 0;
        order.forEach((i, k) => {
            consider([i], valueOf(game, [i]));
            costSum += game.costs[i];
            pop += game.pops[i];
            const value = formulaValue(game, costSum, pop, k + 1);
            if (value > bestPrefixValue) {
                bestPrefix = k + 1;
                bestPrefixValue = value;
            }
        });
        consider(order.slice(0, bestPrefix), bestPrefixValue);
    }
    const members = [...best.members].sort((a, b) => a - b);
    return { members: members.map(i => game.ids[i]), value: best.value, exhaustive: values !== undefined };
}
