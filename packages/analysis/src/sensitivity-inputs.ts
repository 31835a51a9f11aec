/**
 * The inputs a verdict can depend on (DOMAIN.md item 16), their valid ranges
 * and search steps, and a model with one of them set to another value.
 */
import type { Initiative, TrustStatement } from '@autonomy/domain';
import type { CleanModel } from './sanitise.js';
import { VALUE_LIMITS, type ValueKind } from './value-limits.js';
import type { TrustComponent } from './result.js';
import type { InputRef, InputUnit, SensitivityInput } from './sensitivity-result.js';

/** Trust scores run from 3/10 to 30/1, so a threshold outside 0..30 cannot change anything. */
const MAX_THRESHOLD = 30;
/** Domain weights have no upper limit in the language; 100 is far beyond any model's spread of weights. */
const MAX_WEIGHT = 100;
const TRUST_COMPONENTS: readonly TrustComponent[] = ['credibility', 'reliability', 'intimacy', 'self-orientation'];

const UNIT: Record<InputUnit, { step: number; fragile: (value: number) => number }> = {
    // Half the tornado swing: 10% of the value (percentages: 5 points), never less than one step.
    money: { step: 1, fragile: v => Math.max(1, Math.round(Math.abs(v) * 0.1)) },
    count: { step: 1, fragile: v => Math.max(1, Math.round(Math.abs(v) * 0.1)) },
    score: { step: 0.01, fragile: v => Math.max(0.01, roundTo(Math.abs(v) * 0.1, 0.01)) },
    percent: { step: 0.001, fragile: () => 0.05 }
};

export function roundTo(x: number, step: number): number {
    // Steps are 1, 0.01 or 0.001: rounding to 1e-9 removes the binary noise of base + d * step.
    return Math.round(Math.round(x / step) * step * 1e9) / 1e9;
}

/**
 * An input searched over the range the language allows for its kind of figure;
 * where the language sets no upper limit, up to `searchCap` (or the value itself).
 */
function input(ref: InputRef, label: string, unit: InputUnit, value: number, kind: ValueKind, searchCap = value): SensitivityInput {
    const { min, max = Math.max(searchCap, value) } = VALUE_LIMITS[kind];
    return { id: inputId(ref), ref, label, unit, value, min, max, step: UNIT[unit].step, fragileWithin: UNIT[unit].fragile(value) };
}

export function inputId(ref: InputRef): string {
    switch (ref.kind) {
        case 'domain-weight': return `domain-weight:${ref.domain}`;
        case 'degree': return `degree:${ref.initiative}:${ref.cession}`;
        case 'list-size': case 'crisis-risk': case 'gap': return `${ref.kind}:${ref.practice}`;
        case 'current-cost': return `current-cost:${ref.initiative}:${ref.practice}`;
        case 'shared-cost': return `shared-cost:${ref.initiative}:${ref.term}:${ref.field}`;
        case 'trust': return `trust:${ref.practice}:${ref.collective}:${ref.component}`;
        case 'trust-threshold': return 'trust-threshold';
    }
}

/** Every input of the model, in model order. */
export function sensitivityInputs(model: CleanModel): SensitivityInput[] {
    const title = (id: string): string => model.practiceById.get(id)?.title ?? id;
    const out: SensitivityInput[] = [];
    for (const d of model.domains) {
        out.push(input({ kind: 'domain-weight', domain: d.id }, `weight of ${d.title}`, 'score', d.weight, 'weight', MAX_WEIGHT));
    }
    for (const p of model.practices) {
        out.push(
            input({ kind: 'list-size', practice: p.id }, `${p.title}'s list size`, 'count', p.listSize, 'count'),
            input({ kind: 'crisis-risk', practice: p.id }, `${p.title}'s crisis risk`, 'percent', p.crisisRisk, 'percent'),
            input({ kind: 'gap', practice: p.id }, `${p.title}'s sustainability gap`, 'money', p.gap, 'money')
        );
    }
    for (const i of model.initiatives) {
        i.cessions.forEach((c, k) => {
            const domain = model.domainById.get(c.domain)?.title ?? c.domain;
            out.push(input({ kind: 'degree', initiative: i.id, cession: k, domain: c.domain }, `degree of ${domain} ceded to ${i.title}`, 'percent', c.degree, 'percent'));
        });
        for (const p of i.participants) {
            out.push(input({ kind: 'current-cost', initiative: i.id, practice: p }, `${title(p)}'s current cost of ${i.title}`, 'money', i.currentCosts[p], 'money'));
        }
        i.sharedCost.forEach((t, k) => {
            const what = t.kind === 'fixed' ? 'fixed shared cost' : t.kind === 'per-patient' ? 'shared cost per patient' : 'shared cost per step';
            out.push(input({ kind: 'shared-cost', initiative: i.id, term: k, field: 'amount' }, `${i.title}'s ${what}`, 'money', t.amount, 'money'));
            if (t.kind === 'per-step') {
                out.push(input({ kind: 'shared-cost', initiative: i.id, term: k, field: 'step-size' }, `${i.title}'s step size`, 'count', t.stepSize, 'step-size'));
            }
        });
    }
    for (const statement of firstStatements(model.trust)) {
        const collective = model.collectiveById.get(statement.collective)?.title ?? statement.collective;
        for (const component of TRUST_COMPONENTS) {
            out.push(input({ kind: 'trust', practice: statement.practice, collective: statement.collective, component },
                `${title(statement.practice)}'s ${component} toward ${collective}`, 'score', componentOf(statement, component), 'trust'));
        }
    }
    if (model.initiatives.some(i => i.collective)) {
        out.push(input({ kind: 'trust-threshold' }, 'the trust threshold', 'score', model.settings.trustThreshold, 'threshold', MAX_THRESHOLD));
    }
    return out;
}

/** The analysis reads the first statement for a pair (trust.ts); later duplicates are not inputs. */
function firstStatements(trust: TrustStatement[]): TrustStatement[] {
    const seen = new Set<string>();
    return trust.filter(s => {
        const key = `${s.practice}\u0000${s.collective}`;
        return seen.has(key) ? false : (seen.add(key), true);
    });
}

function componentOf(s: TrustStatement, component: TrustComponent): number {
    return component === 'self-orientation' ? s.selfOrientation : s[component];
}

/** The model with one input set to `value`; everything else shared with `model` (never mutated). */
export function withInput(model: CleanModel, ref: InputRef, value: number): CleanModel {
    switch (ref.kind) {
        case 'domain-weight': {
            const domains = model.domains.map(d => (d.id === ref.domain ? { ...d, weight: value } : d));
            return { ...model, domains, domainById: new Map(domains.map(d => [d.id, d])) };
        }
        case 'list-size': case 'crisis-risk': case 'gap': {
            const field = ref.kind === 'list-size' ? 'listSize' : ref.kind === 'crisis-risk' ? 'crisisRisk' : 'gap';
            const practices = model.practices.map(p => (p.id === ref.practice ? { ...p, [field]: value } : p));
            return { ...model, practices, practiceById: new Map(practices.map(p => [p.id, p])) };
        }
        case 'degree':
            return withInitiative(model, ref.initiative, i => ({
                ...i, cessions: i.cessions.map((c, k) => (k === ref.cession ? { ...c, degree: value } : c))
            }));
        case 'current-cost':
            return withInitiative(model, ref.initiative, i => ({ ...i, currentCosts: { ...i.currentCosts, [ref.practice]: value } }));
        case 'shared-cost':
            return withInitiative(model, ref.initiative, i => ({
                ...i,
                sharedCost: i.sharedCost.map((t, k) => {
                    if (k !== ref.term) {
                        return t;
                    }
                    return ref.field === 'step-size' && t.kind === 'per-step' ? { ...t, stepSize: value } : { ...t, amount: value };
                })
            }));
        case 'trust': {
            let done = false;
            const trust = model.trust.map(s => {
                if (done || s.practice !== ref.practice || s.collective !== ref.collective) {
                    return s;
                }
                done = true;
                return ref.component === 'self-orientation' ? { ...s, selfOrientation: value } : { ...s, [ref.component]: value };
            });
            return { ...model, trust };
        }
        case 'trust-threshold':
            return { ...model, settings: { ...model.settings, trustThreshold: value } };
    }
}

function withInitiative(model: CleanModel, id: string, change: (i: Initiative) => Initiative): CleanModel {
    return { ...model, initiatives: model.initiatives.map(i => (i.id === id ? change(i) : i)) };
}
