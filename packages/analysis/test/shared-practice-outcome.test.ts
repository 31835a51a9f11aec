/**
 * DOMAIN.md item 19 when two member collectives of the running collective share
 * a practice: it takes part in both member votes, but its place in the
 * outcome (agree, blockers, defection risks, uncertain) comes from the one it
 * is counted with, the first member collective listed that contains it (as its
 * patients, counted-once.ts, and its readiness, votingCollective). Brought by
 * both, it stood in `agree` through one and among the blockers or defection
 * risks through the other. Every figure below is worked by hand.
 */
import type { DecisionRule, DomainModel, TrustStatement } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse, type InitiativeOutcome } from '../src/index.js';
import { initiative, practice } from './fixtures.js';
import { collective, outvotedInside, overlapping, trust } from './overlapping-members.js';

function lists(o: InitiativeOutcome): Pick<InitiativeOutcome, 'proceeds' | 'agree' | 'blockers' | 'defectionRisks'> {
    return { proceeds: o.proceeds, agree: o.agree, blockers: o.blockers, defectionRisks: o.defectionRisks };
}

describe('a practice in two member collectives has one place in the outcome (item 19)', () => {
    test('consensus: P is counted with A, which agrees, so it agrees and only P2 blocks (B\'s other practice)', () => {
        // Before: agree [P1, P] through A and blockers [P, P2] through B: "P agrees" and "P would block it".
        const o = analyse(overlapping('consensus')).initiatives[0].outcome;
        expect(lists(o)).toEqual({ proceeds: false, agree: ['P1', 'P'], blockers: ['P2'], defectionRisks: [] });
        // B's own vote is as it was: P took part in it and agreed there.
        expect(o.memberVotes?.find(v => v.collective === 'B')?.outcome).toMatchObject({ agree: ['P'], blockers: ['P2'] });
        expect(o.memberVotes?.find(v => v.collective === 'B')?.practices).toEqual(['P', 'P2']);
    });

    test('weighted vote: A holds 8,000 of 13,000 and carries; P agrees through A, and only P2 may go rogue with B', () => {
        // Before: agree [P1, P] and defectionRisks [P, P2].
        const o = analyse(overlapping('weighted-vote')).initiatives[0].outcome;
        expect(lists(o)).toEqual({ proceeds: true, agree: ['P1', 'P'], blockers: [], defectionRisks: ['P2'] });
    });

    test('listed the other way round, P is counted with B: it blocks with B under consensus, and a weighted vote fails', () => {
        // Consensus: B first, so P's place is B's (blocks); P1 agrees through A.
        expect(lists(analyse(overlapping('consensus', ['B', 'A'])).initiatives[0].outcome))
            .toEqual({ proceeds: false, agree: ['P1'], blockers: ['P', 'P2'], defectionRisks: [] });
        // Weighted: A holds P1's 2,000 of 13,000 (15.4%), so the vote fails: no defection risks, P with B in neither list.
        expect(lists(analyse(overlapping('weighted-vote', ['B', 'A'])).initiatives[0].outcome))
            .toEqual({ proceeds: false, agree: ['P1'], blockers: [], defectionRisks: [] });
    });

    test('majority vote with a third network C (P3, gains) that agrees: 2 of 3 members agree, P agrees and only P2 is a risk', () => {
        const model = overlapping('majority-vote');
        model.practices.push(practice('P3', 1_000));
        model.collectives.splice(2, 0, collective('C', ['P3'], 'consensus'));
        model.collectives.find(c => c.id === 'F')!.members.push('C');
        model.trust.push(trust('P3', 'C'), trust('C', 'F'));
        // Four participants charged £10,000 each (£40,000 fixed): P3 saves £12,000 alone, a gain of £2,000.
        model.initiatives[0] = initiative('I', ['P1', 'P', 'P2', 'P3'], [1_200_000, 1_200_000, 800_000, 1_200_000],
            [{ kind: 'fixed', amount: 4_000_000 }], { collective: 'F', charging: { kind: 'equal' }, sharing: 'as-charged' });
        const o = analyse(model).initiatives[0].outcome;
        expect(lists(o)).toEqual({ proceeds: true, agree: ['P1', 'P', 'P3'], blockers: [], defectionRisks: ['P2'] });
    });

    test('delegation: B is not ready towards F, so its practice counted with it may defect; P, counted with A, does not', () => {
        const model = overlapping('delegated');
        model.trust = model.trust.map(t => (t.practice === 'B' ? trust('B', 'F', 9) : t));
        const o = analyse(model).initiatives[0].outcome;
        expect(lists(o)).toEqual({ proceeds: true, agree: ['P1', 'P'], blockers: [], defectionRisks: ['P2'] });
    });
});

describe('findings on a practice in two member collectives', () => {
    test('B\'s finding takes with it only P2; P is named apart, counted with A, and no finding says P blocks or may go rogue', () => {
        for (const rule of ['consensus', 'weighted-vote'] as const) {
            const findings = analyse(overlapping(rule)).findings;
            const b = findings.filter(f => f.code === 'collective-will-not-follow');
            expect(b).toHaveLength(1);
            // Before: "Pull the lever and nothing happens in its 2 practices (Practice P and Practice P2)", while P agrees through A.
            expect(b[0].message).toContain('Pull the lever and nothing happens in its practice (Practice P2). '
                + 'Practice P takes part in Collective B\'s vote but is counted with Collective A, the first member collective listed that contains it, '
                + 'and goes with that one. Build its trust');
            expect(b[0].data).toMatchObject({ member: 'B', practices: ['P2'], countedElsewhere: [{ practice: 'P', countedWith: 'A' }] });
            expect(findings.filter(f => f.practice === 'P' && (f.code === 'predicted-blocker' || f.code === 'defection-risk'))).toEqual([]);
        }
    });

    test('a shared practice outvoted inside the member it is counted with keeps its own defection-risk finding', () => {
        // F (weighted vote) = A (majority: P1 1,000, P 6,000, X 1,000) and B (consensus: P, P2 5,000). Charged equally £10,000 each:
        // P1 and X gain £2,000, P loses £2,000 (saves £8,000 alone), P2 loses £2,000. A carries 2 of 3 and holds 8,000 of 13,000
        // patients (P counted with A): F proceeds, P is outvoted inside A, and B (P and P2 against) will not follow.
        // Before, B's finding spoke for P (it was among B's practices), so P had no finding of its own, though A decides its place.
        const model = outvotedInside();
        const result = analyse(model);
        expect(lists(result.initiatives[0].outcome)).toEqual({ proceeds: true, agree: ['P1', 'X'], blockers: [], defectionRisks: ['P', 'P2'] });
        const own = result.findings.filter(f => f.code === 'defection-risk').map(f => [f.practice, f.data?.collective]);
        expect(own).toEqual([['P', 'A']]);
        const b = result.findings.find(f => f.code === 'collective-will-not-follow');
        expect(b?.data).toMatchObject({ member: 'B', practices: ['P2'], countedElsewhere: [{ practice: 'P', countedWith: 'A' }] });
    });

    test('two levels down: K inside B will not follow B, but P in K is counted with A, listed before B in F', () => {
        // F (weighted) = A (consensus: P 1,000) and B (weighted: K, R 5,000); K (consensus) = P and Q (1,000). £30,000 charged
        // equally: P and R gain £2,000, Q loses £2,000. K fails (Q), B carries (R's 5,000 of 7,000), F carries (A and B agree).
        // P's place is A's at F's level: it agrees. Before, B brought K's practices P and Q as outvoted: P agreed and was a risk.
        const model: DomainModel = {
            settings: { title: 'Two levels', currency: '£', horizonYears: 5, trustThreshold: 3 },
            domains: [],
            practices: [practice('P', 1_000), practice('Q', 1_000), practice('R', 5_000)],
            collectives: [collective('K', ['P', 'Q'], 'consensus'), collective('A', ['P'], 'consensus'), collective('B', ['K', 'R'], 'weighted-vote'),
                collective('F', ['A', 'B'], 'weighted-vote')],
            trust: [trust('P', 'A'), trust('P', 'K'), trust('Q', 'K'), trust('R', 'B'), trust('K', 'B'), trust('A', 'F'), trust('B', 'F')],
            initiatives: [initiative('I', ['P', 'Q', 'R'], [1_200_000, 800_000, 1_200_000], [{ kind: 'fixed', amount: 3_000_000 }],
                { collective: 'F', charging: { kind: 'equal' }, sharing: 'as-charged' })],
            mergers: [],
            partners: []
        };
        const result = analyse(model);
        expect(lists(result.initiatives[0].outcome)).toEqual({ proceeds: true, agree: ['P', 'R'], blockers: [], defectionRisks: ['Q'] });
        const k = result.findings.filter(f => f.code === 'collective-will-not-follow');
        expect(k.map(f => f.data)).toMatchObject([{ member: 'K', parent: 'B', practices: ['Q'], countedElsewhere: [{ practice: 'P', countedWith: 'A' }] }]);
        expect(k[0].message).toContain('nothing happens in its practice (Practice Q). Practice P takes part in Collective K\'s vote but is counted with Collective A');
    });
});

describe('over generated nested models with overlapping members', () => {
    const RULES: DecisionRule[] = ['consensus', 'majority-vote', 'weighted-vote', 'delegated'];

    interface Layout {
        sizes: number[];
        costs: number[];
        /** G's member collectives, each a non-empty subset of the practices (overlaps are common). */
        members: number[][];
        /** A network inside the last member: a subset of its practices, some of them perhaps counted with a member listed before. */
        inner: number[];
        /** Practices that are also direct members of G. */
        direct: number[];
        rules: DecisionRule[];
        top: DecisionRule;
        /** Self-orientation of each trust statement, indexed by its position: 1..10 (trust 18 / so against 3). */
        so: number[];
        believes: boolean[];
    }

    const layout: fc.Arbitrary<Layout> = fc.integer({ min: 2, max: 6 }).chain(n => fc.record({
        sizes: fc.array(fc.integer({ min: 1, max: 9 }).map(k => k * 1_000), { minLength: n, maxLength: n }),
        costs: fc.array(fc.integer({ min: 0, max: 20 }).map(k => k * 100_000), { minLength: n, maxLength: n }),
        members: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }), { minLength: 2, maxLength: 3 }),
        inner: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
        direct: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: 2 }),
        rules: fc.array(fc.constantFrom(...RULES), { minLength: 4, maxLength: 4 }),
        top: fc.constantFrom(...RULES),
        so: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 40, maxLength: 40 }),
        believes: fc.array(fc.boolean(), { minLength: n, maxLength: n })
    }));

    function modelOf(l: Layout): DomainModel {
        const ids = l.sizes.map((_, i) => `Q${i}`);
        const last = l.members.length - 1;
        const innerMembers = l.inner.filter(i => l.members[last].includes(i)).map(i => ids[i]);
        const networks = l.members.map((m, j) => collective(`M${j}`, m.map(i => ids[i]), l.rules[j]));
        if (innerMembers.length > 0) {
            networks[last].members = ['K', ...networks[last].members];
        }
        const inner = innerMembers.length > 0 ? [collective('K', innerMembers, l.rules[3])] : [];
        const top = collective('G', [...networks.map(c => c.id), ...l.direct.map(i => ids[i])], l.top);
        const participants = ids.filter((_, i) => l.members.some(m => m.includes(i)) || l.direct.includes(i));
        let k = 0;
        const statement = (unit: string, c: string): TrustStatement => trust(unit, c, l.so[k++ % l.so.length]);
        return {
            settings: { title: 'Generated', currency: '£', horizonYears: 5, trustThreshold: 3 },
            domains: [],
            practices: ids.map((id, i) => practice(id, l.sizes[i], { believesAloneUnsustainable: l.believes[i] })),
            collectives: [...inner, ...networks, top],
            trust: [
                ...[...inner, ...networks].flatMap(c => c.members.map(m => statement(m, c.id))),
                ...networks.map(c => statement(c.id, 'G')),
                ...l.direct.map(i => statement(ids[i], 'G'))
            ],
            initiatives: [initiative('I', participants, participants.map(p => l.costs[ids.indexOf(p)]), [{ kind: 'fixed', amount: 1_000_000 * participants.length }],
                { collective: 'G', charging: { kind: 'equal' }, sharing: 'as-charged' })],
            mergers: [],
            partners: []
        };
    }

    test('agree, blockers and defection risks are pairwise disjoint, and each participant is in one of agree or (blockers and risks) or neither', () => {
        fc.assert(fc.property(layout, l => {
            const model = modelOf(l);
            const o = analyse(model).initiatives[0].outcome;
            const participants = model.initiatives[0].participants;
            const blockOrRisk = new Set([...o.blockers, ...o.defectionRisks]);
            expect(o.agree.filter(p => o.blockers.includes(p))).toEqual([]);
            expect(o.agree.filter(p => o.defectionRisks.includes(p))).toEqual([]);
            expect(o.blockers.filter(p => o.defectionRisks.includes(p))).toEqual([]);
            for (const p of participants) {
                expect(Number(o.agree.includes(p)) + Number(blockOrRisk.has(p))).toBeLessThanOrEqual(1);
            }
            // Each list names participants, each once.
            for (const list of [o.agree, o.blockers, o.defectionRisks, o.uncertain ?? []]) {
                expect(new Set(list).size).toBe(list.length);
                expect(list.every(p => participants.includes(p))).toBe(true);
            }
        }), { numRuns: 300, seed: 1919 });
    });

    test('a practice inside member collectives follows the first listed that contains it: blocks with it, or is outvoted with it', () => {
        fc.assert(fc.property(layout, l => {
            const model = modelOf(l);
            const o = analyse(model).initiatives[0].outcome;
            const top = (o.memberVotes ?? []).filter(v => v.depth === 1);
            // Written apart from the engine: the first member collective of G, as listed, that contains the practice.
            for (const p of model.initiatives[0].participants) {
                const home = top.find(v => v.practices.includes(p));
                if (!home) continue;
                if (o.rule === 'consensus') {
                    expect(o.blockers.includes(p)).toBe(!home.agrees);
                } else if (o.rule === 'majority-vote' || o.rule === 'weighted-vote') {
                    if (o.proceeds === true && !home.agrees) expect(o.defectionRisks).toContain(p);
                    if (home.agrees) expect(o.agree.includes(p)).toBe(home.outcome.agree.includes(p));
                } else if (o.rule === 'delegated') {
                    if (home.ready !== true) expect(o.defectionRisks).toContain(p);
                }
                if (!home.agrees) expect(o.agree).not.toContain(p);
            }
        }), { numRuns: 300, seed: 1920 });
    });

    test('findings: each blocker and defection risk is spoken for once, by its own finding or its member\'s; no agreeing practice is', () => {
        fc.assert(fc.property(layout, l => {
            const result = analyse(modelOf(l));
            const o = result.initiatives[0].outcome;
            const heldBy = result.findings.filter(f => f.code === 'collective-will-not-follow').flatMap(f => (f.data?.practices ?? []) as string[]);
            const own = result.findings.filter(f => f.code === 'predicted-blocker' || f.code === 'defection-risk').map(f => f.practice!);
            const spoken = [...heldBy, ...own];
            for (const p of [...o.blockers, ...o.defectionRisks]) {
                expect(spoken.filter(q => q === p)).toHaveLength(1);
            }
            for (const p of o.agree) {
                expect(spoken).not.toContain(p);
            }
        }), { numRuns: 300, seed: 1921 });
    });
});
