/**
 * What the editor's cache keeps by identity (clean-records.ts, the figures of
 * initiative-cache.ts, findings-memo.ts) must give what no cache gives. The
 * editor hands the analysis models that share the record objects of every
 * declaration an edit did not touch; here each change makes a new model the
 * same way (the changed record a new object, every other one shared) and the
 * cached analysis of every model in a random sequence of changes is compared
 * with a fresh one. The changes reach what each kept thing reads: a list size
 * (figures of initiatives whose records are shared), a practice or collective
 * removed (ids a shared record names become unknown), a decision rule, a
 * belief and a trust statement (outcomes and findings with figures
 * unchanged), titles and the threshold (the findings' words), a collective's
 * members and a practice taking a collective's name (the membership and trust
 * table of kept-passes.ts). The findings grouped by cause with the last
 * grouping kept (CauseGrouping) must be those grouped afresh.
 */
import { readFileSync } from 'node:fs';
import type { DecisionRule, DomainModel } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CauseGrouping, InitiativeCache, analyse, findingsByCause } from '../src/index.js';
import { parseModel } from './parse-model.js';

const EDITOR = { exactLimit: 12, samples: 1_000, stableSplitLimit: 8, stableSplitForFindingsOnly: true };
const RULES: Array<DecisionRule | undefined> = ['consensus', 'majority-vote', 'weighted-vote', 'delegated', undefined];

/** `list` with its `n`-th item (wrapping round) replaced by `change(item)`, or left out when that gives undefined. */
function replaced<T>(list: T[], n: number, change: (item: T) => T | undefined): T[] {
    if (list.length === 0) {
        return list;
    }
    const at = n % list.length;
    const item = change(list[at]);
    return item === undefined ? [...list.slice(0, at), ...list.slice(at + 1)] : [...list.slice(0, at), item, ...list.slice(at + 1)];
}

const CHANGES: Record<string, (m: DomainModel, n: number, x: number) => DomainModel> = {
    'list size': (m, n, x) => ({ ...m, practices: replaced(m.practices, n, p => ({ ...p, listSize: 1_000 + x * 37 })) }),
    'practice title': (m, n) => ({ ...m, practices: replaced(m.practices, n, p => ({ ...p, title: `${p.title}!` })) }),
    'belief': (m, n) => ({ ...m, practices: replaced(m.practices, n, p => ({ ...p, believesAloneUnsustainable: !p.believesAloneUnsustainable })) }),
    'practice removed': (m, n) => ({ ...m, practices: replaced(m.practices, n, () => undefined) }),
    'decision rule': (m, n, x) => ({ ...m, collectives: replaced(m.collectives, n, c => ({ ...c, decisionRule: RULES[x % RULES.length] })) }),
    'collective title': (m, n) => ({ ...m, collectives: replaced(m.collectives, n, c => ({ ...c, title: `${c.title}?` })) }),
    'collective removed': (m, n) => ({ ...m, collectives: replaced(m.collectives, n, () => undefined) }),
    'member left': (m, n) => ({ ...m, collectives: replaced(m.collectives, n, c => ({ ...c, members: c.members.slice(1) })) }),
    'practice named as a collective': (m, n, x) => ({
        ...m, practices: replaced(m.practices, n, p => ({ ...p, id: m.collectives[x % Math.max(1, m.collectives.length)]?.id ?? p.id }))
    }),
    'trust': (m, n, x) => ({ ...m, trust: replaced(m.trust, n, t => ({ ...t, credibility: 1 + (x % 10) })) }),
    'threshold': (m, _n, x) => ({ ...m, settings: { ...m.settings, trustThreshold: 1 + (x % 8) } }),
    'current cost': (m, n, x) => ({
        ...m, initiatives: replaced(m.initiatives, n, i => ({ ...i, currentCosts: { ...i.currentCosts, [i.participants[0] ?? 'none']: x * 1_000 } }))
    })
};

describe('the analysis cache, by identity', () => {
    test.each(['north-locality', 'federation-of-networks', 'leadership-vote-or-consensus'])('examples/%s: every model of a sequence of changes analyses as with no cache', async name => {
        const start = await parseModel(readFileSync(new URL(`../../../examples/${name}.autonomy`, import.meta.url), 'utf8'));
        fc.assert(fc.property(
            fc.array(fc.tuple(fc.constantFrom(...Object.keys(CHANGES)), fc.nat(), fc.nat({ max: 1_000 })), { minLength: 1, maxLength: 8 }),
            changes => {
                const cache = new InitiativeCache();
                const grouping = new CauseGrouping();
                let model = start;
                const check = (where: string): void => {
                    const kept = analyse(model, { ...EDITOR, initiativeCache: cache });
                    const fresh = analyse(model, EDITOR);
                    expect(JSON.stringify(kept), where).toBe(JSON.stringify(fresh));
                    expect(JSON.stringify(grouping.of(model, kept)), `causes ${where}`).toBe(JSON.stringify(findingsByCause(model, fresh)));
                };
                check('at the start');
                for (const [kind, n, x] of changes) {
                    model = CHANGES[kind](model, n, x);
                    check(`after ${kind} ${n} ${x}`);
                }
            }
        ), { numRuns: 40 });
    }, 60_000);
});
