/**
 * Who belongs to which collective, directly or through nesting. Membership
 * cycles (A contains B contains A) are possible in a model being edited: every
 * walk keeps a visited set, so it always ends.
 */
import type { CleanModel } from './sanitise.js';

export class Membership {
    /** unit id -> collectives that list it as a member, in model order */
    private readonly parents = new Map<string, string[]>();
    /** collective id -> its place in model order */
    private readonly order = new Map<string, number>();
    /** unit id -> memberOf(unit), computed once per unit (the analysis asks for every practice, speaker() again) */
    private readonly containing = new Map<string, readonly string[]>();
    /** collective id -> the practices inside it, directly or through nesting */
    private readonly within = new Map<string, ReadonlySet<string>>();

    constructor(private readonly model: CleanModel) {
        for (const c of model.collectives) {
            if (!this.order.has(c.id)) {
                this.order.set(c.id, this.order.size);
            }
            for (const member of c.members) {
                this.parents.set(member, [...(this.parents.get(member) ?? []), c.id]);
            }
        }
    }

    /** Every collective containing the unit, directly or through nesting, in model order. A new array each call. */
    memberOf(unit: string): string[] {
        return [...this.containingOf(unit)];
    }

    /** Whether `collective` contains `unit`, directly or through nesting. */
    contains(collective: string, unit: string): boolean {
        return this.containingOf(unit).includes(collective);
    }

    /** The practices inside a collective, directly or through nesting (a shared set: do not modify). */
    practicesWithin(collective: string): ReadonlySet<string> {
        let found = this.within.get(collective);
        if (!found) {
            const practices = new Set<string>();
            const seen = new Set<string>();
            const queue = [collective];
            while (queue.length > 0) {
                const id = queue.shift()!;
                const c = this.model.collectiveById.get(id);
                if (seen.has(id) || !c) {
                    continue;
                }
                seen.add(id);
                for (const member of c.members) {
                    if (this.model.practiceById.has(member)) {
                        practices.add(member);
                    } else {
                        queue.push(member);
                    }
                }
            }
            found = practices;
            this.within.set(collective, found);
        }
        return found;
    }

    private containingOf(unit: string): readonly string[] {
        let found = this.containing.get(unit);
        if (!found) {
            found = this.walk(unit);
            this.containing.set(unit, found);
        }
        return found;
    }

    private walk(unit: string): string[] {
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
        // Every id in `seen` names a collective (only collectives are parents); model order.
        return [...seen].sort((x, y) => this.order.get(x)! - this.order.get(y)!);
    }

    /**
     * The unit that speaks for a practice to system partners: the top-most
     * collective containing it that speaks for its members (one not itself
     * inside another such collective containing the practice), or the practice
     * itself. Among several, the first in model order.
     */
    speaker(practice: string): string {
        const speaking = this.containingOf(practice).filter(id => this.model.collectiveById.get(id)?.speaksForMembers);
        if (speaking.length === 0) {
            return practice;
        }
        const top = speaking.filter(c => !this.containingOf(c).some(parent => parent !== c && speaking.includes(parent)));
        // In a cycle every speaking collective contains another: fall back to the first in model order.
        return top[0] ?? speaking[0];
    }
}
