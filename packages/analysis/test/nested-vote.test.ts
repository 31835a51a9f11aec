/**
 * DOMAIN.md item 19, hand-worked: votes among a collective's direct members
 * when some of them are collectives, each deciding by its own rule first.
 */
import type { Collective, DecisionRule, DomainModel, TrustStatement } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/index.js';
import { initiative, practice } from './fixtures.js';

const IDS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** Trust of `unit` in `collective`: 18 / so, so so = 3 gives 6 (ready) and so = 9 gives 2 (below the threshold of 3). */
function trust(unit: string, collective: string, so = 3): TrustStatement {
    return { practice: unit, collective, credibility: 6, reliability: 6, intimacy: 6, selfOrientation: so };
}

function collective(id: string, members: string[], rule: DecisionRule): Collective {
    return { id, title: `Collective ${id}`, kind: 'network', members, decisionRule: rule, speaksForMembers: false };
}

/**
 * Six practices of 10,000 patients in three networks of two (A, B, C) under a
 * place group P. Shared cost £60,000 fixed, charged equally: £10,000 each, so
 * the benefit (as charged) is the current cost less £10,000. Every practice
 * trusts its own network and every network trusts P, unless `distrusting` says
 * otherwise.
 */
function place(opts: { top: DecisionRule; inner: DecisionRule; costs: number[]; distrusting?: string[]; believers?: string[] }): DomainModel {
    const believers = opts.believers ?? IDS;
    const networks = [['A', ['A1', 'A2']], ['B', ['B1', 'B2']], ['C', ['C1', 'C2']]] as const;
    return {
        settings: { title: 'Place', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: IDS.map(id => practice(id, 10_000, { believesAloneUnsustainable: believers.includes(id) })),
        collectives: [
            ...networks.map(([id, members]) => collective(id, [...members], opts.inner)),
            collective('P', ['A', 'B', 'C'], opts.top)
        ],
        trust: [
            ...networks.flatMap(([id, members]) => members.map(m => trust(m, id))),
            ...networks.map(([id]) => trust(id, 'P', opts.distrusting?.includes(id) ? 9 : 3))
        ],
        initiatives: [initiative('S', IDS, opts.costs.map(c => c * 100), [{ kind: 'fixed', amount: 6_000_000 }],
            { collective: 'P', charging: { kind: 'equal' }, sharing: 'as-charged' })],
        mergers: [],
        partners: []
    };
}

describe('nested votes (item 19)', () => {
    test('consensus of networks that each decide by majority vote', () => {
        // Benefits (£): A1 +5,000, A2 +2,000 | B1 -1,000, B2 -2,000 | C1 +4,000, C2 -1,000.
        // A: 2 of 2 agree, carries. B: 0 of 2, fails. C: 1 of 2 is not more than half, fails.
        // P by consensus among A, B, C: B and C dissent, so it does not proceed and B's and C's practices block.
        const result = analyse(place({ top: 'consensus', inner: 'majority-vote', costs: [15_000, 12_000, 9_000, 8_000, 14_000, 9_000] }));
        const o = result.initiatives[0].outcome;
        expect(o).toMatchObject({ rule: 'consensus', proceeds: false, agree: ['A1', 'A2'], blockers: ['B1', 'B2', 'C1', 'C2'], defectionRisks: [] });
        expect(o.memberVotes?.map(v => [v.collective, v.agrees, v.outcome.proceeds])).toEqual([['A', true, true], ['B', false, false], ['C', false, false]]);
        expect(o.explanation).toContain('Collective B and Collective C would not agree');
        // One finding per network that blocks, none for its practices one by one.
        const findings = result.findings.filter(f => f.code === 'collective-will-not-follow' || f.code === 'predicted-blocker');
        expect(findings.map(f => [f.code, f.data?.member])).toEqual([['collective-will-not-follow', 'B'], ['collective-will-not-follow', 'C']]);
        // The flat reading (practices voting directly) would have named three blockers, not four.
        expect(o.blockers).not.toEqual(['B1', 'B2', 'C2']);
    });

    test('majority vote of networks that each decide by consensus', () => {
        // Benefits (£): A1 +5,000, A2 +2,000 | B1 +4,000, B2 -2,000 | C1 +3,000, C2 +1,000.
        // A and C agree by consensus; B does not (B2 loses). P: 2 of 3 networks agree, so it proceeds,
        // and B is a defection risk with both its practices, B1 too, though B1 itself would gain.
        const result = analyse(place({ top: 'majority-vote', inner: 'consensus', costs: [15_000, 12_000, 14_000, 8_000, 13_000, 11_000] }));
        const o = result.initiatives[0].outcome;
        expect(o).toMatchObject({ rule: 'majority-vote', proceeds: true, agree: ['A1', 'A2', 'C1', 'C2'], blockers: [], defectionRisks: ['B1', 'B2'] });
        expect(o.explanation).toContain('2 of 3 members taking part agree');
        expect(result.findings.filter(f => f.code === 'collective-will-not-follow').map(f => f.data?.member)).toEqual(['B']);
        expect(result.findings.filter(f => f.code === 'defection-risk')).toEqual([]);
        // Flat, five of six practices would agree and only B2 would be a risk.
    });

    test('a network that does not trust the group will not follow, however its practices vote', () => {
        // Everyone gains £2,000; network C trusts P at 18 / 9 = 2, below 3. Majority: A and B carry it, C will not follow.
        const result = analyse(place({ top: 'majority-vote', inner: 'consensus', costs: Array<number>(6).fill(12_000), distrusting: ['C'] }));
        const o = result.initiatives[0].outcome;
        expect(o).toMatchObject({ proceeds: true, defectionRisks: ['C1', 'C2'] });
        const finding = result.findings.find(f => f.code === 'collective-will-not-follow');
        expect(finding?.message).toContain('its trust in Collective P is 2, below the threshold of 3');
        expect(finding?.message).toContain('nothing happens in its 2 practices');
    });

    test('weighted vote counts the list size of each network\'s participating practices', () => {
        // A gains, B and C do not carry; A holds 20,000 of 60,000 patients: not more than half, so it fails.
        const model = place({ top: 'weighted-vote', inner: 'consensus', costs: [15_000, 12_000, 9_000, 8_000, 9_000, 8_000] });
        expect(analyse(model).initiatives[0].outcome).toMatchObject({ proceeds: false, agree: ['A1', 'A2'] });
        // With A's practices at 40,000 patients each, A holds 80,000 of 120,000: it carries.
        model.practices = model.practices.map(p => (p.id.startsWith('A') ? { ...p, listSize: 40_000 } : p));
        expect(analyse(model).initiatives[0].outcome).toMatchObject({ proceeds: true, defectionRisks: ['B1', 'B2', 'C1', 'C2'] });
    });

    test('under delegation a network that is not ready is a defection risk: here most of its practices do not believe going alone is unsustainable', () => {
        // B trusts P at 6, but neither B1 nor B2 believes: not more than half, so B is not ready.
        const result = analyse(place({ top: 'delegated', inner: 'consensus', costs: Array<number>(6).fill(12_000), believers: ['A1', 'A2', 'C1', 'C2'] }));
        const o = result.initiatives[0].outcome;
        expect(o).toMatchObject({ rule: 'delegated', proceeds: true, defectionRisks: ['B1', 'B2'] });
        const b = result.trust.find(t => t.practice === 'B' && t.collective === 'P');
        expect(b).toMatchObject({ truster: 'collective', score: 6, clearsThreshold: true, believesAloneUnsustainable: false, ready: false });
        expect(result.findings.find(f => f.code === 'collective-will-not-follow')?.message)
            .toContain('no more than half of its practices believe going alone is unsustainable');
    });

    test('a network deciding inside an agreeing network: its outvoted practice is a defection risk, judged by its trust in its own network', () => {
        // A decides by majority with a third practice A3 (+£0 - £3,000 = loses); A carries 2 of 3, P (consensus) proceeds.
        const model = place({ top: 'consensus', inner: 'majority-vote', costs: [15_000, 12_000, 14_000, 13_000, 13_000, 11_000] });
        model.practices.push(practice('A3', 10_000));
        model.collectives[0] = { ...model.collectives[0], members: ['A1', 'A2', 'A3'] };
        model.trust.push(trust('A3', 'A'));
        model.initiatives[0] = initiative('S', [...IDS, 'A3'], [1_500_000, 1_200_000, 1_400_000, 1_300_000, 1_300_000, 1_100_000, 700_000],
            [{ kind: 'fixed', amount: 7_000_000 }], { collective: 'P', charging: { kind: 'equal' }, sharing: 'as-charged' });
        const result = analyse(model);
        expect(result.initiatives[0].outcome).toMatchObject({ proceeds: true, defectionRisks: ['A3'] });
        const risk = result.findings.find(f => f.code === 'defection-risk');
        expect(risk?.practice).toBe('A3');
        expect(risk?.message).toContain('it loses £3,000 a year');
    });

    test('a membership cycle among member collectives ends, and a collective trusting itself is left out', () => {
        // A contains B contains A (the validator reports the cycle); P runs it.
        const model = place({ top: 'consensus', inner: 'consensus', costs: Array<number>(6).fill(12_000) });
        model.collectives[0] = { ...model.collectives[0], members: ['A1', 'A2', 'B'] };
        model.collectives[1] = { ...model.collectives[1], members: ['B1', 'B2', 'A'] };
        model.trust.push(trust('A', 'A'), trust('B', 'A'), trust('A', 'B'));
        model.partners.push({ id: 'H', title: 'Hospital', population: 100_000 });
        const result = analyse(model);
        // Inside A, B decides without A (already deciding): A1 and A2 are then voters of B with no trust in it, so B fails,
        // and so A; the walk stops one level down instead of recursing forever.
        const o = result.initiatives[0].outcome;
        expect(o.proceeds).toBe(false);
        // Member votes are one flat list (each with its depth): a member's own outcome carries none.
        expect(o.memberVotes?.every(v => !('memberVotes' in v.outcome))).toBe(true);
        expect(result.trust.some(t => t.practice === 'A' && t.collective === 'A')).toBe(false);
        expect(result.partners[0].effective.units).toBeGreaterThanOrEqual(result.partners[0].after.units);
    });

    test('three levels: a network inside a federation that follows the place group, itself not following the federation', () => {
        // F contains A and B; P contains F and C. Everyone gains £2,000. B does not trust F (2 < 3); F decides by majority:
        // A agrees, B not ready, so 1 of 2 is not more than half and F's own vote fails: F does not agree, and P (consensus) blocks.
        const model = place({ top: 'consensus', inner: 'consensus', costs: Array<number>(6).fill(12_000) });
        model.collectives.push(collective('F', ['A', 'B'], 'majority-vote'));
        model.collectives[3] = { ...model.collectives[3], members: ['F', 'C'] };
        model.trust = model.trust.filter(t => t.collective !== 'P').concat([trust('A', 'F'), trust('B', 'F', 9), trust('F', 'P'), trust('C', 'P')]);
        const blocked = analyse(model);
        const o = blocked.initiatives[0].outcome;
        expect(o.memberVotes?.map(v => [v.collective, v.parent, v.depth, v.agrees])).toEqual([
            ['F', 'P', 1, false], ['A', 'F', 2, true], ['B', 'F', 2, false], ['C', 'P', 1, true]
        ]);
        expect(o).toMatchObject({ proceeds: false, blockers: ['A1', 'A2', 'B1', 'B2'] });
        expect(blocked.findings.filter(f => f.code === 'collective-will-not-follow').map(f => [f.data?.member, f.data?.parent])).toEqual([['F', 'P']]);
        // With F deciding by delegation it follows P (ready), P proceeds, and inside F, B is not ready: B will not follow F.
        model.collectives[4] = { ...model.collectives[4], decisionRule: 'delegated' };
        const delegated = analyse(model);
        expect(delegated.initiatives[0].outcome).toMatchObject({ proceeds: true, defectionRisks: ['B1', 'B2'] });
        expect(delegated.findings.filter(f => f.code === 'collective-will-not-follow').map(f => [f.data?.member, f.data?.parent])).toEqual([['B', 'F']]);
    });
});
