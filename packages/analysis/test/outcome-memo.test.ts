/**
 * A kept outcome (outcome-memo.ts) asks the trust table for its pairs again:
 * a participant with no trust statement in the collective running its
 * initiative is an 'unknown' pair the lookup adds to the result's `trust`,
 * in the order initiatives ask. Here every outcome is kept (the edit is a
 * title of a practice in no initiative), so only the replayed lookups put
 * those pairs in the result.
 */
import type { DomainModel } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { InitiativeCache, analyse } from '../src/index.js';
import { initiative, practice } from './fixtures.js';

const EDITOR = { exactLimit: 12, samples: 1_000, stableSplitLimit: 8, stableSplitForFindingsOnly: true };

function model(title: string): DomainModel {
    const fixed = [{ kind: 'fixed' as const, amount: 100_000 }];
    return {
        settings: { title: 'Unknown readiness', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: [practice('A', 5_000), practice('B', 3_000), practice('C', 4_000), practice('D', 1_000, { title })],
        collectives: [{ id: 'N', title: 'N', kind: 'network', members: ['A', 'B', 'C'], decisionRule: 'consensus', speaksForMembers: false }],
        trust: [{ practice: 'A', collective: 'N', credibility: 5, reliability: 5, intimacy: 5, selfOrientation: 2 }],
        initiatives: [
            initiative('I', ['B', 'A'], [80_000, 90_000], fixed, { collective: 'N' }),
            initiative('J', ['C', 'B'], [70_000, 60_000], fixed, { collective: 'N' })
        ],
        mergers: [],
        partners: []
    };
}

describe('OutcomeMemo', () => {
    test('kept outcomes add the pairs with no statement to the trust table again, in order', () => {
        const cache = new InitiativeCache();
        const first = model('D');
        const edited = { ...first, practices: [...first.practices.slice(0, 3), { ...first.practices[3], title: 'D renamed' }] };
        analyse(first, { ...EDITOR, initiativeCache: cache });
        const kept = analyse(edited, { ...EDITOR, initiativeCache: cache });
        const fresh = analyse(edited, EDITOR);
        expect(fresh.trust.map(t => `${t.practice}>${t.collective}:${t.score}`)).toEqual(['A>N:7.5', 'B>N:null', 'C>N:null']);
        expect(JSON.stringify(kept)).toBe(JSON.stringify(fresh));
    });
});
