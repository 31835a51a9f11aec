import * as ast from '../generated/ast.js';

/** The collectives and practices a collective lists as members (resolved only). */
export function directMembers(collective: ast.Collective): ast.Unit[] {
    return collective.properties
        .filter(ast.isMembersProperty)
        .flatMap(m => m.members.flatMap(r => (r.ref ? [r.ref] : [])));
}

/** Every practice in a collective, directly or through member collectives; safe on cycles. */
export function practicesIn(collective: ast.Collective): Set<ast.Practice> {
    return new Set([...unitsIn(collective)].filter(ast.isPractice));
}

/** Every practice and collective in a collective, directly or through nesting; safe on cycles. */
export function unitsIn(collective: ast.Collective): Set<ast.Unit> {
    const units = new Set<ast.Unit>();
    const seen = new Set<ast.Collective>();
    const visit = (c: ast.Collective): void => {
        if (seen.has(c)) {
            return;
        }
        seen.add(c);
        for (const member of directMembers(c)) {
            units.add(member);
            if (ast.isCollective(member)) {
                visit(member);
            }
        }
    };
    visit(collective);
    return units;
}

/**
 * A chain of collectives from `start` through `via` (a member of `start`) back
 * to `start`, when there is one: a membership cycle.
 */
export function cycleThrough(start: ast.Collective, via: ast.Collective): ast.Collective[] | undefined {
    const parents = new Map<ast.Collective, ast.Collective | undefined>([[via, undefined]]);
    const queue: ast.Collective[] = [via];
    while (queue.length > 0) {
        const current = queue.shift()!;
        if (current === start) {
            const chain: ast.Collective[] = [];
            for (let at: ast.Collective | undefined = current; at; at = parents.get(at)) {
                chain.unshift(at);
            }
            return [start, ...chain];
        }
        for (const member of directMembers(current)) {
            if (ast.isCollective(member) && !parents.has(member)) {
                parents.set(member, current);
                queue.push(member);
            }
        }
    }
    return undefined;
}
