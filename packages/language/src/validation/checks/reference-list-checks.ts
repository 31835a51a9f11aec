import type { AstNode, Reference, ValidationAcceptor } from 'langium';
import type * as ast from '../../generated/ast.js';
import { report } from '../report.js';

/** Flags a name listed twice in one list (members, participants, merges, ...). */
function checkList<N extends AstNode>(node: N, property: string, refs: Array<Reference<AstNode>>, what: string,
    accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    refs.forEach((ref, index) => {
        const key = ref.$refText;
        if (seen.has(key)) {
            // From the end of the previous name to the end of this one: removes ", X".
            const removeRange = index > 0 && refs[index - 1].$refNode && ref.$refNode
                ? { start: refs[index - 1].$refNode!.range.end, end: ref.$refNode.range.end }
                : undefined;
            report(accept, 'duplicate-reference',
                `'${key}' is listed twice in ${what}; remove the repeat.`,
                { node, property: property as never, index, data: { removeRange } });
        }
        seen.add(key);
    });
}

export function checkMembersListed(node: ast.MembersProperty, accept: ValidationAcceptor): void {
    checkList(node, 'members', node.members, 'these members', accept);
}

export function checkParticipantsListed(node: ast.Participants, accept: ValidationAcceptor): void {
    checkList(node, 'practices', node.practices, 'these participants', accept);
}

export function checkMergesListed(node: ast.Merges, accept: ValidationAcceptor): void {
    checkList(node, 'practices', node.practices, 'the merging practices', accept);
}

export function checkCessionListed(node: ast.Cession, accept: ValidationAcceptor): void {
    checkList(node, 'practices', node.practices, 'the practices ceding this domain', accept);
}

export function checkCoalitionListed(node: ast.CoalitionSaving, accept: ValidationAcceptor): void {
    checkList(node, 'members', node.members, 'this coalition', accept);
}
