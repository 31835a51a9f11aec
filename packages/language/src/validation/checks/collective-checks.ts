import type { ValidationAcceptor } from 'langium';
import * as ast from '../../generated/ast.js';
import { cycleThrough, membershipComponents } from '../membership.js';
import { label } from '../naming.js';
import { report } from '../report.js';

const VOTES = new Set(['majority-vote', 'weighted-vote']);

export function checkDecisionRule(collective: ast.Collective, accept: ValidationAcceptor): void {
    const rules = collective.properties.filter(ast.isDecisionProperty);
    if (rules.length === 0) {
        report(accept, 'collective-without-decision-rule',
            `Collective ${label(collective)} has no decision rule, so no one can predict whether its initiatives go ahead. ` +
            `Add 'decides by consensus' (or majority-vote, weighted-vote, delegation).`,
            { node: collective, property: 'name' });
    }
    for (const rule of rules) {
        if (rule.rule && VOTES.has(rule.rule)) {
            report(accept, 'collective-decides-by-vote',
                `Collective ${label(collective)} decides by ${rule.rule}: a vote creates losers who may go rogue. ` +
                `Consider 'decides by consensus'.`,
                { node: rule, property: 'rule', data: { replacement: 'consensus' } });
        }
    }
}

export function checkHasMembers(collective: ast.Collective, accept: ValidationAcceptor): void {
    const listed = collective.properties.filter(ast.isMembersProperty).flatMap(m => m.members);
    if (listed.length === 0) {
        report(accept, 'empty-collective',
            `Collective ${label(collective)} has no members. Add a line 'members A, B, ...' naming its practices or collectives.`,
            { node: collective, property: 'name' });
    }
}

/** Membership cycles, found once per file (membershipComponents) and spelt out only for the members that close one. */
export function checkMembershipCycles(root: ast.AutonomyFile, accept: ValidationAcceptor): void {
    const collectives = root.elements.filter(ast.isCollective);
    const component = membershipComponents(collectives);
    for (const collective of collectives) {
        for (const line of collective.properties.filter(ast.isMembersProperty)) {
            line.members.forEach((ref, index) => {
                const member = ref.ref;
                if (!ast.isCollective(member) || component.get(member) !== component.get(collective)) {
                    return;
                }
                const cycle = cycleThrough(collective, member);
                if (cycle) {
                    report(accept, 'membership-cycle',
                        `Membership cycle: ${cycle.map(c => c.name).join(' -> ')}. A collective cannot contain itself, ` +
                        `directly or through another collective; remove ${member.name} from the members of ${collective.name}.`,
                        { node: line, property: 'members', index });
                }
            });
        }
    }
}
