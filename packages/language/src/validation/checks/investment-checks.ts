/** Money put in up front (DOMAIN.md item 20): its split, and the rule that splits it when none is stated. */
import type { ValidationAcceptor } from 'langium';
import * as ast from '../../generated/ast.js';
import { writtenText } from '../../parser/written-literal.js';
import { label, refLabel } from '../naming.js';
import { report } from '../report.js';

export function checkInvestmentSplit(node: ast.Investment, accept: ValidationAcceptor): void {
    if (node.shares.length === 0) {
        return;
    }
    const initiative = node.$container;
    const sum = node.shares.reduce((total, s) => total + (s.share ?? 0), 0);
    if (Math.abs(sum - 1) > 1e-9) {
        const percent = Math.round(sum * 1e6) / 1e4;
        report(accept, 'investment-split-not-100',
            `The investment split in ${label(initiative)} sums to ${percent}%, not 100%, so part of the money ` +
            `up front would be nobody's. Adjust the shares so they add up to 100%.`,
            { node, property: 'amount', data: { sum: percent } });
    }
    const participants = new Set(initiative.properties.filter(ast.isParticipants).flatMap(l => l.practices.map(p => p.$refText)));
    if (participants.size === 0) {
        return;
    }
    for (const share of node.shares) {
        if (share.practice && !participants.has(share.practice.$refText)) {
            report(accept, 'share-for-non-participant',
                `${refLabel(share.practice)} is given a share of the investment in ${label(initiative)} but is not a participant. ` +
                `Remove its share or add it to the participants.`,
                { node: share, property: 'practice' });
        }
    }
}

/**
 * An investment with no split of its own is split by the charging rule; with
 * no charging rule either, the consultant has stated neither, and list size
 * (the default) would decide who pays up front without anyone saying so.
 */
export function checkInvestmentRule(node: ast.Investment, accept: ValidationAcceptor): void {
    const stated = node.byListSize || node.equally || node.shares.length > 0;
    const initiative = node.$container;
    if (stated || initiative.properties.some(ast.isCharging)) {
        return;
    }
    report(accept, 'investment-without-charging-rule',
        `The investment of ${writtenText(node, 'amount')} in ${label(initiative)} is split by the charging rule, but ${label(initiative)} ` +
        `states none, so it would be split by list size without saying so. Add 'charged by list size' (or 'equally', ` +
        `or explicit shares), or give the investment its own split: 'investment ${writtenText(node, 'amount')} split equally'.`,
        { node, property: 'amount' });
}
