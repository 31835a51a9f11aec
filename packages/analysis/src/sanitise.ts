/**
 * Makes any DomainModel safe to analyse: the validator reports bad input to
 * the user, but the analysis must still run on whatever it is given without
 * throwing or producing NaN/Infinity. Every rule here is listed in
 * docs/formulas.md ("Robustness").
 */
import type {
    ChargingRule, Collective, DecisionDomain, DomainModel, Initiative, MergerOption, ModelSettings, Practice,
    SharedCostTerm, SystemPartner, TrustStatement
} from '@autonomy/domain';
import { DEFAULT_SETTINGS } from '@autonomy/domain';
import type { CleanRecords } from './clean-records.js';

/** Largest single amount of money accepted (£1bn a year in pence); keeps every coalition sum exact in a double. */
export const MAX_AMOUNT = 1e11;
/** Largest coalition total (shared cost, explicit value): sums of these stay below 2^53. */
export const MAX_TOTAL = 1e15;
/** Largest list size or population accepted. */
export const MAX_COUNT = 1e9;

export interface CleanModel extends DomainModel {
    practiceById: Map<string, Practice>;
    collectiveById: Map<string, Collective>;
    domainById: Map<string, DecisionDomain>;
}

export function finite(x: unknown, fallback = 0): number {
    return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}

export function clamp(x: number, lo: number, hi: number): number {
    return Math.min(hi, Math.max(lo, x));
}

export function money(x: unknown, limit = MAX_AMOUNT): number {
    return clamp(Math.round(finite(x)), -limit, limit);
}

function count(x: unknown): number {
    return clamp(finite(x), 0, MAX_COUNT);
}

function text(x: unknown, fallback: string): string {
    return typeof x === 'string' && x.length > 0 ? x : fallback;
}

function firstById<T extends { id: string }>(items: T[] | undefined): T[] {
    const seen = new Set<string>();
    return (items ?? []).filter(item => {
        if (!item || typeof item.id !== 'string' || seen.has(item.id)) {
            return false;
        }
        seen.add(item.id);
        return true;
    });
}

function uniqueKnown(ids: string[] | undefined, known: (id: string) => boolean): string[] {
    return [...new Set((ids ?? []).filter(id => typeof id === 'string' && known(id)))];
}

/** `kept`: clean records from earlier analyses, reused where the raw record is the same object (clean-records.ts). */
export function sanitise(model: DomainModel, kept?: CleanRecords): CleanModel {
    const keep = <T>(raw: T, clean: () => T, known?: () => readonly boolean[]): T => (kept ? kept.of(raw, clean, known) : clean());
    const settings = cleanSettings(model?.settings);
    const domains = firstById(model?.domains).map(d => keep(d, () => withFields(d, { title: text(d.title, d.id), weight: Math.max(0, finite(d.weight, 1)) })));
    const practices = firstById(model?.practices).map(p => keep(p, () => cleanPractice(p)));
    const practiceById = new Map(practices.map(p => [p.id, p]));
    const domainById = new Map(domains.map(d => [d.id, d]));
    const rawCollectives = firstById(model?.collectives);
    const unitIds = new Set([...practiceById.keys(), ...rawCollectives.map(c => c.id)]);
    const collectives: Collective[] = rawCollectives.map(c => keep(c, () => withFields(c, {
        title: text(c.title, c.id),
        members: sameList(c.members, uniqueKnown(c.members, id => unitIds.has(id) && id !== c.id)),
        speaksForMembers: c.speaksForMembers === true
    }), () => knownIds(c.members, unitIds)));
    const collectiveById = new Map(collectives.map(c => [c.id, c]));
    // The truster is a practice or (item 19) another collective.
    const trust = (model?.trust ?? []).filter(t => t && (practiceById.has(t.practice) || collectiveById.has(t.practice))
        && t.practice !== t.collective && collectiveById.has(t.collective)).map(t => keep(t, () => cleanTrust(t)));
    const initiatives = firstById(model?.initiatives).map(i => keep(i, () => cleanInitiative(i, practiceById, collectiveById, domainById),
        () => [...knownIds(i.participants, practiceById), collectiveById.has(i.collective as string),
            ...(Array.isArray(i.cessions) ? i.cessions.map(c => domainById.has(c?.domain)) : [])]));
    const mergers: MergerOption[] = firstById(model?.mergers).map(m => keep(m, () => withFields(m, {
        title: text(m.title, m.id),
        practices: sameList(m.practices, uniqueKnown(m.practices, id => practiceById.has(id))),
        saving: money(m.saving, MAX_TOTAL)
    }), () => knownIds(m.practices, practiceById)));
    const partners: SystemPartner[] = firstById(model?.partners).map(p => keep(p, () => withFields(p, { title: text(p.title, p.id), population: count(p.population) })));
    return { settings, domains, practices, collectives, trust, initiatives, mergers, partners, practiceById, collectiveById, domainById };
}

/**
 * `{ ...raw, ...fields }`, or `raw` itself when that copy would be the same data in the same key order
 * (sameValue): a plain object already holding each field, enumerable, with the same value (Object.is). The
 * editor's records are clean already, and a cold analysis copied each and compared the copy with it (CleanRecords)
 * only to keep the original: 8 of the 15 ms sanitise took on the 50,000-line workspace (docs/performance.md).
 */
export function withFields<T extends object>(raw: T, fields: Partial<T>): T {
    if (Object.getPrototypeOf(raw) === Object.prototype) {
        let same = true;
        for (const key in fields) {
            if (!Object.prototype.propertyIsEnumerable.call(raw, key) || !Object.is(raw[key], fields[key])) {
                same = false;
                break;
            }
        }
        if (same) {
            return raw;
        }
    }
    return { ...raw, ...fields };
}

/** `list`, when `cleaned` has the same items in the same order (so withFields may keep the record), else `cleaned`. */
function sameList<T>(list: unknown, cleaned: T[]): T[] {
    return Array.isArray(list) && Object.getPrototypeOf(list) === Array.prototype && list.length === cleaned.length
        && cleaned.every((x, i) => Object.is(x, list[i])) ? list as T[] : cleaned;
}

/** Which of `ids` the model knows: what uniqueKnown reads of the rest of the model. */
function knownIds(ids: unknown, known: { has(id: string): boolean }): boolean[] {
    return Array.isArray(ids) ? ids.map(id => known.has(id as string)) : [];
}

function cleanSettings(s: ModelSettings | undefined): ModelSettings {
    const out: ModelSettings = {
        title: text(s?.title, DEFAULT_SETTINGS.title),
        currency: typeof s?.currency === 'string' ? s.currency : DEFAULT_SETTINGS.currency,
        horizonYears: Math.max(0, finite(s?.horizonYears, DEFAULT_SETTINGS.horizonYears)),
        trustThreshold: finite(s?.trustThreshold, DEFAULT_SETTINGS.trustThreshold)
    };
    if (typeof s?.subtitle === 'string') {
        out.subtitle = s.subtitle;
    }
    return out;
}

export function cleanPractice(p: Practice): Practice {
    return withFields(p, {
        title: text(p.title, p.id),
        listSize: count(p.listSize),
        gap: money(p.gap),
        crisisRisk: clamp(finite(p.crisisRisk), 0, 1),
        believesAloneUnsustainable: p.believesAloneUnsustainable === true
    });
}

function cleanTrust(t: TrustStatement): TrustStatement {
    // The scale is 1..10: clamping keeps T finite even for a self-orientation of 0.
    const component = (x: unknown): number => clamp(finite(x, 1), 1, 10);
    return withFields(t, {
        credibility: component(t.credibility),
        reliability: component(t.reliability),
        intimacy: component(t.intimacy),
        selfOrientation: component(t.selfOrientation)
    });
}

function cleanInitiative(
    i: Initiative, practiceById: Map<string, Practice>, collectiveById: Map<string, Collective>, domainById: Map<string, DecisionDomain>
): Initiative {
    const participants = uniqueKnown(i.participants, id => practiceById.has(id));
    const isParticipant = new Set(participants);
    const currentCosts: Record<string, number> = {};
    for (const id of participants) {
        currentCosts[id] = money(i.currentCosts?.[id]);
    }
    const out: Initiative = {
        ...i,
        title: text(i.title, i.id),
        collective: i.collective && collectiveById.has(i.collective) ? i.collective : undefined,
        participants,
        cessions: (i.cessions ?? []).filter(c => c && domainById.has(c.domain)).map(c => ({
            domain: c.domain,
            degree: clamp(finite(c.degree), 0, 1),
            practices: c.practices ? uniqueKnown(c.practices, id => isParticipant.has(id)) : undefined
        })),
        currentCosts,
        sharedCost: (i.sharedCost ?? []).filter(t => t && typeof t.kind === 'string').map(cleanTerm),
        charging: cleanCharging(i.charging),
        sharing: i.sharing === 'fair' ? 'fair' : 'as-charged',
        coalitionValues: (i.coalitionValues ?? []).filter(c => c && Array.isArray(c.members)).map(c => ({
            members: [...new Set(c.members)],
            value: money(c.value, MAX_TOTAL)
        })),
        transfers: (i.transfers ?? []).filter(t => t && isParticipant.has(t.from) && isParticipant.has(t.to) && t.from !== t.to)
            .map(t => ({ from: t.from, to: t.to, amount: money(t.amount) }))
    };
    if (i.investment) {
        // A negative amount is reported by the validator; up front, nothing is then put in.
        out.investment = { amount: Math.max(0, money(i.investment.amount, MAX_TOTAL)) };
        if (i.investment.split) {
            out.investment.split = cleanCharging(i.investment.split);
        }
    } else {
        delete out.investment;
    }
    if (out.collective === undefined) {
        delete out.collective;
    }
    return out;
}

function cleanTerm(t: SharedCostTerm): SharedCostTerm {
    if (t.kind === 'per-step') {
        return { kind: 'per-step', amount: money(t.amount), stepSize: count(t.stepSize) };
    }
    return { kind: t.kind === 'per-patient' ? 'per-patient' : 'fixed', amount: money(t.amount) };
}

function cleanCharging(c: ChargingRule | undefined): ChargingRule {
    if (c?.kind === 'equal') {
        return { kind: 'equal' };
    }
    if (c?.kind === 'explicit') {
        const shares: Record<string, number> = {};
        for (const [id, share] of Object.entries(c.shares ?? {})) {
            shares[id] = Math.max(0, finite(share));
        }
        return { kind: 'explicit', shares };
    }
    return { kind: 'list-size' };
}
