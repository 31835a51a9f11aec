/** DOMAIN.md item 3 details: explicit shares, declared transfers, and the findings about cessions. Hand-worked. */
import type { DomainModel } from '@autonomy/domain';
import { expect, test } from 'vitest';
import { analyse } from '../src/index.js';
import { initiative, practice } from './fixtures.js';

function model(): DomainModel {
    return {
        settings: { title: 'Charging', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [{ id: 'docs', title: 'Documents', weight: 1 }, { id: 'hr', title: 'HR', weight: 3 }],
        practices: [practice('A', 6_000), practice('B', 3_000, { believesAloneUnsustainable: false }), practice('C', 1_000)],
        collectives: [{ id: 'N', title: 'The Network', kind: 'network', members: ['A', 'B', 'C'], decisionRule: 'consensus', speaksForMembers: true }],
        trust: [
            { practice: 'A', collective: 'N', credibility: 6, reliability: 6, intimacy: 6, selfOrientation: 2 },
            { practice: 'B', collective: 'N', credibility: 6, reliability: 6, intimacy: 6, selfOrientation: 2 }
        ],
        // Costs £30,000 + £20,000 + £10,000 = £60,000 against a shared cost of £30,001 (one odd penny... in pounds: 3,000,100p).
        initiatives: [initiative('I', ['A', 'B', 'C'], [3_000_000, 2_000_000, 1_000_000], [{ kind: 'fixed', amount: 3_000_100 }], {
            collective: 'N',
            sharing: 'as-charged',
            cessions: [{ domain: 'docs', degree: 1 }, { domain: 'hr', degree: 0.5, practices: ['A'] }]
        })],
        mergers: [],
        partners: []
    };
}

test('explicit shares that do not sum to 100% are scaled to 100%', () => {
    const m = model();
    // 30% / 30% / 20% sum to 80%: scaled to 37.5% / 37.5% / 25%. 3,000,100p * 0.375 = 1,125,037.5 twice, * 0.25 = 750,025.
    // Floors 1,125,037 + 1,125,037 + 750,025 = 3,000,099: the last penny goes to the first of the tied remainders (A).
    m.initiatives[0].charging = { kind: 'explicit', shares: { A: 0.3, B: 0.3, C: 0.2 } };
    const i = analyse(m).initiatives[0];
    [0.375, 0.375, 0.25].forEach((w, k) => expect(i.shares[k].chargeWeight).toBeCloseTo(w, 12));
    expect(i.shares.map(s => s.charge)).toEqual([1_125_038, 1_125_037, 750_025]);
});

test('declared transfers count in the realised benefit and reduce the compensation still needed', () => {
    const m = model();
    m.initiatives[0].charging = { kind: 'equal' };
    // Equal: 3,000,100 / 3 = 1,000,033.33 -> 1,000,034 / 1,000,033 / 1,000,033. r = 1,999,966 / 999,967 / -33.
    const before = analyse(m).initiatives[0];
    expect(before.shares.map(s => s.realisedBenefit)).toEqual([1_999_966, 999_967, -33]);
    m.initiatives[0].transfers = [{ from: 'A', to: 'C', amount: 50_000 }];
    const after = analyse(m).initiatives[0];
    expect(after.shares.map(s => s.transfers)).toEqual([-50_000, 0, 50_000]);
    expect(after.shares.map(s => s.realisedBenefit)).toEqual([1_949_966, 999_967, 49_967]);
    // Fair shares do not depend on transfers; compensation = phi - r changes by exactly the transfer.
    expect(after.shares.map(s => s.fairShare)).toEqual(before.shares.map(s => s.fairShare));
    expect(after.shares.map((s, k) => s.compensation - before.shares[k].compensation)).toEqual([50_000, 0, -50_000]);
});

test('autonomy: a domain ceded to part of the group counts only for the named practice', () => {
    const r = analyse(model());
    // Weights 1 + 3 = 4. A cedes docs fully (1) and hr 50% (1.5): A = 1 - 2.5/4 = 0.375. B, C cede docs only: 0.75.
    expect(r.practices.map(p => p.autonomyRetained)).toEqual([0.375, 0.75, 0.75]);
});

test('cession findings: no shared belief, unknown readiness', () => {
    const r = analyse(model());
    const codes = r.findings.map(f => `${f.code}:${f.practice ?? ''}`);
    expect(codes).toContain('no-shared-belief:B');
    // C has no trust statement: readiness unknown, reported as information and counted as not ready.
    expect(codes).toContain('unknown-readiness:C');
    expect(r.trust.find(t => t.practice === 'C')).toMatchObject({ score: null, ready: null });
    expect(r.initiatives[0].outcome.blockers).toEqual(['B', 'C']);
    const unknown = r.findings.find(f => f.code === 'unknown-readiness')!;
    expect(unknown.severity).toBe('info');
    expect(unknown.message).toContain('Practice C cedes to The Network');
    expect(unknown.message).toContain('trust C -> N');
});

test('options: the exact limit is capped and Monte Carlo is flagged', () => {
    const r = analyse(model(), { exactLimit: 2, samples: 500, seed: 3 });
    const i = r.initiatives[0];
    expect(i).toMatchObject({ method: 'monte-carlo', samples: 500, seed: 3 });
    expect(i.charged.method).toBe('not-checked');
    const f = r.findings.find(x => x.code === 'estimated-fair-share')!;
    expect(f.data).toMatchObject({ samples: 500, seed: 3 });
    expect(analyse(model(), { exactLimit: 1e9 }).initiatives[0].method).toBe('exact');
});
