/**
 * Voting power (DOMAIN.md item 18) against published weighted voting games,
 * and against brute-force enumeration of orderings and coalitions.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/index.js';
import { votingPower } from '../src/voting-power.js';
import { modelOf, practice } from './fixtures.js';

function indices(weights: number[], quota: number) {
    const result = votingPower(weights.map((weight, i) => ({ member: `M${i}`, weight, listSize: weight })), undefined, quota);
    if (result.status !== 'computed') {
        throw new Error(result.reason);
    }
    return result.members;
}

describe('published weighted voting games', () => {
    test('UN Security Council: Shapley-Shubik 0.1963 / 0.00186, Banzhaf 0.1669 / 0.0165', () => {
        // Five permanent members (weight 7) and ten elected (weight 1), quota 39 of 45: all five permanent members and
        // four elected ones. Shapley-Shubik 421/2145 and 4/2145: Shapley & Shubik, APSR 48 (1954), for the enlarged
        // council in P. D. Straffin, "Power and stability in politics", Handbook of Game Theory vol. 2 (1994).
        // Normalised Banzhaf 848/5080 and 84/5080: D. S. Felsenthal & M. Machover, The Measurement of Voting Power (1998).
        const members = indices([7, 7, 7, 7, 7, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 39);
        members.slice(0, 5).forEach(m => {
            expect(m.shapleyShubik).toBeCloseTo(421 / 2145, 12);
            expect(m.banzhaf).toBeCloseTo(848 / 5080, 12);
            expect(m.veto).toBe(true);
        });
        members.slice(5).forEach(m => {
            expect(m.shapleyShubik).toBeCloseTo(4 / 2145, 12);
            expect(m.banzhaf).toBeCloseTo(84 / 5080, 12);
            expect(m.veto).toBe(false);
            expect(m.dummy).toBe(false);
        });
    });

    test('EEC Council of Ministers 1958: Luxembourg is a dummy', () => {
        // France, Germany, Italy 4 votes; Belgium, Netherlands 2; Luxembourg 1; quota 12 of 17. Shapley-Shubik
        // 14/60, 9/60, 0; normalised Banzhaf 10/42, 6/42, 0: S. J. Brams, Game Theory and Politics (1975), and
        // Felsenthal & Machover (1998), ch. 2.
        const members = indices([4, 4, 4, 2, 2, 1], 12);
        [0, 1, 2].forEach(k => {
            expect(members[k].shapleyShubik).toBeCloseTo(14 / 60, 12);
            expect(members[k].banzhaf).toBeCloseTo(10 / 42, 12);
        });
        [3, 4].forEach(k => {
            expect(members[k].shapleyShubik).toBeCloseTo(9 / 60, 12);
            expect(members[k].banzhaf).toBeCloseTo(6 / 42, 12);
        });
        expect(members[5]).toMatchObject({ shapleyShubik: 0, banzhaf: 0, dummy: true, veto: false });
    });
});

/** Shapley-Shubik by every ordering and Banzhaf by every coalition (tiny games only). */
function bruteForce(weights: number[], quota: number): { ss: number[]; swings: number[] } {
    const n = weights.length;
    const ss = weights.map(() => 0);
    const swings = weights.map(() => 0);
    const orders: number[][] = [];
    const permute = (prefix: number[], rest: number[]): void => {
        if (rest.length === 0) {
            orders.push(prefix);
        }
        rest.forEach((r, k) => permute([...prefix, r], [...rest.slice(0, k), ...rest.slice(k + 1)]));
    };
    permute([], weights.map((_, i) => i));
    for (const order of orders) {
        let total = 0;
        for (const i of order) {
            if (total < quota && total + weights[i] >= quota) {
                ss[i] += 1 / orders.length;
            }
            total += weights[i];
        }
    }
    for (let mask = 0; mask < 1 << n; mask++) {
        const w = weights.reduce((a, wi, i) => a + (mask & (1 << i) ? wi : 0), 0);
        weights.forEach((wi, i) => {
            if (!(mask & (1 << i)) && w < quota && w + wi >= quota) {
                swings[i]++;
            }
        });
    }
    return { ss, swings };
}

test('dynamic programming over weights agrees with enumeration on generated games', () => {
    const game = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 7 })
        .filter(ws => ws.some(w => w > 0))
        .chain(ws => fc.integer({ min: 1, max: ws.reduce((a, b) => a + b, 0) }).map(quota => ({ ws, quota })));
    fc.assert(fc.property(game, ({ ws, quota }) => {
        const members = indices(ws, quota);
        const { ss, swings } = bruteForce(ws, quota);
        const total = swings.reduce((a, b) => a + b, 0);
        members.forEach((m, i) => {
            expect(m.shapleyShubik).toBeCloseTo(ss[i], 10);
            expect(m.banzhaf).toBeCloseTo(total > 0 ? swings[i] / total : 0, 10);
            expect(m.dummy).toBe(swings[i] === 0);
        });
    }), { numRuns: 200, seed: 3 });
});

describe('in the analysis', () => {
    test('a weighted-vote collective gets indices and the finding when power and list share differ by more than half', () => {
        // 60%, 25%, 15% of patients, more than half to win: the largest practice alone decides (power 100%), the
        // others never do (dummies), so every member's power differs from its list share by more than half of it.
        const base = modelOf({ pops: [6_000, 2_500, 1_500], costs: [0, 0, 0], terms: [] });
        const model = {
            ...base,
            practices: [practice('P0', 6_000), practice('P1', 2_500), practice('P2', 1_500)],
            collectives: [{ id: 'PCN', title: 'The PCN', kind: 'network' as const, members: ['P0', 'P1', 'P2'], decisionRule: 'weighted-vote' as const, speaksForMembers: false }]
        };
        const result = analyse(model, { decisionSupport: true });
        const power = result.votingPower?.[0];
        expect(power?.quota).toBe(5_001);
        expect(power?.members.map(m => m.shapleyShubik)).toEqual([1, 0, 0]);
        expect(power?.members.map(m => m.veto)).toEqual([true, false, false]);
        const findings = result.findings.filter(f => f.code === 'voting-power-differs');
        expect(findings.map(f => f.practice)).toEqual(['P0', 'P1', 'P2']);
        expect(findings[0].message).toContain('Practice P0 holds 100% of the voting power in The PCN');
        // Without decision support (the editor's keystroke analysis) there is nothing to report.
        expect(analyse(model).votingPower).toBeUndefined();
    });

    test('25 members by list size: exact indices summing to one', () => {
        const sizes = Array.from({ length: 25 }, (_, i) => 3_000 + 397 * i);
        const result = votingPower(sizes.map((w, i) => ({ member: `M${i}`, weight: w, listSize: w })));
        expect(result.status).toBe('computed');
        if (result.status === 'computed') {
            expect(result.members.reduce((a, m) => a + m.shapleyShubik, 0)).toBeCloseTo(1, 12);
            expect(result.members.reduce((a, m) => a + m.banzhaf, 0)).toBeCloseTo(1, 12);
        }
    });
});
