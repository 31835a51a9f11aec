/**
 * Verdicts that rest on a Monte Carlo estimate. Shared fairly above the exact limit, a participant's
 * benefit is an estimated fair share with a standard error; whether it agrees (benefit >= 0, DOMAIN.md
 * item 11) is the sign of that estimate. Within two standard errors of zero the sign is not settled, so
 * neither is its agreement, nor a verdict its agreement could change: the words may not state them as
 * fact ("is predicted to block", "so it does not proceed").
 */
import type { DecisionRule, DomainModel, TrustStatement } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, analyseSensitivity, findingsByCause } from '../src/index.js';
import { type GameSpec, gameSpec, modelOf } from './fixtures.js';
import { THIRTEEN_COSTS, THIRTEEN_POPS, THIRTEEN_SHARED_COST } from './thirteen-practices.js';

/** 13 practices, one more than the editor's exact limit; all trust Network C, so each one's benefit decides whether it agrees. */
const HUB: GameSpec = {
    pops: THIRTEEN_POPS,
    costs: THIRTEEN_COSTS,
    terms: THIRTEEN_SHARED_COST.map(term => ({ ...term }))
};

const trusting = { credibility: 8, reliability: 8, intimacy: 8, selfOrientation: 2 };

function runBy(spec: GameSpec, rule: DecisionRule, statements: (Omit<TrustStatement, 'practice' | 'collective'> | null)[]): DomainModel {
    const model = modelOf(spec, { sharing: 'fair' });
    const ids = model.practices.map(p => p.id);
    return {
        ...model,
        collectives: [{ id: 'C', title: 'Network C', kind: 'network', members: ids, decisionRule: rule, speaksForMembers: true }],
        trust: ids.flatMap((id, k) => (statements[k] ? [{ practice: id, collective: 'C', ...statements[k] }] : [])),
        initiatives: model.initiatives.map(i => ({ ...i, collective: 'C' }))
    };
}

const hub = (rule: DecisionRule): DomainModel => runBy(HUB, rule, HUB.pops.map(() => trusting));

describe('a 13-practice initiative above the editor\'s exact limit, one practice\'s fair share estimated near zero', () => {
    it('is, exactly, agreed by every practice: P1\'s fair share is +£18.46', () => {
        const exact = analyse(hub('consensus')).initiatives[0];
        expect(exact.method).toBe('exact');
        expect(exact.shares[1].fairShare).toBe(1_846);
        expect(exact.outcome.proceeds).toBe(true);
    });

    it('under consensus does not state the estimate\'s verdict as fact', () => {
        const result = analyse(hub('consensus'), { exactLimit: 12 });
        const i = result.initiatives[0];
        expect(i.method).toBe('monte-carlo');
        expect(i.shares[1]).toMatchObject({ fairShare: -7_636, fairShareStandardError: 11_413 });
        expect(i.outcome).toMatchObject({ proceeds: false, blockers: ['P1'], uncertain: ['P1'], proceedsUncertain: true });
        expect(i.outcome.explanation).not.toContain('so it does not proceed');
        expect(i.outcome.explanation).toBe('Network C decides by consensus and on the estimated fair shares, Practice P1 would not agree, so it would not proceed; '
            + 'but whether Practice P1 agrees is uncertain (Practice P1\'s estimated benefit is -£76.36 with a standard error of £114.13, '
            + 'within two standard errors of zero), so whether it proceeds is uncertain.');
        const blocker = result.findings.find(f => f.code === 'predicted-blocker')!;
        expect(blocker.message).not.toContain('is predicted to block');
        expect(blocker.message).toBe('Practice P1 may block Initiative I under consensus on the estimated fair shares: it loses an estimated £76.36 a year '
            + 'under the proposed split (standard error £114.13). Its estimated benefit is within two standard errors of zero, so whether it would agree '
            + 'is uncertain: raise the exact limit or the number of orderings to tell. If it does block, compensate it, build its trust, or leave it out.');
        expect(blocker.data).toMatchObject({ uncertain: 'own' });
    });

    it('under a majority vote names P1 a defection risk only on the estimate', () => {
        const result = analyse(hub('majority-vote'), { exactLimit: 12 });
        const i = result.initiatives[0];
        // 12 of 13 agree whatever P1 does: the vote carries either way.
        expect(i.outcome).toMatchObject({ proceeds: true, defectionRisks: ['P1'], uncertain: ['P1'] });
        expect(i.outcome.proceedsUncertain).toBeUndefined();
        expect(i.outcome.explanation).toContain('so it proceeds, but Practice P1 would be outvoted and may go rogue; whether Practice P1 agrees is uncertain');
        const risk = result.findings.find(f => f.code === 'defection-risk')!;
        expect(risk.message).toContain('a decision taken by a vote it would lose on the estimated fair shares');
        expect(risk.message).toContain('whether it would agree is uncertain');
    });

    it('keeps the doubt when the finding is merged with the same cause in another initiative', () => {
        const model = hub('consensus');
        model.initiatives.push({ ...model.initiatives[0], id: 'J', title: 'Initiative J' });
        const merged = findingsByCause(model, analyse(model, { exactLimit: 12 })).find(f => f.code === 'predicted-blocker')!;
        expect(merged.initiatives).toEqual(['I', 'J']);
        expect(merged.message).toContain('Practice P1 may block Initiative I and Initiative J under consensus on the estimated fair shares');
        expect(merged.message).toContain('whether it would agree is uncertain');
    });
});

const component = fc.integer({ min: 1, max: 10 });
const statement = fc.option(fc.record({ credibility: component, reliability: component, intimacy: component, selfOrientation: component }), { nil: null });

const generated = gameSpec(2, 7).chain(spec => fc.record({
    spec: fc.constant(spec),
    rule: fc.constantFrom<DecisionRule>('consensus', 'majority-vote', 'weighted-vote', 'delegated'),
    statements: fc.array(fc.oneof({ arbitrary: fc.constant(trusting), weight: 4 }, { arbitrary: statement, weight: 1 }), { minLength: spec.pops.length, maxLength: spec.pops.length }),
    samples: fc.integer({ min: 5, max: 80 })
}));

/** Whether the decision carries with these agreements, from DOMAIN.md item 11 (written apart from the engine). */
function carries(rule: DecisionRule, agree: boolean[], lists: number[]): boolean {
    if (rule === 'delegated') return true;
    if (rule === 'consensus') return agree.every(Boolean);
    const byList = rule === 'weighted-vote' && lists.some(l => l > 0);
    const weight = (k: number): number => (byList ? lists[k] : 1);
    const yes = agree.reduce((n, a, k) => n + (a ? weight(k) : 0), 0);
    const total = lists.reduce((n, _, k) => n + weight(k), 0);
    return yes * 2 > total;
}

describe('verdicts on estimated fair shares, over generated games', () => {
    it('no verdict is stated as fact where an estimate within two standard errors of zero could change it', () => {
        let doubtfulVoters = 0;
        let openVerdicts = 0;
        let settledWithDoubt = 0;
        fc.assert(fc.property(generated, ({ spec, rule, statements, samples }) => {
            const result = analyse(runBy(spec, rule, statements), { exactLimit: 1, samples });
            const i = result.initiatives[0];
            const ready = (id: string): boolean => result.trust.find(t => t.practice === id && t.collective === 'C')?.ready === true;
            const estimated = i.method === 'monte-carlo' && !i.lossMaking;
            const near = i.shares.map(s => estimated && (s.fairShareStandardError ?? 0) > 0 && Math.abs(s.benefitUnderRule) <= 2 * s.fairShareStandardError!);
            const doubtful = i.participants.filter((id, k) => ready(id) && near[k]);
            expect(i.outcome.uncertain ?? []).toEqual(doubtful);
            doubtfulVoters += doubtful.length;

            // Every way the doubtful voters could agree: the verdict is open when two of them differ.
            const sure = i.shares.map(s => s.benefitUnderRule >= 0 && ready(s.practice));
            const lists = i.shares.map(s => s.listSize);
            const seen = new Set<boolean>();
            for (let mask = 0; mask < 1 << doubtful.length; mask++) {
                seen.add(carries(rule, i.participants.map((id, k) => (doubtful.includes(id) ? (mask & (1 << doubtful.indexOf(id))) !== 0 : sure[k])), lists));
            }
            const open = seen.size > 1;
            expect(i.outcome.proceedsUncertain === true).toBe(open);
            const e = i.outcome.explanation;
            if (open) {
                openVerdicts++;
                expect(e).not.toMatch(/so it (proceeds|does not proceed)\b/);
                expect(e).toContain('so whether it proceeds is uncertain');
            } else if (doubtful.length > 0 && rule !== 'delegated') {
                settledWithDoubt++;
                expect(e).toContain('which does not change the outcome');
            }
            if (rule !== 'delegated' && doubtful.length > 0 && doubtful.length <= 4) {
                for (const id of doubtful) expect(e).toContain(`Practice ${id}'s estimated benefit is`);
            }

            for (const f of result.findings.filter(x => x.code === 'predicted-blocker' || x.code === 'defection-risk')) {
                const doubt = doubtful.includes(f.practice!);
                if (f.code === 'predicted-blocker') {
                    expect(f.message.includes('is predicted to block')).toBe(!doubt);
                    if (doubt) expect(f.message).toContain('within two standard errors of zero, so whether it would agree is uncertain');
                } else if (rule !== 'delegated') {
                    expect(f.message.includes('on the estimated fair shares')).toBe(doubt || open);
                    if (open && !doubt) expect(f.message).toContain('so whether it carries is uncertain');
                }
            }
        }), { numRuns: 1000, seed: 41 });
        expect(doubtfulVoters).toBeGreaterThan(50);
        expect(openVerdicts).toBeGreaterThan(10);
        expect(settledWithDoubt).toBeGreaterThan(10);
    });
});

describe('a member collective whose own decision rests on an estimate near zero (item 19)', () => {
    /** The same 13 practices in two networks, A (P0-P6) and B (P7-P12), each deciding by consensus inside Federation F. */
    function federation(rule: DecisionRule): DomainModel {
        const model = hub('consensus');
        const ids = model.practices.map(p => p.id);
        const a = ids.slice(0, 7);
        const b = ids.slice(7);
        return {
            ...model,
            collectives: [
                { id: 'A', title: 'Network A', kind: 'network', members: a, decisionRule: 'consensus', speaksForMembers: true },
                { id: 'B', title: 'Network B', kind: 'network', members: b, decisionRule: 'consensus', speaksForMembers: true },
                { id: 'F', title: 'Federation F', kind: 'federation', members: ['A', 'B'], decisionRule: rule, speaksForMembers: true }
            ],
            trust: [
                ...ids.map(id => ({ practice: id, collective: a.includes(id) ? 'A' : 'B', ...trusting })),
                { practice: 'A', collective: 'F', ...trusting },
                { practice: 'B', collective: 'F', ...trusting }
            ],
            initiatives: model.initiatives.map(i => ({ ...i, collective: 'F' }))
        };
    }

    it('does not say the member collective blocks, nor that the initiative does not proceed', () => {
        const result = analyse(federation('consensus'), { exactLimit: 12 });
        const outcome = result.initiatives[0].outcome;
        expect(outcome).toMatchObject({ proceeds: false, proceedsUncertain: true, uncertain: ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'] });
        expect(outcome.memberVotes![0].outcome).toMatchObject({ proceeds: false, proceedsUncertain: true, uncertain: ['P1'] });
        expect(outcome.explanation).toContain('whether Network A agrees is uncertain (Network A\'s own decision is uncertain');
        const finding = result.findings.find(f => f.code === 'collective-will-not-follow')!;
        expect(finding.message).toMatch(/^Network A may block Initiative I, which Federation F decides by consensus on the estimated fair shares: /);
        expect(finding.message).toContain('so whether it follows is uncertain');
        expect(finding.message).toContain('its own decision would not carry on the estimated fair shares (');
        expect(finding.message).not.toContain('does not carry');
        expect(finding.data).toMatchObject({ uncertain: 'own' });
    });
});

describe('the sensitivity result of the 13-practice initiative', () => {
    it('names the predicted outcome as resting on the estimates, not as settled', () => {
        const result = analyseSensitivity(hub('consensus'), { exactLimit: 12 });
        const outcome = result.verdicts.find(v => v.id === 'outcome:I')!;
        expect(outcome.verdict).toBe('does-not-proceed');
        expect(outcome.verdictLabel).toBe('does not proceed on the estimated fair shares (uncertain)');
        // Below the limit the same verdict is exact, and settled: it proceeds.
        expect(analyseSensitivity(hub('consensus')).verdicts.find(v => v.id === 'outcome:I')!.verdictLabel).toBe('proceeds');
    }, 60_000);
});

/** A generated game whose practices vote inside 2 or 3 member collectives of Top (item 19), each with its own rule. */
const nestedGame = gameSpec(3, 7).chain(spec => fc.record({
    spec: fc.constant(spec),
    groupOf: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: spec.pops.length, maxLength: spec.pops.length }),
    rules: fc.array(fc.constantFrom<DecisionRule>('consensus', 'majority-vote', 'weighted-vote', 'delegated'), { minLength: 4, maxLength: 4 }),
    practiceTrust: fc.array(fc.oneof({ arbitrary: fc.constant(trusting), weight: 4 }, { arbitrary: statement, weight: 1 }), { minLength: spec.pops.length, maxLength: spec.pops.length }),
    groupTrust: fc.array(fc.oneof({ arbitrary: fc.constant(trusting), weight: 4 }, { arbitrary: statement, weight: 1 }), { minLength: 3, maxLength: 3 }),
    samples: fc.integer({ min: 5, max: 60 })
}));

describe('verdicts on estimated fair shares inside member collectives, over generated games', () => {
    it('the outcome is uncertain exactly when the doubtful practices, voting inside their collectives, could tip it', () => {
        let open = 0;
        let doubtfulSeen = 0;
        fc.assert(fc.property(nestedGame, ({ spec, groupOf, rules, practiceTrust, groupTrust, samples }) => {
            const base = modelOf(spec, { sharing: 'fair' });
            const ids = base.practices.map(p => p.id);
            const groups = [0, 1, 2].map(g => ids.filter((_, k) => groupOf[k] === g)).map((members, g) => ({ id: `K${g}`, members })).filter(g => g.members.length > 0);
            const model: DomainModel = {
                ...base,
                collectives: [
                    ...groups.map((g, k) => ({ id: g.id, title: `Network ${g.id}`, kind: 'network' as const, members: g.members, decisionRule: rules[k], speaksForMembers: true })),
                    { id: 'Top', title: 'Federation Top', kind: 'federation', members: groups.map(g => g.id), decisionRule: rules[3], speaksForMembers: true }
                ],
                trust: [
                    ...ids.flatMap((id, k) => (practiceTrust[k] ? [{ practice: id, collective: `K${groupOf[k]}`, ...practiceTrust[k] }] : [])),
                    ...groups.flatMap((g, k) => (groupTrust[k] ? [{ practice: g.id, collective: 'Top', ...groupTrust[k] }] : []))
                ],
                initiatives: base.initiatives.map(i => ({ ...i, collective: 'Top' }))
            };
            const result = analyse(model, { exactLimit: 1, samples });
            const i = result.initiatives[0];
            const ready = (unit: string, towards: string): boolean => result.trust.find(t => t.practice === unit && t.collective === towards)?.ready === true;
            const share = new Map(i.shares.map(s => [s.practice, s]));
            const estimated = i.method === 'monte-carlo' && !i.lossMaking;
            const groupIdOf = (id: string): string => `K${groupOf[ids.indexOf(id)]}`;
            const doubtful = ids.filter(id => {
                const s = share.get(id)!;
                return ready(id, groupIdOf(id)) && estimated && (s.fairShareStandardError ?? 0) > 0 && Math.abs(s.benefitUnderRule) <= 2 * s.fairShareStandardError!;
            });
            doubtfulSeen += doubtful.length;
            const lists = new Map(base.practices.map(p => [p.id, p.listSize]));
            const seen = new Set<boolean>();
            for (let mask = 0; mask < 1 << doubtful.length; mask++) {
                const agreesAlone = (id: string): boolean => (doubtful.includes(id) ? (mask & (1 << doubtful.indexOf(id))) !== 0 : share.get(id)!.benefitUnderRule >= 0 && ready(id, groupIdOf(id)));
                const groupAgrees = groups.map((g, k) => carries(rules[k], g.members.map(agreesAlone), g.members.map(id => lists.get(id)!)) && ready(g.id, 'Top'));
                seen.add(carries(rules[3], groupAgrees, groups.map(g => g.members.reduce((n, id) => n + lists.get(id)!, 0))));
            }
            expect(i.outcome.proceedsUncertain === true).toBe(seen.size > 1);
            // Whose part is uncertain: every practice of a member whose own agreement could go either way; inside a member that
            // agrees for certain, its doubtful practices; none inside a member that does not agree for certain.
            const expected = groups.flatMap((g, k) => {
                const inside = doubtful.filter(id => g.members.includes(id));
                const outcomes = new Set<boolean>();
                for (let mask = 0; mask < 1 << inside.length; mask++) {
                    const agreesAlone = (id: string): boolean => (inside.includes(id) ? (mask & (1 << inside.indexOf(id))) !== 0 : share.get(id)!.benefitUnderRule >= 0 && ready(id, g.id));
                    outcomes.add(carries(rules[k], g.members.map(agreesAlone), g.members.map(id => lists.get(id)!)));
                }
                if (!ready(g.id, 'Top')) return [];
                return outcomes.size > 1 ? g.members : outcomes.has(true) ? inside : [];
            });
            expect(i.outcome.uncertain ?? []).toEqual(ids.filter(id => expected.includes(id)));
            if (seen.size > 1) {
                open++;
                expect(i.outcome.explanation).toContain('so whether it proceeds is uncertain');
                expect(i.outcome.explanation).not.toMatch(/so it (proceeds|does not proceed)\b/);
            }
        }), { numRuns: 600, seed: 43 });
        expect(doubtfulSeen).toBeGreaterThan(30);
        expect(open).toBeGreaterThan(5);
    });
});
