/**
 * Reading the literals consultants write: £60,000, £1.50, 40%, 8,200.
 * The parser's value converter (parser/value-converter.ts) reads each literal
 * once, with these, into the AST; checks, quick fixes and the domain model
 * use the values there. What a value leaves out (the currency symbol, digits
 * finer than a penny) is read from the literal as written, in one place:
 * parser/written-literal.ts.
 */

export interface MoneyLiteral {
    currency: string;
    /** Amount in minor units (pence), digits finer than one minor unit dropped. Exact when `wholeMinor` is true. */
    minor: number;
    /** False when the literal has digits finer than one minor unit (e.g. £1.505). */
    wholeMinor: boolean;
}

const MONEY = /^(-?)([£€$¥])([\d,]+)(?:\.(\d+))?$/;

/** "-£3.505" -> { currency: '£', minor: -350, wholeMinor: false } */
export function parseMoney(text: string): MoneyLiteral | undefined {
    const match = MONEY.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [, sign, currency, units, fraction = ''] = match;
    const whole = Number(units.replace(/,/g, ''));
    const pence = Number((fraction + '00').slice(0, 2));
    const wholeMinor = fraction.length <= 2 || /^0*$/.test(fraction.slice(2));
    const minor = (whole * 100 + pence) * (sign === '-' ? -1 : 1);
    return { currency, minor, wholeMinor };
}

/** "40%" -> 0.4 */
export function parsePercent(text: string): number | undefined {
    const match = /^(-?\d+(?:\.\d+)?)%$/.exec(text.trim());
    return match ? Number(match[1]) / 100 : undefined;
}

/** "8,200" -> 8200, "3.5" -> 3.5 */
export function parseDecimal(text: string): number | undefined {
    const cleaned = text.trim().replace(/,/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
        return undefined;
    }
    return Number(cleaned);
}
