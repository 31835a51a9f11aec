/**
 * Published games from cooperative game theory, written in the autonomy
 * language with explicit coalition tables and read through the real parser.
 * Unlisted coalitions have no costs declared, so they save nothing.
 */
import { describe, expect, test } from 'vitest';
import { analyse, type InitiativeAnalysis } from '../src/index.js';
import { parseModel } from './parse-model.js';

function practices(ids: string[]): string {
    return ids.map(id => `practice ${id} { list size 1 }`).join('\n');
}

async function game(ids: string[], coalitions: Array<[string[], string]>, exactLimit?: number): Promise<InitiativeAnalysis> {
    const text = `model "Game" { currency £ }
${practices(ids)}
initiative Game {
    participants ${ids.join(', ')}
${coalitions.map(([members, saving]) => `    coalition ${members.join(' + ')} saves ${saving}`).join('\n')}
    share fairly
}`;
    return analyse(await parseModel(text), exactLimit === undefined ? {} : { exactLimit }).initiatives[0];
}

function column(i: InitiativeAnalysis, key: 'fairShare' | 'nucleolusShare'): number[] {
    return i.shares.map(s => s[key] ?? NaN);
}

describe('the glove game', () => {
    // One player holds a left glove, two hold right gloves; a pair is worth 1 (here £6).
    // Shapley value (2/3, 1/6, 1/6): e.g. M. Maschler, E. Solan, S. Zamir, Game Theory (Cambridge UP, 2013), ch. 18;
    // the core is the single point (1, 0, 0), so the nucleolus is (1, 0, 0).
    test('Shapley (4, 1, 1) pounds and nucleolus (6, 0, 0)', async () => {
        const i = await game(['L', 'R1', 'R2'], [[['L', 'R1'], '£6'], [['L', 'R2'], '£6'], [['L', 'R1', 'R2'], '£6']]);
        expect(i.grandValue).toBe(600);
        expect(column(i, 'fairShare')).toEqual([400, 100, 100]);
        expect(i.coreEmpty).toBe(false);
        expect(i.leastCoreEpsilon).toBe(0);
        expect(i.stableSplitMethod).toBe('nucleolus');
        expect(column(i, 'nucleolusShare')).toEqual([600, 0, 0]);
        // Shapley lies outside the one-point core: L + R1 can get £6 but is given £5.
        expect(i.fair.inCore).toBe(false);
        expect(i.fair.mostViolated).toMatchObject({ members: ['L', 'R1'], value: 600, allocated: 500, excess: 100 });
    });
});

describe('the UN Security Council (Shapley-Shubik power index)', () => {
    // 5 permanent members with a veto and 10 elected members; a resolution passes with all 5 permanent members and
    // at least 4 elected ones (9 of 15). L. S. Shapley and M. Shubik, "A method for evaluating the distribution of
    // power in a committee system", APSR 48 (1954); for the 15-member council the index is 421/2145 = 0.1963 for each
    // permanent member and 4/2145 = 0.00186 for each elected member (P. D. Straffin, "Power and stability in
    // politics", Handbook of Game Theory vol. 2, 1994). With each winning coalition saving £2,145 those are £421 and £4.
    const permanent = ['P1', 'P2', 'P3', 'P4', 'P5'];
    const elected = Array.from({ length: 10 }, (_, k) => `E${k + 1}`);
    const winning: Array<[string[], string]> = [];
    for (let mask = 0; mask < 1 << 10; mask++) {
        const chosen = elected.filter((_, k) => mask & (1 << k));
        if (chosen.length >= 4) {
            winning.push([[...permanent, ...chosen], '£2,145']);
        }
    }

    test('848 winning coalitions give £421 per permanent member and £4 per elected member', async () => {
        expect(winning).toHaveLength(848);
        const i = await game([...permanent, ...elected], winning);
        expect(i.method).toBe('exact');
        expect(column(i, 'fairShare')).toEqual([...permanent.map(() => 42_100), ...elected.map(() => 400)]);
        // A simple game with vetoes: the core is the set of splits among the veto players.
        expect(i.coreEmpty).toBe(false);
    });

    test('the Monte Carlo estimate agrees within four standard errors', async () => {
        const i = await game([...permanent, ...elected], winning, 10);
        expect(i.method).toBe('monte-carlo');
        expect(i.samples).toBeGreaterThan(0);
        i.shares.forEach((s, k) => {
            const exact = k < 5 ? 42_100 : 400;
            expect(s.fairShareStandardError).toBeGreaterThan(0);
            expect(Math.abs(s.fairShare - exact)).toBeLessThanOrEqual(4 * s.fairShareStandardError! + 1);
        });
        expect(i.shares.reduce((a, s) => a + s.fairShare, 0)).toBe(214_500);
    });
});

describe('the Talmud bankruptcy problems (Aumann and Maschler 1985)', () => {
    // R. J. Aumann and M. Maschler, "Game theoretic analysis of a bankruptcy problem from the Talmud",
    // J. Economic Theory 36 (1985): claims 100, 200, 300 on an estate of 100, 200 or 300; the Talmud's division,
    // which they show is the nucleolus of v(S) = max(0, E - claims outside S), is (33 1/3, 33 1/3, 33 1/3),
    // (50, 75, 75) and (50, 100, 150). Scaled by 3 here (claims £300, £600, £900) to stay in whole pounds.
    test('estate £300: (100, 100, 100)', async () => {
        const i = await game(['A', 'B', 'C'], [[['A', 'B', 'C'], '£300']]);
        expect(column(i, 'nucleolusShare')).toEqual([10_000, 10_000, 10_000]);
        expect(column(i, 'fairShare')).toEqual([10_000, 10_000, 10_000]);
    });
    test('estate £600: nucleolus (150, 225, 225); Shapley (100, 250, 250)', async () => {
        // v(B+C) = 600 - 300 = 300, v(all) = 600, all else 0. Shapley by hand: A adds 300 only when last (1/3);
        // B adds 300 to C (1/6) and 600 when last (1/3) = 50 + 200; C likewise.
        const i = await game(['A', 'B', 'C'], [[['B', 'C'], '£300'], [['A', 'B', 'C'], '£600']]);
        expect(column(i, 'nucleolusShare')).toEqual([15_000, 22_500, 22_500]);
        expect(column(i, 'fairShare')).toEqual([10_000, 25_000, 25_000]);
    });
    test('estate £900: nucleolus (150, 300, 450)', async () => {
        // v(A+C) = 900 - 600 = 300, v(B+C) = 900 - 300 = 600, v(all) = 900.
        const i = await game(['A', 'B', 'C'], [[['A', 'C'], '£300'], [['B', 'C'], '£600'], [['A', 'B', 'C'], '£900']]);
        expect(column(i, 'nucleolusShare')).toEqual([15_000, 30_000, 45_000]);
        expect(i.fair.inCore).toBe(true);
    });
});

test('three-person majority game: empty core, least-core epsilon 1/3, nucleolus (1/3, 1/3, 1/3)', async () => {
    // Any two of three can share £3 (a standard example of an empty core, e.g. Maschler, Solan and Zamir, ch. 17):
    // x(S) >= 3 - e for each pair with x(P) = 3 forces 2 * 3 >= 3 * (3 - e), i.e. e >= £1.
    const i = await game(['A', 'B', 'C'], [[['A', 'B'], '£3'], [['A', 'C'], '£3'], [['B', 'C'], '£3'], [['A', 'B', 'C'], '£3']]);
    expect(i.coreEmpty).toBe(true);
    expect(i.leastCoreEpsilon).toBe(100);
    expect(column(i, 'fairShare')).toEqual([100, 100, 100]);
    expect(column(i, 'nucleolusShare')).toEqual([100, 100, 100]);
    expect(i.fair.inCore).toBe(false);
});
