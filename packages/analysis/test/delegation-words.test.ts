/**
 * DOMAIN.md items 11 and 19 under delegation: the explanation names every
 * defection risk exactly once, with the reason its trust figures give, and
 * names no one else. Voters are generated as analyse() makes them: a practice
 * (no `carries`) is a risk when its trust does not clear the threshold; a
 * member collective (with `carries`) when it is not ready, which with a
 * clearing score means its practices' belief is missing.
 */
import type { Collective, DomainModel } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { predictOutcome, type Voter } from '../src/outcome.js';
import { initiative, practice } from './fixtures.js';

const LEADERS: Collective = { id: 'L', title: 'The Leaders', kind: 'federation', members: [], decisionRule: 'delegated', speaksForMembers: false };

const voter = (i: number): fc.Arbitrary<Voter> => fc.record({
    collective: fc.boolean(),
    clears: fc.constantFrom(true, false, null),
    believes: fc.boolean(),
    carries: fc.boolean(),
    benefit: fc.integer({ min: -5, max: 5 }),
    listSize: fc.integer({ min: 0, max: 9 })
}).map(({ collective, clears, believes, carries, benefit, listSize }): Voter => ({
    // Titles that are no part of one another, so a count of occurrences counts one voter.
    id: `U${i}`, title: `${collective ? 'Network' : 'Practice'} <${i}>`, listSize, benefit,
    clearsThreshold: clears, ready: clears === null ? null : clears && believes,
    ...(collective ? { carries } : {})
}));

const voters = fc.integer({ min: 0, max: 8 }).chain(n => fc.tuple(...Array.from({ length: n }, (_, i) => voter(i))));

/** The reason a clause gives, read from its words. */
function reasonOf(clause: string): 'low' | 'unstated' | 'unready' {
    if (/ (does|do) not trust it enough/.test(clause)) return 'low';
    if (/ (has not stated its|have not stated their) trust in it/.test(clause)) return 'unstated';
    if (/ (is|are) not ready to follow it /.test(clause)) return 'unready';
    throw new Error(`no reason in "${clause}"`);
}

describe('defection risks under delegation', () => {
    it('names every risk exactly once, with the reason its figures give, and no one else', () => {
        fc.assert(fc.property(voters, vs => {
            const o = predictOutcome(LEADERS, vs);
            expect(o).toMatchObject({ rule: 'delegated', proceeds: true, blockers: [] });
            const isRisk = (v: Voter): boolean => (v.carries === undefined ? v.clearsThreshold !== true : v.ready !== true);
            expect(o.defectionRisks).toEqual(vs.filter(isRisk).map(v => v.id));
            const head = 'The Leaders delegates the decision to its leaders, so it proceeds';
            expect(o.explanation.startsWith(head)).toBe(true);
            const rest = o.explanation.slice(head.length);
            if (o.defectionRisks.length === 0) {
                expect(rest).toBe('.');
                return;
            }
            // "; A does not trust it enough; B has not stated its trust in it: each may defect."
            const clauses = rest.replace(/^; /, '').replace(/(: each| and) may defect\.$/, '').split('; ');
            for (const v of vs) {
                const occurrences = o.explanation.split(v.title).length - 1;
                expect(occurrences).toBe(isRisk(v) ? 1 : 0);
                if (!isRisk(v)) continue;
                const reason = reasonOf(clauses.find(c => c.includes(v.title))!);
                if (reason === 'low') expect(v.clearsThreshold).toBe(false);
                if (reason === 'unstated') expect(v.clearsThreshold).toBeNull();
                if (reason === 'unready') {
                    // Only a member collective whose score clears: its practices' belief is what is missing.
                    expect(v.carries).toBeDefined();
                    expect(v.clearsThreshold).toBe(true);
                    expect(v.ready).toBe(false);
                }
            }
            // One clause per reason present, and "each may defect" only for more than one clause.
            expect(new Set(clauses.map(reasonOf)).size).toBe(clauses.length);
            expect(rest.endsWith(clauses.length === 1 ? ' and may defect.' : ': each may defect.')).toBe(true);
        }), { numRuns: 500, seed: 19 });
    });
});

describe('a member collective not ready because no majority of its practices believes', () => {
    it('with exactly half believing, does not say that most of its practices do not believe', () => {
        // Network N = X (believes going alone is unsustainable) and Y (does not): 1 of 2 believe, not more than half,
        // so N does not believe (item 19) and, trusting F at 18 / 3 = 6 >= 3, is not ready. "Most of its practices do
        // not believe" was false: half do. Z, F's other member, trusts F and believes: no risk.
        const high = { credibility: 6, reliability: 6, intimacy: 6, selfOrientation: 3 };
        const model: DomainModel = {
            settings: { title: 'Tie', currency: '£', horizonYears: 5, trustThreshold: 3 },
            domains: [],
            practices: [practice('X', 4_000), practice('Y', 4_000, { believesAloneUnsustainable: false }), practice('Z', 4_000)],
            collectives: [
                { id: 'N', title: 'Network N', kind: 'network', members: ['X', 'Y'], decisionRule: 'consensus', speaksForMembers: true },
                { id: 'F', title: 'Federation F', kind: 'federation', members: ['N', 'Z'], decisionRule: 'delegated', speaksForMembers: true }
            ],
            trust: [{ practice: 'X', collective: 'N', ...high }, { practice: 'Y', collective: 'N', ...high },
                { practice: 'N', collective: 'F', ...high }, { practice: 'Z', collective: 'F', ...high }],
            initiatives: [initiative('I', ['X', 'Y', 'Z'], [1_200_000, 1_200_000, 1_200_000], [{ kind: 'fixed', amount: 3_000_000 }],
                { collective: 'F', charging: { kind: 'equal' }, sharing: 'as-charged' })],
            mergers: [],
            partners: []
        };
        const result = analyse(model);
        const o = result.initiatives[0].outcome;
        expect(o.memberVotes?.[0]).toMatchObject({ collective: 'N', ready: false, clearsThreshold: true });
        expect(o.defectionRisks).toEqual(['X', 'Y']);
        expect(o.explanation).toBe('Federation F delegates the decision to its leaders, so it proceeds; Network N is not ready to follow it '
            + '(no more than half of its practices believe going alone is unsustainable) and may defect.');
        const finding = result.findings.find(f => f.code === 'collective-will-not-follow');
        expect(finding?.message).toContain('no more than half of its practices believe going alone is unsustainable');
        expect([o.explanation, finding?.message].join(' ')).not.toContain('most of its practices do not believe');
    });
});
