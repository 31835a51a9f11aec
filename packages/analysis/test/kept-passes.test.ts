/**
 * The membership and trust table kept from one analysis to the next
 * (kept-passes.ts) against ones made afresh, on models that share record
 * objects as the editor's do (one CleanRecords across them), for the two
 * changes the example models of kept-records.test.ts rarely reach: a member
 * leaving a collective another collective's trust statement depends on, and
 * a practice taking the name a collective's member list already knows.
 */
import type { Collective, DomainModel, TrustStatement } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { CleanRecords } from '../src/clean-records.js';
import { KeptPasses } from '../src/kept-passes.js';
import { Membership } from '../src/membership.js';
import { sanitise } from '../src/sanitise.js';
import { TrustTable } from '../src/trust.js';
import { practice } from './fixtures.js';

function collective(id: string, members: string[]): Collective {
    return { id, title: id, kind: 'network', members, speaksForMembers: false };
}

function model(parts: Partial<DomainModel>): DomainModel {
    return {
        settings: { title: 'Kept', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [], practices: [], collectives: [], trust: [], initiatives: [], mergers: [], partners: [], ...parts
    };
}

describe('KeptPasses', () => {
    test('a member leaving a collective changes what its trust in its parent believes', () => {
        const records = new CleanRecords();
        const kept = new KeptPasses();
        const practices = [practice('A', 1), practice('B', 1, { believesAloneUnsustainable: false })];
        const parent = collective('F', ['N']);
        const trust: TrustStatement[] = [{ practice: 'N', collective: 'F', credibility: 5, reliability: 5, intimacy: 5, selfOrientation: 1 }];
        const before = sanitise(model({ practices, collectives: [collective('N', ['A', 'B']), parent], trust }), records);
        const after = sanitise(model({ practices, collectives: [collective('N', ['A']), parent], trust }), records);
        for (const clean of [before, after]) {
            const membership = kept.membershipOf(clean);
            expect(kept.trustTableOf(clean, membership).all()).toEqual(new TrustTable(clean, new Membership(clean)).all());
        }
    });

    test('a practice taking the name of a collective a member list names', () => {
        const records = new CleanRecords();
        const kept = new KeptPasses();
        const collectives = [collective('X', ['B']), collective('N', ['A', 'X'])];
        const before = sanitise(model({ practices: [practice('A', 1), practice('B', 1)], collectives }), records);
        const after = sanitise(model({ practices: [practice('A', 1), practice('B', 1), practice('X', 1)], collectives }), records);
        // The collectives are the same records in both: only the practices' ids tell the memberships apart.
        expect(after.collectives.every((c, i) => c === before.collectives[i])).toBe(true);
        for (const clean of [before, after]) {
            expect([...kept.membershipOf(clean).practicesWithin('N')]).toEqual([...new Membership(clean).practicesWithin('N')]);
        }
    });
});
