import { countOnce } from '@autonomy/analysis';
import type { ValidationAcceptor } from 'langium';
import * as ast from '../../generated/ast.js';
import { cycleThrough, membershipComponents, practicesIn } from '../membership.js';
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

/**
 * A practice inside two members of a voting collective (two member collectives, or one and the list
 * directly). The analysis counts its patients once, with the first member collective listed that
 * contains it (analysis counted-once.ts, DOMAIN.md items 18 and 19), so the vote weights and
 * voting-power shares depend on the order the members are listed in: said where it is not counted.
 */
export function checkSharedMemberPractices(collective: ast.Collective, accept: ValidationAcceptor): void {
    const rule = collective.properties.find(ast.isDecisionProperty)?.rule;
    if (!rule || !VOTES.has(rule)) {
        return;
    }
    const members = collective.properties.filter(ast.isMembersProperty)
        .flatMap(line => line.members.flatMap((ref, index) => (ref.ref?.name ? [{ line, index, unit: ref.ref }] : [])));
    const units = new Map<string, ast.Unit>();
    // The analysis's own rule, on the names the domain model gives the units.
    const counted = countOnce(members.map(({ unit }) => {
        const inside = ast.isCollective(unit) ? [...practicesIn(unit)] : [unit];
        inside.forEach(p => units.set(p.name, p));
        units.set(unit.name, unit);
        return { id: unit.name, isPractice: ast.isPractice(unit), practices: inside.map(p => p.name) };
    }));
    counted.forEach(({ elsewhere }, i) => {
        const m = members[i];
        for (const { practice: practiceName, countedWith } of elsewhere) {
            const practice = units.get(practiceName)!;
            const owner = units.get(countedWith)!;
            const message = ast.isPractice(m.unit)
                ? `${label(practice)} is a member of ${label(collective)} and also inside ${label(owner)}, another of its members; ${label(collective)} `
                    + `decides by ${rule}, so its patients count once, with ${label(owner)}, not with its own membership. Take it out of one of them.`
                : `${label(practice)} is inside both ${label(owner)} and ${label(m.unit)}, members of ${label(collective)}, which decides by ${rule}: `
                    + `its patients count once, with ${label(owner)}, the first of them listed, so the order of the members changes the vote weights. `
                    + 'List first the member it should count with, or take it out of one of them.';
            report(accept, 'practice-in-two-members', message,
                { node: m.line, property: 'members', index: m.index, data: { practice: practiceName, countedWith } });
        }
    });
}
