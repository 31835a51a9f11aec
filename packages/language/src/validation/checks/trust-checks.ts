import { withinLimits } from '@autonomy/analysis';
import type { ValidationAcceptor } from 'langium';
import * as ast from '../../generated/ast.js';
import { writtenText } from '../../parser/written-literal.js';
import { unitsIn } from '../membership.js';
import { label, refLabel } from '../naming.js';
import { report } from '../report.js';

const COMPONENTS = ['credibility', 'reliability', 'intimacy', 'self-orientation'] as const;

export function checkTrustComponentRange(node: ast.TrustComponent, accept: ValidationAcceptor): void {
    const value = node.value as number | undefined;
    if (value === undefined) {
        return;
    }
    if (node.component === 'self-orientation' && value === 0) {
        report(accept, 'zero-self-orientation',
            `Self-orientation 0 would make trust infinite (it divides the other three); score it from 1 (low) to 10 (high).`,
            { node, property: 'value' });
    } else if (!withinLimits('trust', value)) {
        report(accept, 'trust-score-out-of-range',
            `The ${node.component} score ${writtenText(node, 'value')} is outside 1..10; Green's trust components are scored from 1 to 10.`,
            { node, property: 'value' });
    }
}

export function checkTrustComplete(node: ast.Trust, accept: ValidationAcceptor): void {
    // One bit per component stated: no set and no list for the statements that state all four (nearly all).
    let stated = 0;
    for (const component of node.components) {
        const at = (COMPONENTS as readonly string[]).indexOf(component.component);
        stated |= at < 0 ? 0 : 1 << at;
    }
    if (stated !== (1 << COMPONENTS.length) - 1) {
        const missing = COMPONENTS.filter((_, at) => (stated & (1 << at)) === 0);
        report(accept, 'missing-trust-component',
            `The trust of ${refLabel(node.practice)} in ${refLabel(node.collective)} lacks ${missing.join(', ')}; ` +
            `state all four of credibility, reliability, intimacy and self-orientation (1..10).`,
            { node, property: 'practice', data: { missing } });
    }
}

/**
 * Trust stated by a unit (a practice, or a collective: DOMAIN.md item 19)
 * that is not in the collective. Checked once per file, with each collective's
 * units worked out once: per statement, one collective of 10,000 members with
 * a trust statement each took 45 s (issue 12 item 16).
 */
export function checkTrustMembership(root: ast.AutonomyFile, accept: ValidationAcceptor): void {
    const unitsOf = new Map<ast.Collective, ReturnType<typeof unitsIn>>();
    for (const node of root.elements) {
        if (!ast.isTrust(node)) {
            continue;
        }
        const unit = node.practice?.ref;
        const collective = node.collective?.ref;
        if (!unit || !collective) {
            continue;
        }
        if (unit === collective) {
            report(accept, 'trust-for-non-member',
                `${label(unit)} states its trust in itself; a collective trusts a collective that contains it ` +
                `(its federation, or a leadership group of networks). Name that collective, or remove this trust statement.`,
                { node, property: 'collective' });
            continue;
        }
        let members = unitsOf.get(collective);
        if (!members) {
            members = unitsIn(collective);
            unitsOf.set(collective, members);
        }
        if (!members.has(unit)) {
            report(accept, 'trust-for-non-member',
                `${label(unit)} states its trust in ${label(collective)} but is not a member of it, ` +
                `directly or through a member collective. Add it to the members, or remove this trust statement.`,
                { node, property: 'collective', data: { unit: unit.name, collective: collective.name } });
        }
    }
}

export function checkTrustStatementsOnce(root: ast.AutonomyFile, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const trust of root.elements.filter(ast.isTrust)) {
        const practice = trust.practice?.ref;
        const collective = trust.collective?.ref;
        if (!practice || !collective) {
            continue;
        }
        const key = `${practice.name}\u0000${collective.name}`;
        if (seen.has(key)) {
            report(accept, 'duplicate-trust-statement',
                `The trust of ${label(practice)} in ${label(collective)} is stated twice; keep one statement.`,
                { node: trust, property: 'practice' });
        }
        seen.add(key);
    }
}
