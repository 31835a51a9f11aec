/**
 * DOMAIN.md items 11 and 19 under delegation: the explanation names every
 * defection risk exactly once, with the reason its trust figures give, and
 * names no one else. Voters are generated as analyse() makes them: a practice
 * (no `carries`) is a risk when its trust does not clear the threshold; a
 * member collective (with `carries`) when it is not ready, which with a
 * clearing score means its practices' belief is missing.
 */
import type { Collective } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { predictOutcome, type Voter } from '../src/outcome.js';

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
