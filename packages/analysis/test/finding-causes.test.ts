/**
 * One finding per cause (issue 12): findings that differ only in their
 * initiative are stated once, naming every initiative; nothing is lost or
 * invented. Checked against a brute-force grouping on random models (fast-check).
 */
import type { DecisionRule, DomainModel, TrustStatement } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type AnalysisFinding, CauseGrouping, InitiativeCache, analyse, findingsByCause } from '../src/index.js';
import { initiative, practice } from './fixtures.js';

const RULES: DecisionRule[] = ['consensus', 'majority-vote', 'weighted-vote', 'delegated'];

/** 2-5 practices in one collective, some trusting it (high or low), 1-5 initiatives that cede a domain. */
const model: fc.Arbitrary<DomainModel> = fc.record({
    practices: fc.array(fc.record({
        pop: fc.integer({ min: 1_000, max: 20_000 }),
        believes: fc.boolean(),
        trust: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined })
    }), { minLength: 2, maxLength: 5 }),
    rule: fc.constantFrom(...RULES),
    initiatives: fc.array(fc.record({
        members: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        cost: fc.integer({ min: 0, max: 4_000_000 }),
        cedes: fc.boolean()
    }), { minLength: 1, maxLength: 5 })
}).map(spec => {
    const ids = spec.practices.map((_, i) => `P${i}`);
    const trust: TrustStatement[] = spec.practices.flatMap((p, i) => p.trust === undefined ? []
        : [{ practice: ids[i], collective: 'N', credibility: p.trust, reliability: p.trust, intimacy: p.trust, selfOrientation: 3 }]);
    return {
        settings: { title: 'Causes', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [{ id: 'd', title: 'Back office', weight: 1 }],
        practices: spec.practices.map((p, i) => practice(ids[i], p.pop, { believesAloneUnsustainable: p.believes })),
        collectives: [{ id: 'N', title: 'The network', kind: 'network', members: ids, decisionRule: spec.rule, speaksForMembers: false }],
        trust,
        initiatives: spec.initiatives.map((x, k) => {
            const chosen = ids.filter((_, i) => x.members[i]);
            const participants = chosen.length >= 2 ? chosen : ids.slice(0, 2);
            return initiative(`I${k}`, participants, participants.map((_, i) => 1_000_000 + 100_000 * i),
                [{ kind: 'fixed', amount: x.cost }], { collective: 'N', cessions: x.cedes ? [{ domain: 'd', degree: 1 }] : [] });
        }),
        mergers: [],
        partners: []
    } satisfies DomainModel;
});

/** The cause of a finding, written independently: everything but the initiative and its wording. */
const causeOf = (f: AnalysisFinding) => JSON.stringify([f.code, f.practice, f.collective, f.data]);
const MERGED = new Set(['unknown-readiness', 'low-trust-cession', 'no-shared-belief', 'predicted-blocker', 'defection-risk']);

describe('findingsByCause', () => {
    test('each per-initiative finding is in exactly one cause, and a cause holds exactly the findings equal but for the initiative', () => {
        fc.assert(fc.property(model, m => {
            const result = analyse(m);
            const causes = findingsByCause(m, result);
            const counted = new Map<string, string[]>();
            for (const f of result.findings) {
                const key = MERGED.has(f.code) ? causeOf(f) : `${causeOf(f)}|${f.initiative}|${f.message}`;
                counted.set(key, [...counted.get(key) ?? [], f.initiative ?? '']);
            }
            expect(causes).toHaveLength(counted.size);
            for (const c of causes) {
                const key = MERGED.has(c.code) ? causeOf(c) : `${causeOf(c)}|${c.initiative}|${c.message}`;
                expect(c.initiatives).toEqual(counted.get(key));
                expect(c.initiative).toBe(c.initiatives[0]);
                for (const id of c.initiatives) {
                    // Every initiative the cause affects is named in its one message.
                    expect(c.message).toContain(result.initiatives.find(i => i.id === id)!.title);
                }
            }
        }), { numRuns: 60 });
    });

    test('three practices ceding in three initiatives: low trust is said once per practice, naming the three', () => {
        const low: DomainModel = {
            settings: { title: 'Low trust', currency: '£', horizonYears: 5, trustThreshold: 3 },
            domains: [{ id: 'd', title: 'Back office', weight: 1 }],
            mergers: [],
            partners: [],
            practices: ['A', 'B', 'C'].map(id => practice(id, 5_000)),
            collectives: [{ id: 'N', title: 'The network', kind: 'network', members: ['A', 'B', 'C'], decisionRule: 'consensus', speaksForMembers: false }],
            trust: ['A', 'B', 'C'].map(id => ({ practice: id, collective: 'N', credibility: 2, reliability: 2, intimacy: 2, selfOrientation: 4 })),
            initiatives: ['X', 'Y', 'Z'].map(id => initiative(id, ['A', 'B', 'C'], [1_000_000, 1_000_000, 1_000_000],
                [{ kind: 'fixed', amount: 1_500_000 }], { collective: 'N', cessions: [{ domain: 'd', degree: 1 }] }))
        };
        const result = analyse(low);
        expect(result.findings.filter(f => f.code === 'low-trust-cession')).toHaveLength(9);
        const once = findingsByCause(low, result).filter(f => f.code === 'low-trust-cession');
        expect(once.map(f => f.practice)).toEqual(['A', 'B', 'C']);
        expect(once[0].message).toBe('Practice A cedes to The network in 3 initiatives (Initiative X, Initiative Y and Initiative Z) '
            + 'but trusts it at 1.5, below the threshold of 3. Build credibility, reliability and intimacy, or reduce the '
            + "collective's self-orientation, before asking it to cede.");
    });

    test('a cause in more than six initiatives names five and counts the rest', () => {
        const ids = Array.from({ length: 8 }, (_, k) => `I${k}`);
        const m: DomainModel = {
            settings: { title: 'Many', currency: '£', horizonYears: 5, trustThreshold: 3 },
            domains: [{ id: 'd', title: 'Back office', weight: 1 }],
            practices: ['A', 'B'].map(id => practice(id, 5_000)),
            collectives: [{ id: 'N', title: 'The network', kind: 'network', members: ['A', 'B'], decisionRule: 'consensus', speaksForMembers: false }],
            trust: [],
            initiatives: ids.map(id => initiative(id, ['A', 'B'], [1_000_000, 1_000_000], [{ kind: 'fixed', amount: 1_500_000 }],
                { collective: 'N', cessions: [{ domain: 'd', degree: 1 }] })),
            mergers: [],
            partners: []
        };
        const unknown = findingsByCause(m, analyse(m)).filter(f => f.code === 'unknown-readiness');
        expect(unknown).toHaveLength(2);
        expect(unknown[0].initiatives).toEqual(ids);
        expect(unknown[0].message).toContain('in 8 initiatives (Initiative I0, Initiative I1, Initiative I2, Initiative I3, Initiative I4 and 3 more)');
    });
});

describe('CauseGrouping (the last grouping kept)', () => {
    const EDITOR = { exactLimit: 12, samples: 1_000, stableSplitLimit: 8, stableSplitForFindingsOnly: true };
    /** The model with one record changed, every other shared (as the editor's models are). */
    const edits: Array<(m: DomainModel, n: number) => DomainModel> = [
        (m, n) => ({ ...m, initiatives: m.initiatives.map((i, k) => (k === n % m.initiatives.length
            ? { ...i, sharedCost: [{ kind: 'fixed', amount: 100_000 + 700_000 * n }] } : i)) }),
        (m, n) => ({ ...m, practices: m.practices.map((p, k) => (k === n % m.practices.length ? { ...p, listSize: p.listSize + 3_000 * n } : p)) }),
        (m, n) => ({ ...m, initiatives: [...m.initiatives, { ...m.initiatives[n % m.initiatives.length], id: `New${n}`, title: `New ${n}` }] })
    ];

    test('gives the causes findingsByCause gives, across edits that keep most findings the same objects', () => {
        fc.assert(fc.property(model, fc.array(fc.tuple(fc.nat({ max: edits.length - 1 }), fc.nat({ max: 9 })), { minLength: 1, maxLength: 5 }), (start, steps) => {
            const cache = new InitiativeCache();
            const grouping = new CauseGrouping();
            let m = start;
            for (const [edit, n] of [[-1, 0], ...steps]) {
                m = edit < 0 ? m : edits[edit](m, n);
                const result = analyse(m, { ...EDITOR, initiativeCache: cache });
                expect(JSON.stringify(grouping.of(m, result))).toBe(JSON.stringify(findingsByCause(m, analyse(m, EDITOR))));
            }
        }), { numRuns: 60 });
    });

    test('writes a merged cause again when the words change though its findings do not', () => {
        fc.assert(fc.property(model, m => {
            const result = analyse(m);
            const grouping = new CauseGrouping();
            grouping.of(m, result);
            const retitled = { ...m, practices: m.practices.map(p => ({ ...p, title: `${p.title} (renamed)` })) };
            expect(JSON.stringify(grouping.of(retitled, result))).toBe(JSON.stringify(findingsByCause(retitled, result)));
        }), { numRuns: 40 });
    });
});
