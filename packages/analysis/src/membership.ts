/**
 * Who belongs to which collective, directly or through nesting. Membership
 * cycles (A contains B contains A) are possible in a model being edited: every
 * walk keeps a visited set, so it always ends.
 */
import type { CleanModel } from './sanitise.js';

export class Membership {
    /** unit id -> collectives that list it as a member, in model order */
    private readonly parents = new Map<string, string[]>();

    constructor(private readonly model: CleanModel) {
        for (const c of model.collectives) {
            for (const member of c.members) {
                this.parents.set(member, [...(this.parents.get(member) ?? []), c.id]);
            }
        }
    }

    /** Every collective containing the unit, directly or through nesting, in model order. */
    memberOf(unit: string): string[] {
        const seen = new Set<string>();
        const queue = [...(this.parents.get(unit) ?? [])];
        while (queue.length > 0) {
            const c = queue.shift()!;
            if (seen.has(c) || c === unit) {
                continue;
            }
            seen.add(c);
            queue.push(...(this.parents.get(c) ?? []));
        }
        return this.model.collectives.map(c => c.id).filter(id => seen.has(id));
    }

    /**
     * The unit that speaks for a practice to system partners: the top-most
     * collective containing it that speaks for its members (one not itself
     * inside another such collective containing the practice), or the practice
     * itself. Among several, the first in model order.
     */
    speaker(practice: string): string {
        const speaking = this.memberOf(practice).filter(id => this.model.collectiveById.get(id)?.speaksForMembers);
        if (speaking.length === 0) {
            return practice;
        }
        const top = speaking.filter(c => !this.memberOf(c).some(parent => parent !== c && speaking.includes(parent)));
        // In a cycle every speaking collective contains another: fall back to the first in model order.
        return top[0] ?? speaking[0];
    }
}
