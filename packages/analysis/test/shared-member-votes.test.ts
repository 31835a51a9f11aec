/**
 * DOMAIN.md items 18 and 19 when two member collectives share a practice: each
 * practice's patients are counted once, with the first member collective (in
 * the order the members are listed) that contains it, and the words say so.
 * Every figure below is worked by hand.
 */
import type { Collective, DecisionRule, DomainModel, TrustStatement } from '@autonomy/domain';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/index.js';
import { initiative, practice } from './fixtures.js';

function trust(unit: string, collective: string): TrustStatement {
    return { practice: unit, collective, credibility: 6, reliability: 6, intimacy: 6, selfOrientation: 3 };
}

function collective(id: string, members: string[], rule: DecisionRule): Collective {
    return { id, title: `Collective ${id}`, kind: 'network', members, decisionRule: rule, speaksForMembers: false };
}

/**
 * Group G (weighted vote) of two networks deciding by consensus: N1 = P1 (2,000 patients) and S (6,000);
 * N2 = P2 (5,000) and S. G's patients: 2,000 + 6,000 + 5,000 = 13,000, S's once.
 * Initiative I run by G among P1, S, P2: £30,000 fixed, charged equally (£10,000 each); P1 and S gain £2,000,
 * P2 loses £2,000. Everyone trusts its networks and both networks trust G (18 / 3 = 6, threshold 3).
 */
function sharedPractice(order: ['N1', 'N2'] | ['N2', 'N1'] = ['N1', 'N2']): DomainModel {
    return {
        settings: { title: 'Shared', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: [practice('P1', 2_000), practice('S', 6_000), practice('P2', 5_000)],
        collectives: [collective('N1', ['P1', 'S'], 'consensus'), collective('N2', ['P2', 'S'], 'consensus'), collective('G', order, 'weighted-vote')],
        trust: [trust('P1', 'N1'), trust('S', 'N1'), trust('S', 'N2'), trust('P2', 'N2'), trust('N1', 'G'), trust('N2', 'G')],
        initiatives: [initiative('I', ['P1', 'S', 'P2'], [1_200_000, 1_200_000, 800_000], [{ kind: 'fixed', amount: 3_000_000 }],
            { collective: 'G', charging: { kind: 'equal' }, sharing: 'as-charged' })],
        mergers: [],
        partners: []
    };
}

describe('voting power (item 18) with a practice in two member collectives', () => {
    test('S counted with N1, listed first: weights 8,000 and 5,000 of 13,000, not 8,000 and 11,000 of 19,000', () => {
        // Counting S twice gave N2 11,000 of 19,000 votes (quota 9,501): N2 alone decides, and N1's "share of
        // patients" read 8,000 / 19,000 = 42.1% when N1's practices hold 8,000 of G's 13,000 patients (61.5%).
        // Counted once: N1 8,000, N2 5,000 (P2 only), quota 6,501: N1 alone decides (power 100%, veto), N2 never
        // does (0%, dummy); shares of patients 8,000 / 13,000 = 61.5% and 5,000 / 13,000 = 38.5%.
        const result = analyse(sharedPractice(), { decisionSupport: true });
        const power = result.votingPower?.find(p => p.collective === 'G');
        expect(power).toMatchObject({ quota: 6_501, totalWeight: 13_000 });
        expect(power?.members.map(m => [m.member, m.weight, m.shapleyShubik, m.veto, m.dummy])).toEqual([
            ['N1', 8_000, 1, true, false], ['N2', 5_000, 0, false, true]]);
        expect(power?.members[0].listShare).toBeCloseTo(8 / 13, 12);
        expect(power?.members[1].listShare).toBeCloseTo(5 / 13, 12);
        expect(power?.members.reduce((s, m) => s + m.listShare, 0)).toBeCloseTo(1, 12);
        expect(power?.members[0].countedElsewhere).toBeUndefined();
        expect(power?.members[1].countedElsewhere).toEqual([{ practice: 'S', countedWith: 'N1' }]);
        const messages = result.findings.filter(f => f.code === 'voting-power-differs').map(f => f.message);
        // |100% - 61.5%| = 38.5 > 30.8 (half of 61.5); |0% - 38.5%| = 38.5 > 19.2.
        expect(messages).toEqual([
            'Collective N1 holds 100% of the voting power in Collective G (Shapley-Shubik, votes weighted by list size) but 61.5% of its patients: '
            + 'more than one and a half times its share; it can veto any decision.',
            'Collective N2 holds 0% of the voting power in Collective G (Shapley-Shubik, votes weighted by list size) but 38.5% of its patients '
            + '(each practice counted once, with the first member collective listed that contains it: Practice S with Collective N1): '
            + 'less than half its share; its vote never decides anything.'
        ]);
        expect(messages.join(' ')).not.toMatch(/42\.1%|57\.9%/);
        // `countedElsewhere` is in the published schema (1.3.0).
        const schema = JSON.parse(readFileSync(new URL('../schema/analysis-result.schema.json', import.meta.url), 'utf8')) as object;
        const validate = new Ajv({ allErrors: true }).compile(schema);
        validate(JSON.parse(JSON.stringify(result)));
        expect(validate.errors ?? []).toEqual([]);
    });

    test('listed the other way round, S is counted with N2: 11,000 and 2,000 of 13,000', () => {
        const power = analyse(sharedPractice(['N2', 'N1']), { decisionSupport: true }).votingPower?.find(p => p.collective === 'G');
        expect(power?.members.map(m => [m.member, m.weight])).toEqual([['N2', 11_000], ['N1', 2_000]]);
        expect(power?.members[0].listShare).toBeCloseTo(11 / 13, 12);
        expect(power?.members[1].countedElsewhere).toEqual([{ practice: 'S', countedWith: 'N2' }]);
    });

    test('a practice member also inside a member collective is counted with that collective', () => {
        // H (majority vote) = N1 and S directly: S's 6,000 are N1's (N1 = 8,000), so S's own share is 0 of 8,000.
        const model = sharedPractice();
        model.collectives.push(collective('H', ['S', 'N1'], 'majority-vote'));
        const power = analyse(model, { decisionSupport: true }).votingPower?.find(p => p.collective === 'H');
        expect(power?.members.map(m => [m.member, m.weight, m.listShare])).toEqual([['S', 1, 0], ['N1', 1, 1]]);
        expect(power?.members[0].countedElsewhere).toEqual([{ practice: 'S', countedWith: 'N1' }]);
    });
});

describe('nested weighted vote (item 19) with a practice in two member collectives', () => {
    test('S\'s 6,000 patients weigh once: N1 holds 8,000 of 13,000 (61.5%) and the vote carries', () => {
        // N1 agrees by consensus (P1 and S gain), N2 does not (P2 loses). Counting S in both, N1 held 8,000 of
        // 19,000 ("only members holding 42.1% of the list size agree", does not proceed), though the practices
        // agreeing through N1 hold 8,000 of the 13,000 patients. Counted once (with N1): 8,000 of 13,000 = 61.5%.
        const o = analyse(sharedPractice()).initiatives[0].outcome;
        expect(o.proceeds).toBe(true);
        expect(o.explanation).toBe('Collective G decides by list-size-weighted vote: members holding 61.5% of the list size agree '
            + '(each practice counted once, with the first member collective listed that contains it: Practice S with Collective N1), so it proceeds, '
            + 'but Collective N2 would be outvoted and may go rogue.');
        expect(o.explanation).not.toContain('42.1%');
    });

    test('listed the other way round, S weighs with N2: 2,000 of 13,000 (15.4%) agree and it does not proceed', () => {
        const o = analyse(sharedPractice(['N2', 'N1'])).initiatives[0].outcome;
        expect(o.proceeds).toBe(false);
        expect(o.explanation).toBe('Collective G decides by list-size-weighted vote: only members holding 15.4% of the list size agree '
            + '(each practice counted once, with the first member collective listed that contains it: Practice S with Collective N2), so it does not proceed.');
    });
});

describe('each practice counted once, over generated overlapping memberships', () => {
    /** 2-6 practices, 2-3 member collectives of G, each a non-empty subset of them (overlaps are common). */
    const layout = fc.integer({ min: 2, max: 6 }).chain(n => fc.record({
        sizes: fc.array(fc.integer({ min: 1, max: 9 }).map(k => k * 1_000), { minLength: n, maxLength: n }),
        costs: fc.array(fc.integer({ min: 0, max: 20 }).map(k => k * 100_000), { minLength: n, maxLength: n }),
        members: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }), { minLength: 2, maxLength: 3 }),
        inner: fc.constantFrom<DecisionRule>('consensus', 'majority-vote')
    }));

    function modelOf(l: { sizes: number[]; costs: number[]; members: number[][]; inner: DecisionRule }): DomainModel {
        const ids = l.sizes.map((_, i) => `Q${i}`);
        const networks = l.members.map((m, j) => collective(`M${j}`, m.map(i => ids[i]), l.inner));
        const participants = ids.filter((_, i) => l.members.some(m => m.includes(i)));
        return {
            settings: { title: 'Generated', currency: '£', horizonYears: 5, trustThreshold: 3 },
            domains: [],
            practices: ids.map((id, i) => practice(id, l.sizes[i])),
            collectives: [...networks, collective('G', networks.map(c => c.id), 'weighted-vote')],
            trust: [...networks.flatMap(c => c.members.map(p => trust(p, c.id))), ...networks.map(c => trust(c.id, 'G'))],
            initiatives: [initiative('I', participants, participants.map(p => l.costs[ids.indexOf(p)]), [{ kind: 'fixed', amount: 1_000_000 * participants.length }],
                { collective: 'G', charging: { kind: 'equal' }, sharing: 'as-charged' })],
            mergers: [],
            partners: []
        };
    }

    /** Written apart from the engine: each practice with the first member listed that contains it. */
    function owners(members: number[][]): Map<number, number> {
        const owner = new Map<number, number>();
        members.forEach((m, j) => m.forEach(i => owner.has(i) || owner.set(i, j)));
        return owner;
    }

    test('voting power: weights and shares of patients add up to G\'s patients, each once, and the words say which member holds a shared one', () => {
        fc.assert(fc.property(layout, l => {
            const result = analyse(modelOf(l), { decisionSupport: true });
            const power = result.votingPower!.find(p => p.collective === 'G')!;
            const owner = owners(l.members);
            const patients = [...owner.keys()].reduce((s, i) => s + l.sizes[i], 0);
            expect(power.totalWeight).toBe(patients);
            expect(power.members.reduce((s, m) => s + m.listShare, 0)).toBeCloseTo(1, 12);
            power.members.forEach((m, j) => {
                const mine = l.members[j].filter(i => owner.get(i) === j);
                expect(m.weight).toBe(mine.reduce((s, i) => s + l.sizes[i], 0));
                const elsewhere = l.members[j].filter(i => owner.get(i) !== j).map(i => ({ practice: `Q${i}`, countedWith: `M${owner.get(i)}` }));
                expect(m.countedElsewhere ?? []).toEqual(elsewhere);
                const finding = result.findings.find(f => f.code === 'voting-power-differs' && f.message.startsWith(`Collective M${j} holds`));
                if (finding) {
                    expect(finding.message).toContain(` but ${Math.round(m.listShare * 1000) / 10}% of its patients`);
                    for (const e of elsewhere) {
                        expect(finding.message).toContain(`Practice ${e.practice} with Collective ${e.countedWith}`);
                    }
                }
            });
        }), { numRuns: 200, seed: 18 });
    });

    test('nested weighted vote: "members holding x% of the list size agree" is the agreeing members\' patients, each once, over the participants\'', () => {
        fc.assert(fc.property(layout, l => {
            const o = analyse(modelOf(l)).initiatives[0].outcome;
            const owner = owners(l.members);
            const patients = [...owner.keys()].reduce((s, i) => s + l.sizes[i], 0);
            const agreeing = new Set((o.memberVotes ?? []).filter(v => v.depth === 1 && v.agrees).map(v => Number(v.collective.slice(1))));
            const yes = [...owner].filter(([, j]) => agreeing.has(j)).reduce((s, [i]) => s + l.sizes[i], 0);
            const stated = /holding ([\d.]+)% of the list size agree/.exec(o.explanation);
            expect(stated?.[1]).toBe(String(Math.round((yes / patients) * 1000) / 10));
            expect(o.proceeds).toBe(yes * 2 > patients);
            const shared = [...owner].filter(([i]) => l.members.filter(m => m.includes(i)).length > 1);
            for (const [i, j] of shared) {
                expect(o.explanation).toContain(`Practice Q${i} with Collective M${j}`);
            }
            if (shared.length === 0) {
                expect(o.explanation).not.toContain('counted once');
            }
        }), { numRuns: 200, seed: 19 });
    });
});
