/**
 * Words partners act on claim only what their figures show, checked on
 * generated games under the options that limit the analysis. Readiness: a
 * practice with no trust statement (or no collective to cede to) has unknown
 * readiness, never "not ready".
 */
import type { DecisionRule, DomainModel, TrustStatement } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { type GameSpec, gameSpec, modelOf } from './fixtures.js';

interface Trusts {
    /** Per practice: no statement, or its components. */
    statements: (Omit<TrustStatement, 'practice' | 'collective'> | null)[];
    believes: boolean[];
}

const component = fc.integer({ min: 1, max: 10 });
const statement = fc.option(fc.record({ credibility: component, reliability: component, intimacy: component, selfOrientation: component }), { nil: null });

function trusts(n: number): fc.Arbitrary<Trusts> {
    return fc.record({
        statements: fc.array(statement, { minLength: n, maxLength: n }),
        believes: fc.array(fc.boolean(), { minLength: n, maxLength: n })
    });
}

/** A generated game run by collective C (or by none), with the trust statements given. */
function runBy(spec: GameSpec, rule: DecisionRule | null, t: Trusts): DomainModel {
    const model = modelOf(spec);
    if (rule === null) {
        return model;
    }
    const ids = model.practices.map(p => p.id);
    return {
        ...model,
        practices: model.practices.map((p, k) => ({ ...p, believesAloneUnsustainable: t.believes[k] })),
        collectives: [{ id: 'C', title: 'Collective C', kind: 'pcn', members: ids, decisionRule: rule, speaksForMembers: true }],
        trust: ids.flatMap((id, k) => (t.statements[k] ? [{ practice: id, collective: 'C', ...t.statements[k]! }] : [])),
        initiatives: model.initiatives.map(i => ({ ...i, collective: 'C' }))
    };
}

const withRun = gameSpec(1, 6).chain(spec => fc.record({
    spec: fc.constant(spec),
    rule: fc.constantFrom<DecisionRule | null>(null, 'consensus', 'majority-vote', 'weighted-vote', 'delegated'),
    trust: trusts(spec.pops.length)
}));

describe('the deal\'s consensus sentence', () => {
    it('calls a practice not ready only when its trust statement says so, and its readiness unknown when there is none', () => {
        let unknown = 0;
        let notReady = 0;
        let noCollective = 0;
        fc.assert(fc.property(withRun, ({ spec, rule, trust }) => {
            const result = analyse(runBy(spec, rule, trust), { decisionSupport: true });
            const initiative = result.initiatives[0];
            const sentence = initiative.deal!.consensus.sentence;
            if (!sentence.startsWith('The money works')) {
                return;
            }
            const readiness = (id: string) => result.trust.find(t => t.practice === id && t.collective === 'C')?.ready ?? null;
            const clause = sentence.slice(sentence.indexOf('), but ') + 7);
            if (rule === null) {
                noCollective++;
                expect(clause).not.toContain('not ready');
                expect(clause).toContain('no collective runs it');
                return;
            }
            const knownPart = /^(.*?) (?:is|are) not ready to cede/.exec(clause)?.[1] ?? '';
            const afterKnown = clause.slice(knownPart ? clause.indexOf('not ready to cede') : 0);
            const unknownPart = /readiness to cede.* is unknown/.test(afterKnown) ? afterKnown : '';
            for (const id of initiative.participants) {
                const name = new RegExp(`Practice ${id}\\b`);
                const ready = readiness(id);
                expect(name.test(knownPart)).toBe(ready === false);
                expect(name.test(unknownPart)).toBe(ready === null);
                unknown += ready === null ? 1 : 0;
                notReady += ready === false ? 1 : 0;
            }
        }), { numRuns: 300, seed: 7 });
        expect(unknown).toBeGreaterThan(0);
        expect(notReady).toBeGreaterThan(0);
        expect(noCollective).toBeGreaterThan(0);
    });
});
