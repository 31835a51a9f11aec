/**
 * DOMAIN.md item 12: relationships a system partner must hold =
 * N / average population of the units that speak for practices. Before: every
 * practice alone. After (nominal): each practice's top-most speaking
 * collective, or itself. Effective (item 19): a collective speaks only for the
 * practices that follow it; the others remain their own units.
 */
import type { Membership } from './membership.js';
import type { PartnerAnalysis, RelationshipFigures } from './result.js';
import type { CleanModel } from './sanitise.js';
import type { TrustTable } from './trust.js';

export function partnerRelationships(model: CleanModel, membership: Membership, trust: TrustTable): PartnerAnalysis[] {
    const totalPop = model.practices.reduce((s, p) => s + p.listSize, 0);
    const beforeUnits = model.practices.length;
    const speakers = model.practices.map(p => ({ practice: p.id, speaker: membership.speaker(p.id) }));
    const afterUnits = new Set(speakers.map(s => s.speaker)).size;
    const effectiveUnits = new Set(speakers.map(s =>
        (s.speaker === s.practice || follows(s.practice, s.speaker, model, membership, trust, new Set()) ? s.speaker : s.practice))).size;
    return model.partners.map(partner => ({
        id: partner.id,
        title: partner.title,
        population: partner.population,
        before: figures(partner.population, beforeUnits, totalPop),
        after: figures(partner.population, afterUnits, totalPop),
        effective: figures(partner.population, effectiveUnits, totalPop)
    }));
}

/**
 * Whether `unit` follows `collective`: its own trust in it is at or above the
 * threshold; with no statement of its own, it follows through a member
 * collective of `collective` that contains it, that it follows and that
 * follows `collective`. No statement on any path: it does not follow
 * (unknown readiness counts as not ready, item 10).
 */
export function follows(unit: string, collective: string, model: CleanModel, membership: Membership, trust: TrustTable,
    visiting: Set<string>): boolean {
    const stated = trust.stated(unit, collective);
    if (stated) {
        return stated.clearsThreshold === true;
    }
    const key = `${unit}\u0000${collective}`;
    if (visiting.has(key)) {
        return false;
    }
    visiting.add(key);
    const members = model.collectiveById.get(collective)?.members ?? [];
    return members.some(m => m !== unit && model.collectiveById.has(m) && membership.contains(m, unit)
        && follows(m, collective, model, membership, trust, visiting) && follows(unit, m, model, membership, trust, visiting));
}

export function figures(population: number, units: number, totalPop: number): RelationshipFigures {
    const averagePopulation = units > 0 ? totalPop / units : 0;
    // With no patients on any list the average is 0: each unit then counts as one relationship.
    const relationships = averagePopulation > 0 ? population / averagePopulation : units;
    return { units, averagePopulation, relationships };
}
