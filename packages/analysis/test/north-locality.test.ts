/**
 * Every figure of examples/north-locality.autonomy, computed by hand below
 * (fair shares checked by averaging marginal contributions over all 5! = 120
 * orderings with exact fractions, independently of the engine's subset sums).
 * Money is in pence.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyse, type AnalysisResult, type InitiativeAnalysis } from '../src/index.js';
import { parseModel } from './parse-model.js';

const EXAMPLE = new URL('../../../examples/north-locality.autonomy', import.meta.url);
let result: AnalysisResult;

beforeAll(async () => {
    result = analyse(await parseModel(readFileSync(EXAMPLE, 'utf8')));
});

function initiative(id: string): InitiativeAnalysis {
    return result.initiatives.find(i => i.id === id)!;
}
function column(i: InitiativeAnalysis, key: 'charge' | 'realisedBenefit' | 'fairShare' | 'compensation' | 'benefitUnderRule' | 'standaloneValue' | 'chargeWeight'): Record<string, number> {
    return Object.fromEntries(i.shares.map(s => [s.practice, s[key]]));
}

describe('DocumentHub: £30,000 fixed + £1.50 per patient, charged by list size, shared fairly', () => {
    // Lists: R 8,200  H 14,500  M 9,800  O 6,100  C 4,400  -> pop(P) = 43,000.
    // C(P) = 30,000 + 1.50 * 43,000 = £94,500; sum c = 24,000 + 38,000 + 27,000 + 14,000 + 9,000 = £112,000.
    // N = 112,000 - 94,500 = £17,500 = v(P).
    test('totals', () => {
        const i = initiative('DocumentHub');
        expect(i.method).toBe('exact');
        expect(i.totalCurrentCost).toBe(11_200_000);
        expect(i.sharedCost).toBe(9_450_000);
        expect(i.netSaving).toBe(1_750_000);
        expect(i.grandValue).toBe(1_750_000);
        expect(i.lossMaking).toBe(false);
        expect(i.bestCoalition).toBeUndefined();
    });

    test('charged by list size, to the penny', () => {
        // 9,450,000p * list / 43,000: R 1,802,093.02  H 3,186,627.91  M 2,153,720.93  O 1,340,581.40  C 966,976.74.
        // Floors sum to 9,449,997; the 3 pence left go to the largest remainders M (.93), H (.91), C (.74).
        const i = initiative('DocumentHub');
        expect(column(i, 'charge')).toEqual({ Riverside: 1_802_093, Hillside: 3_186_628, Millbrook: 2_153_721, Oakfield: 1_340_581, Castle: 966_977 });
        expect(column(i, 'chargeWeight').Riverside).toBeCloseTo(8_200 / 43_000, 12);
        // r = c - charge
        expect(column(i, 'realisedBenefit')).toEqual({ Riverside: 597_907, Hillside: 613_372, Millbrook: 546_279, Oakfield: 59_419, Castle: -66_977 });
    });

    test('fair shares (exact Shapley, largest-remainder rounding)', () => {
        // a_i = c_i - 1.50 * list_i: R 11,700  H 16,250  M 12,300  O 4,850  C 2,400, so v(S) = max(0, a(S) - 30,000).
        // No practice saves alone (every a_i < 30,000). Over the 120 orderings:
        // phi = R 1,283,750/3  H 1,733,750/3  M 1,358,750/3  O 590,000/3  C 283,750/3 pence.
        // Remainders 2/3, 2/3, 2/3, 2/3, 1/3: the 3 leftover pence go to R, H, M (ties in model order).
        const i = initiative('DocumentHub');
        expect(column(i, 'fairShare')).toEqual({ Riverside: 427_917, Hillside: 577_917, Millbrook: 452_917, Oakfield: 196_666, Castle: 94_583 });
        expect(column(i, 'standaloneValue')).toEqual({ Riverside: 0, Hillside: 0, Millbrook: 0, Oakfield: 0, Castle: 0 });
        // t = phi - r
        expect(column(i, 'compensation')).toEqual({ Riverside: -169_990, Hillside: -35_455, Millbrook: -93_362, Oakfield: 137_247, Castle: 161_560 });
        // shared fairly: the benefit under the rule is phi
        expect(column(i, 'benefitUnderRule')).toEqual(column(i, 'fairShare'));
        // Receivers largest first: Castle 161,560 from Riverside (largest payer, 169,990), then Oakfield 137,247 from
        // Riverside's remaining 8,430, Millbrook 93,362 and Hillside 35,455.
        expect(i.payments).toEqual([
            { from: 'Riverside', to: 'Castle', amount: 161_560 },
            { from: 'Riverside', to: 'Oakfield', amount: 8_430 },
            { from: 'Millbrook', to: 'Oakfield', amount: 93_362 },
            { from: 'Hillside', to: 'Oakfield', amount: 35_455 }
        ]);
    });

    test('stability', () => {
        // Charged: Castle is left -£669.77 but can get £0 alone: largest excess 66,977 (O + C has only 7,558).
        const i = initiative('DocumentHub');
        expect(i.charged.inCore).toBe(false);
        expect(i.charged.individuallyIrrational).toEqual(['Castle']);
        expect(i.charged.mostViolated).toEqual({ members: ['Castle'], value: 0, allocated: -66_977, excess: 66_977 });
        // Fair: e.g. H + M + O can save 340,000 and get 577,917 + 452,917 + 196,666 = 1,227,500; no coalition is short.
        expect(i.fair.inCore).toBe(true);
        expect(i.fair.mostViolated).toBeUndefined();
        // Least core (checked with an independent LP): e* = -£1,200, so the core is not empty.
        expect(i.coreEmpty).toBe(false);
        expect(i.leastCoreEpsilon).toBe(-120_000);
        // Nucleolus (checked with an independent sequence of LPs): every singleton gets at least £1,200 (= -e*);
        // the three big practices are symmetric at £4,625, Oakfield £2,425, Castle £1,200; sum £17,500.
        expect(i.stableSplitMethod).toBe('nucleolus');
        expect(i.shares.map(s => s.nucleolusShare)).toEqual([462_500, 462_500, 462_500, 242_500, 120_000]);
    });

    test('outcome under consensus: Oakfield blocks (trust 2.2 < 3, no shared belief)', () => {
        const o = initiative('DocumentHub').outcome;
        expect(o.rule).toBe('consensus');
        expect(o.proceeds).toBe(false);
        expect(o.agree).toEqual(['Riverside', 'Hillside', 'Millbrook', 'Castle']);
        expect(o.blockers).toEqual(['Oakfield']);
        expect(o.defectionRisks).toEqual([]);
    });
});

describe('Visiting: £55,000 per 20,000 patients, charged equally, shared as charged', () => {
    // pop(P) = 8,200 + 14,500 + 9,800 + 4,400 = 36,900 -> ceil(36,900 / 20,000) = 2 steps -> C(P) = £110,000.
    // sum c = 31,000 + 40,000 + 28,000 + 19,000 = £118,000; N = £8,000.
    test('totals, charges and realised benefit', () => {
        const i = initiative('Visiting');
        expect(i.sharedCost).toBe(11_000_000);
        expect(i.totalCurrentCost).toBe(11_800_000);
        expect(i.netSaving).toBe(800_000);
        // 110,000 / 4 = 27,500 each; r = c - 27,500
        expect(column(i, 'charge')).toEqual({ Riverside: 2_750_000, Hillside: 2_750_000, Millbrook: 2_750_000, Castle: 2_750_000 });
        expect(column(i, 'realisedBenefit')).toEqual({ Riverside: 350_000, Hillside: 1_250_000, Millbrook: 50_000, Castle: -850_000 });
        expect(column(i, 'benefitUnderRule')).toEqual(column(i, 'realisedBenefit'));
    });

    test('fair shares: £2,000 each', () => {
        // Coalitions with a saving: any single practice needs one step (£55,000) > its cost, so v({i}) = 0.
        // R + M: 8,200 + 9,800 = 18,000 patients, one step: 59,000 - 55,000 = 4,000.
        // H + C: 18,900 patients, one step: 59,000 - 55,000 = 4,000. All four: 8,000. Every other coalition saves 0
        // (e.g. R + H: 22,700 patients = 2 steps). Each practice's marginal contributions average to exactly £2,000.
        const i = initiative('Visiting');
        expect(column(i, 'fairShare')).toEqual({ Riverside: 200_000, Hillside: 200_000, Millbrook: 200_000, Castle: 200_000 });
        expect(column(i, 'compensation')).toEqual({ Riverside: -150_000, Hillside: -1_050_000, Millbrook: 150_000, Castle: 1_050_000 });
        expect(i.payments).toEqual([
            { from: 'Hillside', to: 'Castle', amount: 1_050_000 },
            { from: 'Riverside', to: 'Millbrook', amount: 150_000 }
        ]);
    });

    test('stability and outcome', () => {
        const i = initiative('Visiting');
        expect(i.charged.inCore).toBe(false);
        expect(i.charged.mostViolated).toEqual({ members: ['Castle'], value: 0, allocated: -850_000, excess: 850_000 });
        expect(i.fair.inCore).toBe(true);
        // x(R+M) >= 4,000 and x(H+C) >= 4,000 with x(P) = 8,000 forces e* = 0: the core is a face, not empty.
        expect(i.coreEmpty).toBe(false);
        expect(i.leastCoreEpsilon).toBe(0);
        // R+M and H+C each need £4,000 and are symmetric inside: the nucleolus is £2,000 each, as is Shapley here.
        expect(i.shares.map(s => s.nucleolusShare)).toEqual([200_000, 200_000, 200_000, 200_000]);
        expect(i.outcome.proceeds).toBe(false);
        expect(i.outcome.blockers).toEqual(['Castle']);
    });
});

describe('practices: autonomy, sustainability and the paradox', () => {
    // Domain weights sum to 5 + 3 + 2 + 2 + 2 + 3 + 1 + 3 = 21. Documents fully (2) + visiting 50% (1.5) = 3.5.
    // B = phi(DocumentHub, shared fairly) + r(Visiting, as charged).
    const expected = {
        // B = 427,917 + 350,000 = 777,917; p' = 0.4 * (1 - 777,917/1,200,000) = 422,083/3,000,000
        Riverside: { ceded: 3.5, a: 1 - 3.5 / 21, b: 777_917, pr: 422_083 / 3_000_000, ea: 0.6, ec: 2_577_917 / 3_600_000, resolved: true },
        // B = 577,917 + 1,250,000 = 1,827,917; p' = 0.15 * (1 - 1,827,917/2,500,000)
        Hillside: { ceded: 3.5, a: 1 - 3.5 / 21, b: 1_827_917, pr: 2_016_249 / 50_000_000, ea: 0.85, ec: 47_983_751 / 60_000_000, resolved: false },
        // B = 452,917 + 50,000 = 502,917; p' = 0.3 * (1 - 502,917/800,000)
        Millbrook: { ceded: 3.5, a: 1 - 3.5 / 21, b: 502_917, pr: 891_249 / 8_000_000, ea: 0.7, ec: 7_108_751 / 9_600_000, resolved: true },
        // Documents only: A = 1 - 2/21; B = 196,666
        Oakfield: { ceded: 2, a: 1 - 2 / 21, b: 196_666, pr: 4_561_669 / 15_000_000, ea: 0.65, ec: 198_328_289 / 315_000_000, resolved: false },
        // B = 94,583 - 850,000 < 0: no gap is closed, p' = p = 0.45; E_c = (17.5/21) * 0.55 = 11/24
        Castle: { ceded: 3.5, a: 1 - 3.5 / 21, b: -755_417, pr: 0.45, ea: 0.55, ec: 11 / 24, resolved: false }
    };
    for (const [id, e] of Object.entries(expected)) {
        test(id, () => {
            const p = result.practices.find(x => x.id === id)!;
            expect(p.cededWeight).toBeCloseTo(e.ceded, 12);
            expect(p.autonomyRetained).toBeCloseTo(e.a, 12);
            expect(p.benefit).toBe(e.b);
            expect(p.residualRisk).toBeCloseTo(e.pr, 12);
            expect(p.expectedAlone).toBeCloseTo(e.ea, 12);
            expect(p.expectedCollective).toBeCloseTo(e.ec, 12);
            expect(p.expectedMerger).toBe(0);
            expect(p.paradoxResolved).toBe(e.resolved);
            expect(p.memberOf).toEqual(['NorthPCN']);
        });
    }
    test('totals over initiatives', () => {
        const castle = result.practices.find(x => x.id === 'Castle')!;
        expect(castle.initiatives).toEqual(['DocumentHub', 'Visiting']);
        expect(castle.fairShareTotal).toBe(94_583 + 200_000);
        expect(castle.compensationTotal).toBe(161_560 + 1_050_000);
    });
});

test('trust (Green) and readiness', () => {
    // R (7+6+6)/3 = 6.33; H (6+7+4)/4 = 4.25; M (8+7+7)/2 = 11; O (4+4+3)/5 = 2.2 < 3; C (6+5+5)/3 = 5.33
    const byPractice = Object.fromEntries(result.trust.map(t => [t.practice, t]));
    expect(byPractice.Riverside.score).toBeCloseTo(19 / 3, 12);
    expect(byPractice.Hillside.score).toBe(4.25);
    expect(byPractice.Millbrook.score).toBe(11);
    expect(byPractice.Oakfield.score).toBeCloseTo(2.2, 12);
    expect(byPractice.Castle.score).toBeCloseTo(16 / 3, 12);
    expect(result.trust.map(t => t.ready)).toEqual([true, true, true, false, true]);
    expect(byPractice.Oakfield.clearsThreshold).toBe(false);
    expect(byPractice.Oakfield.believesAloneUnsustainable).toBe(false);
});

test('merger shares by list size', () => {
    // 12,000,000p * list / 43,000: R 2,288,372.09  H 4,046,511.63  M 2,734,883.72  O 1,702,325.58  C 1,227,906.98
    // Floors sum to 11,999,997; the 3 pence left go to the largest remainders C (.98), M (.72), H (.63).
    const m = result.mergers[0];
    expect(m.saving).toBe(12_000_000);
    expect(m.shares).toEqual([
        { practice: 'Riverside', share: 2_288_372 },
        { practice: 'Hillside', share: 4_046_512 },
        { practice: 'Millbrook', share: 2_734_884 },
        { practice: 'Oakfield', share: 1_702_325 },
        { practice: 'Castle', share: 1_227_907 }
    ]);
});

test('relationships County Hospital must hold', () => {
    // Before: 5 practices, average 43,000 / 5 = 8,600 -> 300,000 / 8,600 = 34.88.
    // After: NorthPCN speaks for all five: 1 unit of 43,000 -> 300,000 / 43,000 = 6.98.
    const p = result.partners[0];
    expect(p.before).toEqual({ units: 5, averagePopulation: 8_600, relationships: 300_000 / 8_600 });
    expect(p.after).toEqual({ units: 1, averagePopulation: 43_000, relationships: 300_000 / 43_000 });
});

test('findings name the practice, the money and the fix', () => {
    const codes = result.findings.map(f => `${f.code}:${f.initiative}:${f.practice ?? ''}`);
    expect(codes).toEqual([
        'charged-split-outside-core:DocumentHub:',
        'predicted-blocker:DocumentHub:Oakfield',
        'low-trust-cession:DocumentHub:Oakfield',
        'no-shared-belief:DocumentHub:Oakfield',
        'uncompensated-loss:Visiting:Castle',
        'charged-split-outside-core:Visiting:',
        'predicted-blocker:Visiting:Castle'
    ]);
    const loss = result.findings.find(f => f.code === 'uncompensated-loss')!;
    expect(loss.message).toContain('Castle Street Surgery loses £8,500 a year');
    expect(loss.message).toContain('compensation Hillside pays Castle £10,500 per year');
    expect(loss.data).toMatchObject({ loss: 850_000, transfer: { from: 'Hillside', to: 'Castle', amount: 1_050_000 } });
    // DocumentHub is shared fairly, so its charged split outside the core is information, not a warning.
    expect(result.findings[0].severity).toBe('info');
    expect(result.findings[5].severity).toBe('warning');
    expect(result.findings[5].data).toMatchObject({ coalition: ['Castle'], gain: 850_000 });
});
