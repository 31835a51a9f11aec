/**
 * Reading the literals consultants write: £60,000, £1.50, 40%, 8,200.
 * The parser's value converter (parser/value-converter.ts) reads each literal
 * once, with these, into the AST; checks, quick fixes and the domain model
 * use the values there. What a money value leaves out (its currency symbol,
 * digits finer than a penny) is read from the literal as written, in one
 * place: parser/written-literal.ts.
 */

const MONEY = /^(-?)[£€$¥]([\d,]+)(?:\.(\d+))?$/;
const CURRENCIES = new Set(['£', '€', '$', '¥']);
/** A fraction with a non-zero digit after the second: £1.505, not £1.500. */
const FINER_THAN_MINOR = /\.\d\d\d*[1-9]/;

/** "-£3.505" -> -350: minor units (pence), digits finer than one minor unit dropped. */
export function parseMoney(text: string): number | undefined {
    const match = MONEY.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [, sign, units, fraction = ''] = match;
    const whole = Number(units.replace(/,/g, ''));
    const pence = Number((fraction + '00').slice(0, 2));
    return (whole * 100 + pence) * (sign === '-' ? -1 : 1);
}

/** "-£3.505" -> "£"; undefined for a literal that is not money. */
export function currencyOf(literal: string): string | undefined {
    const symbol = literal.charAt(literal.startsWith('-') ? 1 : 0);
    return CURRENCIES.has(symbol) ? symbol : undefined;
}

/** True for a money literal with digits finer than one minor unit (£1.505), which its value drops. */
export function finerThanMinor(money: string): boolean {
    return FINER_THAN_MINOR.test(money);
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
