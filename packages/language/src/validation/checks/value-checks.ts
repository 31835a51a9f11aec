import { MAX_AMOUNT, MAX_COUNT, MAX_TOTAL, withinLimits } from '@autonomy/analysis';
import { formatMoney } from '@autonomy/domain';
import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import type * as ast from '../../generated/ast.js';
import { currencyOf, finerThanMinor } from '../../literals.js';
import { writtenLiteral, writtenText } from '../../parser/written-literal.js';
import { quoted } from '../../parser/error-messages.js';
import { report } from '../report.js';

/** The value the parser read for `property`: undefined when it recovered without it. */
function valueOf<N extends AstNode>(node: N, property: Properties<N>): number | undefined {
    const value = (node as Record<string, unknown>)[property as string];
    return typeof value === 'number' ? value : undefined;
}

/**
 * Money amounts must be non-negative, whole minor units (pence), and within
 * what the analysis represents exactly (`limit`, in pence; analysis/src/sanitise.ts
 * would otherwise clamp them: issue 10 section 1, issue 12 item 8).
 */
function checkMoney<N extends AstNode>(node: N, property: Properties<N>, what: string, accept: ValidationAcceptor,
    limit = MAX_AMOUNT): void {
    const minor = valueOf(node, property);
    const text = minor === undefined ? undefined : writtenLiteral(node, property);
    if (minor === undefined || text === undefined) {
        return;
    }
    const currency = currencyOf(text) ?? '';
    if (!(Math.abs(minor) <= limit)) {
        report(accept, 'value-too-large',
            `The ${what} ${quoted(text)} is above ${formatMoney(limit, currency)}, the largest amount the analysis works with; `
            + 'check the figure (an extra digit?), or state the model in thousands.',
            { node, property });
        return;
    }
    if (minor < 0) {
        report(accept, 'negative-value', `The ${what} ${text} is negative; amounts are written as positive sums.`,
            { node, property, data: { replacement: text.replace('-', '') } });
    }
    if (finerThanMinor(text)) {
        const rounded = formatMoney(minor, currency);
        report(accept, 'sub-penny-amount',
            `The ${what} ${text} is finer than one penny; write it to at most two decimals, e.g. ${rounded}.`,
            { node, property, data: { replacement: rounded } });
    }
}

function checkPercent<N extends AstNode>(node: N, property: Properties<N>, what: string, accept: ValidationAcceptor): void {
    const value = valueOf(node, property);
    if (value !== undefined && !withinLimits('percent', value)) {
        report(accept, 'percentage-out-of-range', `The ${what} ${writtenText(node, property)} is outside 0%..100%.`, { node, property });
    }
}

/** `limit`: the largest count the analysis works with (a list size, a population), if any. */
function checkNotNegative<N extends AstNode>(node: N, property: Properties<N>, what: string, accept: ValidationAcceptor,
    limit?: number): boolean {
    const value = valueOf(node, property);
    if (value !== undefined && value < 0) {
        const text = writtenText(node, property);
        report(accept, 'negative-value', `The ${what} ${text} is negative; it must be zero or more.`,
            { node, property, data: { replacement: text.replace('-', '') } });
    }
    if (value !== undefined && limit !== undefined && !(value <= limit)) {
        report(accept, 'value-too-large',
            `The ${what} ${quoted(writtenText(node, property))} is above `
            + `${limit.toLocaleString('en-GB')}, the largest ${what} the analysis works with; check the figure.`,
            { node, property });
        return false;
    }
    return true;
}

export function checkListSizeValue(node: ast.ListSize, accept: ValidationAcceptor): void {
    if (!checkNotNegative(node, 'value', 'list size', accept, MAX_COUNT)) {
        return;
    }
    const value = valueOf(node, 'value');
    if (value !== undefined && !Number.isInteger(value)) {
        report(accept, 'fractional-list-size',
            `The list size ${writtenText(node, 'value')} is not a whole number of patients; write the registered list size.`,
            { node, property: 'value' });
    }
}

export function checkCrisisRiskValue(node: ast.CrisisRisk, accept: ValidationAcceptor): void {
    checkPercent(node, 'value', 'crisis risk', accept);
}

export function checkGapValue(node: ast.SustainabilityGap, accept: ValidationAcceptor): void {
    checkMoney(node, 'amount', 'sustainability gap', accept);
}

export function checkCessionDegree(node: ast.Cession, accept: ValidationAcceptor): void {
    checkPercent(node, 'degree', 'degree ceded', accept);
}

export function checkPracticeCostValue(node: ast.PracticeCost, accept: ValidationAcceptor): void {
    checkMoney(node, 'amount', `current cost of ${node.practice?.$refText}`, accept);
}

export function checkCostTermValue(node: ast.CostTerm, accept: ValidationAcceptor): void {
    checkMoney(node, 'amount', 'shared cost', accept);
    if (node.stepSize !== undefined) {
        if (node.stepSize === 0) {
            report(accept, 'zero-step-size',
                `A capacity step of 0 patients would need infinitely many steps; state the patients one step of capacity serves.`,
                { node, property: 'stepSize' });
        } else {
            checkNotNegative(node, 'stepSize', 'step size', accept, MAX_COUNT);
        }
    }
}

export function checkShareValue(node: ast.ExplicitShare, accept: ValidationAcceptor): void {
    checkPercent(node, 'share', `share of ${node.practice?.$refText}`, accept);
}

export function checkCoalitionSavingValue(node: ast.CoalitionSaving, accept: ValidationAcceptor): void {
    checkMoney(node, 'value', 'coalition saving', accept, MAX_TOTAL);
}

export function checkInvestmentAmount(node: ast.Investment, accept: ValidationAcceptor): void {
    checkMoney(node, 'amount', 'investment', accept);
}

export function checkCompensationValue(node: ast.Compensation, accept: ValidationAcceptor): void {
    checkMoney(node, 'amount', 'compensation', accept);
}

export function checkMergerSavingValue(node: ast.MergerSaving, accept: ValidationAcceptor): void {
    checkMoney(node, 'amount', 'merger saving', accept, MAX_TOTAL);
}

export function checkPartnerPopulation(node: ast.Partner, accept: ValidationAcceptor): void {
    checkNotNegative(node, 'population', 'population', accept, MAX_COUNT);
}

export function checkDomainWeight(node: ast.Domain, accept: ValidationAcceptor): void {
    checkNotNegative(node, 'weight', 'weight', accept);
}

export function checkTrustThresholdValue(node: ast.TrustThresholdSetting, accept: ValidationAcceptor): void {
    checkNotNegative(node, 'value', 'trust threshold', accept);
}

export function checkHorizonValue(node: ast.HorizonSetting, accept: ValidationAcceptor): void {
    const years = valueOf(node, 'years');
    if (years !== undefined && years <= 0) {
        report(accept, 'horizon-not-positive',
            `A planning horizon of ${writtenText(node, 'years')} years is not a period; state a horizon of at least one year.`,
            { node, property: 'years' });
    }
}
