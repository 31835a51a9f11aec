/**
 * The domain-model builder reads each initiative's properties in one pass; it
 * must give what reading them one property kind at a time (its earlier form,
 * kept here as the reference) gives, duplicates and unresolved references included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { EmptyFileSystem, type Reference } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../src/autonomy-module.js';
import * as ast from '../src/generated/ast.js';

/** Amounts are in the AST in minor units (the parser's value converter); none when the parser recovered without one. */
const money = (minor: number | undefined): number => minor ?? 0;
const names = (refs: Array<Reference<ast.Practice | ast.Collective | ast.Unit>>): string[] => refs.flatMap(r => (r?.ref ? [r.ref.name] : []));
const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** The builder's initiative reading before it became one pass (without the source location). */
function referenceInitiative(i: ast.Initiative): unknown {
    const props = i.properties;
    const currentCosts: Record<string, number> = {};
    for (const cost of props.filter(ast.isCurrentCosts).flatMap(c => c.costs)) {
        const id = cost.practice?.ref?.name;
        if (id && !(id in currentCosts)) {
            currentCosts[id] = money(cost.amount);
        }
    }
    const listed = props.filter(ast.isParticipants).flatMap(p => names(p.practices));
    const sharing = props.find(ast.isSharing);
    const charging = props.find(ast.isCharging);
    const shares: Record<string, number> = {};
    for (const share of charging?.shares ?? []) {
        const id = share.practice?.ref?.name;
        if (id) {
            shares[id] = share.share ?? 0;
        }
    }
    return {
        id: i.name,
        title: i.title ?? i.name,
        collective: props.find(ast.isRunBy)?.collective?.ref?.name,
        participants: unique(listed.length > 0 ? listed : Object.keys(currentCosts)),
        cessions: props.filter(ast.isCession).flatMap(c => {
            const domain = c.domain?.ref?.name;
            if (!domain) {
                return [];
            }
            const practices = names(c.practices);
            return [{ domain, degree: c.fully ? 1 : Math.min(1, Math.max(0, c.degree ?? 0)), practices: practices.length > 0 ? practices : undefined }];
        }),
        currentCosts,
        sharedCost: props.filter(ast.isSharedCost).flatMap(s => s.terms).map(term => term.fixed ? { kind: 'fixed', amount: money(term.amount) }
            : term.perPatient ? { kind: 'per-patient', amount: money(term.amount) }
                : { kind: 'per-step', amount: money(term.amount), stepSize: term.stepSize ?? 0 }),
        charging: !charging || charging.byListSize ? { kind: 'list-size' } : charging.equally ? { kind: 'equal' } : { kind: 'explicit', shares },
        sharing: sharing?.fairly ? 'fair' : 'as-charged',
        coalitionValues: props.filter(ast.isCoalitionSaving).map(c => ({ members: unique(names(c.members)), value: money(c.value) })),
        transfers: props.filter(ast.isCompensation).flatMap(c => {
            const from = c.from?.ref?.name;
            const to = c.to?.ref?.name;
            return from && to ? [{ from, to, amount: money(c.amount) }] : [];
        }),
        ...investmentOf(props.find(ast.isInvestment))
    };
}

/** DOMAIN.md item 20: the first `investment` line, its split only when one is stated. */
function investmentOf(investment: ast.Investment | undefined): object {
    if (!investment) {
        return {};
    }
    const amount = money(investment.amount);
    if (investment.byListSize) {
        return { investment: { amount, split: { kind: 'list-size' } } };
    }
    if (investment.equally) {
        return { investment: { amount, split: { kind: 'equal' } } };
    }
    if (investment.shares.length === 0) {
        return { investment: { amount } };
    }
    const shares = Object.fromEntries(investment.shares.flatMap(s => (s.practice?.ref ? [[s.practice.ref.name, s.share ?? 0]] : [])));
    return { investment: { amount, split: { kind: 'explicit', shares } } };
}

const examples = new URL('../../../examples/', import.meta.url);
const texts: Array<[string, string]> = readdirSync(examples).filter(f => f.endsWith('.autonomy'))
    .map(f => [f, readFileSync(new URL(f, examples), 'utf8')]);
texts.push(['repeated and unresolved properties', [
    'domain visiting { weight 2 }',
    'practice A { list size 1,000 }',
    'practice B { list size 2,000 }',
    'collective N { members A, B decides by consensus }',
    'collective M { members A decides by consensus }',
    'initiative I {',
    '    run by N run by M',
    '    participants A, Missing participants B, A',
    '    current cost A £3,000, B £1,000, A £9,000 current cost Missing £5, B £7',
    '    shared cost £1,000 fixed shared cost £2 per patient, £5,000 per 20 patients',
    '    cedes visiting 40% cedes nowhere 10% cedes visiting fully for B',
    '    investment £9,000 split A 60%, Missing 10%, B 30% investment £1 split equally',
    '    charged equally charged by list size',
    '    share as charged share fairly',
    '    coalition A, B saves £500 coalition A, A saves £10',
    '    compensation A pays B £100 compensation Missing pays B £1',
    '}',
    'initiative J { current cost B £2, A £1 }'
].join('\n')]);

describe('domain model: initiatives', () => {
    it.each(texts)('%s: one pass gives what one pass per property kind gave', async (_name, text) => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        const doc = await parseHelper<ast.AutonomyFile>(Autonomy)(text);
        const built = Autonomy.model.DomainModelBuilder.build(doc);
        const expected = doc.parseResult.value.elements.filter(ast.isInitiative).filter(i => i.name).map(referenceInitiative);
        expect(built.initiatives.map(({ source: _, ...rest }) => rest)).toEqual(expected);
    });
});
