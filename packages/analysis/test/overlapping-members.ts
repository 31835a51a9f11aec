/**
 * Test models for DOMAIN.md item 19 with a practice in two member collectives,
 * shared by the analysis's tests and the briefing's (one copy of the figures).
 */
import type { Collective, DecisionRule, DomainModel, TrustStatement } from '@autonomy/domain';
import { initiative, practice } from './fixtures.js';

/** Trust of `unit` in `collective`: 18 / so, so so = 3 gives 6 (ready at the threshold of 3) and so = 9 gives 2 (not). */
export function trust(unit: string, collective: string, so = 3): TrustStatement {
    return { practice: unit, collective, credibility: 6, reliability: 6, intimacy: 6, selfOrientation: so };
}

export function collective(id: string, members: string[], rule: DecisionRule): Collective {
    return { id, title: `Collective ${id}`, kind: 'network', members, decisionRule: rule, speaksForMembers: false };
}

/**
 * F (`rule`) of two networks deciding by consensus: A = P1 (2,000 patients) and the shared practice (`shared`,
 * 6,000); B = P2 (5,000) and the shared one. Initiative I run by F among P1, the shared one and P2: £30,000
 * fixed, charged equally (£10,000 each); P1 and the shared one save £12,000 alone (gain £2,000), P2 £8,000
 * (loses £2,000). Everyone trusts its networks and both networks trust F. A agrees; B does not.
 */
export function overlapping(rule: DecisionRule, order: ['A', 'B'] | ['B', 'A'] = ['A', 'B'], shared = 'P'): DomainModel {
    return {
        settings: { title: 'Shared', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [],
        practices: [practice('P1', 2_000), practice(shared, 6_000), practice('P2', 5_000)],
        collectives: [collective('A', ['P1', shared], 'consensus'), collective('B', ['P2', shared], 'consensus'), collective('F', order, rule)],
        trust: [trust('P1', 'A'), trust(shared, 'A'), trust(shared, 'B'), trust('P2', 'B'), trust('A', 'F'), trust('B', 'F')],
        initiatives: [initiative('I', ['P1', shared, 'P2'], [1_200_000, 1_200_000, 800_000], [{ kind: 'fixed', amount: 3_000_000 }],
            { collective: 'F', charging: { kind: 'equal' }, sharing: 'as-charged' })],
        mergers: [],
        partners: []
    };
}

/**
 * The shared practice outvoted inside the member it is counted with. F (weighted vote) = A (majority: P1 1,000,
 * the shared one 6,000, X 1,000) and B (consensus: the shared one, P2 5,000). £40,000 charged equally: P1 and X
 * gain £2,000, the shared one and P2 lose £2,000. A carries 2 of 3 and holds 8,000 of F's 13,000 patients (the
 * shared one counted with A), so F proceeds and the shared one is outvoted inside A; B will not follow.
 */
export function outvotedInside(shared = 'P'): DomainModel {
    const model = overlapping('weighted-vote', ['A', 'B'], shared);
    model.practices = [practice('P1', 1_000), practice(shared, 6_000), practice('X', 1_000), practice('P2', 5_000)];
    model.collectives[0] = collective('A', ['P1', shared, 'X'], 'majority-vote');
    model.trust.push(trust('X', 'A'));
    model.initiatives[0] = initiative('I', ['P1', shared, 'X', 'P2'], [1_200_000, 800_000, 1_200_000, 800_000],
        [{ kind: 'fixed', amount: 4_000_000 }], { collective: 'F', charging: { kind: 'equal' }, sharing: 'as-charged' });
    return model;
}
