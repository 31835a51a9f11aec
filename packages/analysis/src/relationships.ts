/**
 * DOMAIN.md item 12: relationships a system partner must hold =
 * N / average population of the units that speak for practices. Before: every
 * practice alone. After: each practice's top-most speaking collective, or itself.
 */
import type { Membership } from './membership.js';
import type { PartnerAnalysis, RelationshipFigures } from './result.js';
import type { CleanModel } from './sanitise.js';

export function partnerRelationships(model: CleanModel, membership: Membership): PartnerAnalysis[] {
    const totalPop = model.practices.reduce((s, p) => s + p.listSize, 0);
    const beforeUnits = model.practices.length;
    const afterUnits = new Set(model.practices.map(p => membership.speaker(p.id))).size;
    return model.partners.map(partner => ({
        id: partner.id,
        title: partner.title,
        population: partner.population,
        before: figures(partner.population, beforeUnits, totalPop),
        after: figures(partner.population, afterUnits, totalPop)
    }));
}

export function figures(population: number, units: number, totalPop: number): RelationshipFigures {
    const averagePopulation = units > 0 ? totalPop / units : 0;
    // With no patients on any list the average is 0: each unit then counts as one relationship.
    const relationships = averagePopulation > 0 ? population / averagePopulation : units;
    return { units, averagePopulation, relationships };
}
