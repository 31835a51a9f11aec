import type { Reference, ValidationAcceptor } from 'langium';
import * as ast from '../../generated/ast.js';
import { practicesIn } from '../membership.js';
import { label, refLabel } from '../naming.js';
import { report } from '../report.js';
import { rememberedWhileValidating } from '../validation-memo.js';

const REQUIRED: Array<[(p: ast.InitiativeProperty) => boolean, string, string]> = [
    [ast.isRunBy, 'run by', "'run by <collective>' naming the collective that runs it"],
    [ast.isParticipants, 'participants', "'participants A, B, ...'"],
    [ast.isCurrentCosts, 'current cost', "'current cost A £..., B £...' with each participant's cost of doing it alone"],
    [ast.isSharedCost, 'shared cost', "'shared cost £... fixed' (and/or '£... per patient', '£... per N patients')"]
];

/** Participants as listed; undefined when the initiative lists none (reported separately). */
function participantRefs(initiative: ast.Initiative): Array<Reference<ast.Practice>> | undefined {
    const lines = initiative.properties.filter(ast.isParticipants);
    return lines.length > 0 ? lines.flatMap(l => l.practices) : undefined;
}

/** The participants' names as written; undefined when the initiative lists none. Shared: do not change it. */
function participantNames(initiative: ast.Initiative): ReadonlySet<string> | undefined {
    return participantNamesWhileValidating(initiative, initiative.$container);
}

const participantNamesWhileValidating = rememberedWhileValidating((initiative: ast.Initiative): ReadonlySet<string> | undefined => {
    const refs = participantRefs(initiative);
    return refs && new Set(refs.map(r => r.$refText));
});

/** Every practice in a collective, once per collective while a document is validated. */
const practicesWhileValidating = rememberedWhileValidating(practicesIn);

export function checkInitiativeRequired(initiative: ast.Initiative, accept: ValidationAcceptor): void {
    for (const [is, property, how] of REQUIRED) {
        if (!initiative.properties.some(is)) {
            report(accept, 'missing-required-property',
                `Initiative ${label(initiative)} has no ${property}. Add ${how}.`,
                { node: initiative, property: 'name', data: { property } });
        }
    }
}

export function checkParticipantsAreMembers(initiative: ast.Initiative, accept: ValidationAcceptor): void {
    const collective = initiative.properties.find(ast.isRunBy)?.collective?.ref;
    if (!collective) {
        return;
    }
    const members = practicesWhileValidating(collective, initiative.$container);
    for (const line of initiative.properties.filter(ast.isParticipants)) {
        line.practices.forEach((ref, index) => {
            if (ref.ref && !members.has(ref.ref)) {
                report(accept, 'participant-not-member',
                    `${label(ref.ref)} takes part in ${label(initiative)}, run by ${label(collective)}, but is not a member ` +
                    `of ${collective.name}, directly or through a member collective: it would cede decisions to a collective ` +
                    `it does not belong to. Add ${ref.ref.name} to ${collective.name}'s members, or run the initiative by a collective it belongs to.`,
                    { node: line, property: 'practices', index, data: { practice: ref.ref.name, collective: collective.name } });
            }
        });
    }
}

export function checkCessionPractices(cession: ast.Cession, accept: ValidationAcceptor): void {
    const initiative = cession.$container;
    const participants = participantNames(initiative);
    if (!participants) {
        return;
    }
    cession.practices.forEach((ref, index) => {
        if (!participants.has(ref.$refText)) {
            report(accept, 'cession-for-non-participant',
                `${refLabel(ref)} cedes ${refLabel(cession.domain)} in ${label(initiative)} but is not one of its participants. ` +
                `Add it to the participants or remove it from this line.`,
                { node: cession, property: 'practices', index });
        }
    });
}

export function checkParticipantCount(initiative: ast.Initiative, accept: ValidationAcceptor): void {
    const participants = participantNames(initiative);
    if (participants && participants.size === 1) {
        report(accept, 'single-participant-initiative',
            `Initiative ${label(initiative)} has one participant, so nothing is shared; add the other practices that take part.`,
            { node: initiative, property: 'name' });
    }
}

export function checkCurrentCostsCoverParticipants(initiative: ast.Initiative, accept: ValidationAcceptor): void {
    const lines = initiative.properties.filter(ast.isCurrentCosts);
    const participants = participantNames(initiative);
    if (lines.length === 0 || !participants) {
        return;
    }
    const costed = new Set(lines.flatMap(l => l.costs.map(c => c.practice?.$refText)));
    const reported = new Set<string>();
    for (const line of initiative.properties.filter(ast.isParticipants)) {
        line.practices.forEach((ref, index) => {
            if (!costed.has(ref.$refText) && !reported.has(ref.$refText)) {
                reported.add(ref.$refText);
                report(accept, 'participant-without-current-cost',
                    `${refLabel(ref)} takes part in ${label(initiative)} but has no current cost, so its saving is unknown. ` +
                    `Add '${ref.$refText} £...' to the current cost line.`,
                    { node: line, property: 'practices', index });
            }
        });
    }
    for (const cost of lines.flatMap(l => l.costs)) {
        if (cost.practice && !participants.has(cost.practice.$refText)) {
            report(accept, 'current-cost-for-non-participant',
                `${refLabel(cost.practice)} has a current cost in ${label(initiative)} but is not a participant. ` +
                `Add it to the participants, or remove its cost.`,
                { node: cost, property: 'practice', data: { practice: cost.practice.$refText } });
        }
    }
}

export function checkExplicitShares(charging: ast.Charging, accept: ValidationAcceptor): void {
    if (charging.shares.length === 0) {
        return;
    }
    const initiative = charging.$container;
    const participants = participantNames(initiative);
    const sum = charging.shares.reduce((total, s) => total + (s.share ?? 0), 0);
    if (Math.abs(sum - 1) > 1e-9) {
        const percent = Math.round(sum * 1e6) / 1e4;
        report(accept, 'shares-do-not-sum-to-100',
            `The charged shares in ${label(initiative)} sum to ${percent}%, not 100%. Adjust them so they add up to 100%.`,
            { node: charging, data: { sum: percent } });
    }
    if (!participants) {
        return;
    }
    const shared = new Set(charging.shares.map(s => s.practice?.$refText));
    charging.shares.forEach((share) => {
        if (share.practice && !participants.has(share.practice.$refText)) {
            report(accept, 'share-for-non-participant',
                `${refLabel(share.practice)} is charged a share of ${label(initiative)} but is not a participant. ` +
                `Remove its share or add it to the participants.`,
                { node: share, property: 'practice' });
        }
    });
    for (const line of initiative.properties.filter(ast.isParticipants)) {
        line.practices.forEach((ref, index) => {
            if (!shared.has(ref.$refText)) {
                shared.add(ref.$refText);
                report(accept, 'participant-without-share',
                    `${refLabel(ref)} takes part in ${label(initiative)} but has no charged share. ` +
                    `Give it a share on the 'charged' line (the shares must sum to 100%).`,
                    { node: line, property: 'practices', index });
            }
        });
    }
}

export function checkCompensationParties(node: ast.Compensation, accept: ValidationAcceptor): void {
    const initiative = node.$container;
    if (node.from && node.to && node.from.$refText === node.to.$refText) {
        report(accept, 'compensation-to-self',
            `${refLabel(node.from)} cannot compensate itself; name the participant that pays and the one that receives.`,
            { node, property: 'to' });
    }
    const participants = participantNames(initiative);
    if (!participants) {
        return;
    }
    for (const property of ['from', 'to'] as const) {
        const ref = node[property];
        if (ref && !participants.has(ref.$refText)) {
            report(accept, 'compensation-not-between-participants',
                `${refLabel(ref)} ${property === 'from' ? 'pays' : 'receives'} compensation in ${label(initiative)} ` +
                `but is not a participant; compensation moves money between participants.`,
                { node, property });
        }
    }
}

export function checkCoalitionMembers(node: ast.CoalitionSaving, accept: ValidationAcceptor): void {
    const initiative = node.$container;
    const participants = participantNames(initiative);
    if (!participants) {
        return;
    }
    node.members.forEach((ref, index) => {
        if (!participants.has(ref.$refText)) {
            report(accept, 'coalition-member-not-participant',
                `${refLabel(ref)} is in a coalition of ${label(initiative)} but is not a participant; ` +
                `coalitions are groups of participants.`,
                { node, property: 'members', index });
        }
    });
}

/** The practices a cession applies to: its 'for' list, else every participant. */
export function cedingPractices(cession: ast.Cession): string[] {
    if (cession.practices.length > 0) {
        return cession.practices.map(p => p.$refText);
    }
    return [...(participantNames(cession.$container) ?? [])];
}

export function checkCessionsOnce(initiative: ast.Initiative, accept: ValidationAcceptor): void {
    const ceded = new Map<string, Set<string>>();
    for (const cession of initiative.properties.filter(ast.isCession)) {
        const domain = cession.domain?.$refText;
        if (!domain) {
            continue;
        }
        const before = ceded.get(domain) ?? new Set<string>();
        const practices = cedingPractices(cession);
        const overlap = practices.filter(p => before.has(p));
        if (overlap.length > 0) {
            report(accept, 'duplicate-cession',
                `${refLabel(cession.domain)} is ceded twice in ${label(initiative)} (by ${overlap.join(', ')}); ` +
                `state each practice's cession of a domain once.`,
                { node: cession, property: 'domain', data: { remove: true } });
        }
        practices.forEach(p => before.add(p));
        ceded.set(domain, before);
    }
}
