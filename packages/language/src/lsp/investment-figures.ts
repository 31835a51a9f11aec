/** Money up front (DOMAIN.md item 20) in the editor: the initiative hover's payback table and the `investment` line's hint. */
import type { InitiativeAnalysis } from '@autonomy/analysis';
import { formatPayback } from '@autonomy/domain';

/** Markdown lines for an initiative's hover; none when it states no investment. */
export function investmentHover(i: InitiativeAnalysis, horizon: number, titleOf: (id: string) => string, money: (minor: number) => string): string[] {
    if (!i.investment) {
        return [];
    }
    return [
        '',
        `Investment: ${money(i.investment.amount)} up front. Payback = share / yearly benefit; over ${horizon} years = ${horizon} × yearly benefit − share.`,
        '',
        `| Participant | Share | Yearly benefit | Payback | Over ${horizon} years |`,
        '|---|---|---|---|---|',
        ...i.investment.shares.map(s => `| ${titleOf(s.practice)} | ${money(s.share)} | ${money(s.yearlyBenefit)} | `
            + `${formatPayback(s.paybackYears)}${s.share > 0 && !s.repaidWithinHorizon ? ' ⚠' : ''} | ${money(Math.round(s.horizonBenefit))} |`)
    ];
}

/** "payback 2.6–12.0 years · Hazel Grove Surgery not within 5 years", for the end of the `investment` line. */
export function investmentHintLabel(i: InitiativeAnalysis, horizon: number, titleOf: (id: string) => string): string | undefined {
    const shares = i.investment?.shares.filter(s => s.share > 0);
    if (!shares || shares.length === 0) {
        return undefined;
    }
    const repaid = shares.filter(s => s.paybackYears !== null).map(s => s.paybackYears as number);
    const range = repaid.length === 0 ? 'never'
        : Math.min(...repaid) === Math.max(...repaid) ? formatPayback(repaid[0])
            : `${formatPayback(Math.min(...repaid)).replace(/ years?$/, '')}–${formatPayback(Math.max(...repaid))}`;
    const late = shares.filter(s => !s.repaidWithinHorizon).map(s => titleOf(s.practice));
    return `payback ${range}` + (late.length > 0 ? ` · ${late.join(', ')} not within ${horizon} years` : '');
}
