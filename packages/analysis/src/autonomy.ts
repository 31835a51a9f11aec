/**
 * DOMAIN.md item 7: autonomy retained A_i = 1 - ceded weight / total weight,
 * where ceded weight = sum over ceded domains of weight * degree. A domain
 * ceded in several initiatives counts once, at the largest degree.
 */
import type { CleanModel } from './sanitise.js';

export interface AutonomyFigures {
    cededWeight: number;
    autonomyRetained: number;
}

/** practice -> domain -> largest degree ceded, in one pass over the initiatives. */
export function cededDegrees(model: CleanModel): Map<string, Map<string, number>> {
    const byPractice = new Map<string, Map<string, number>>();
    for (const initiative of model.initiatives) {
        for (const cession of initiative.cessions) {
            for (const practice of cession.practices ?? initiative.participants) {
                const degrees = byPractice.get(practice) ?? new Map<string, number>();
                degrees.set(cession.domain, Math.max(degrees.get(cession.domain) ?? 0, cession.degree));
                byPractice.set(practice, degrees);
            }
        }
    }
    return byPractice;
}

export function autonomyRetained(model: CleanModel, degrees: Map<string, number> | undefined): AutonomyFigures {
    const totalWeight = model.domains.reduce((s, d) => s + d.weight, 0);
    let cededWeight = 0;
    for (const [domain, degree] of degrees ?? []) {
        cededWeight += (model.domainById.get(domain)?.weight ?? 0) * degree;
    }
    // No weighted domains: nothing can be ceded, so all autonomy is retained.
    const autonomy = totalWeight > 0 ? 1 - cededWeight / totalWeight : 1;
    return { cededWeight, autonomyRetained: Math.min(1, Math.max(0, autonomy)) };
}
