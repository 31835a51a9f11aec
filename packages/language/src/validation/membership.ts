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

/**
 * The strongly connected components of the membership graph reachable from
 * `collectives` (Tarjan's algorithm, iterative so deep nesting cannot overflow
 * the stack): a member collective is in a cycle with its collective exactly
 * when both share a component. Linear in the collectives and member lines,
 * where asking cycleThrough for every member was quadratic on 5,000 nested
 * collectives (issue 12 item 16).
 */
export function membershipComponents(collectives: readonly ast.Collective[]): Map<ast.Collective, number> {
    const index = new Map<ast.Collective, number>();
    const low = new Map<ast.Collective, number>();
    const component = new Map<ast.Collective, number>();
    const stack: ast.Collective[] = [];
    const onStack = new Set<ast.Collective>();
    let counter = 0;
    let components = 0;
    const childrenOf = (c: ast.Collective) => directMembers(c).filter(ast.isCollective);
    for (const start of collectives) {
        if (index.has(start)) {
            continue;
        }
        const frames: Array<{ node: ast.Collective; children: ast.Collective[]; next: number }> = [];
        const enter = (node: ast.Collective) => {
            index.set(node, counter);
            low.set(node, counter++);
            stack.push(node);
            onStack.add(node);
            frames.push({ node, children: childrenOf(node), next: 0 });
        };
        enter(start);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.next < frame.children.length) {
                const child = frame.children[frame.next++];
                if (!index.has(child)) {
                    enter(child);
                } else if (onStack.has(child)) {
                    low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
                }
                continue;
            }
            frames.pop();
            const parent = frames[frames.length - 1];
            if (parent) {
                low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
            }
            if (low.get(frame.node) === index.get(frame.node)) {
                let member: ast.Collective | undefined;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.set(member, components);
                } while (member !== frame.node);
                components++;
            }
        }
    }
    return component;
}
