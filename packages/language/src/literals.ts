/**
 * Reading the literals consultants write: £60,000, £1.50, 40%, 8,200.
 * Kept apart from the grammar so the validator, the domain-model builder and
 * the formatter agree on one reading.
 */

export interface MoneyLiteral {
    currency: string;
    /** Amount in minor units (pence). Exact when `wholeMinor` is true. */
    minor: number;
    /** False when the literal has digits finer than one minor unit (e.g. £1.505). */
    wholeMinor: boolean;
}

const MONEY = /^(-?)([£€$¥])([\d,]+)(?:\.(\d+))?$/;

/**
 * Readings of the literals seen so far. Every keystroke re-reads every literal
 * of the file (the checks and the domain model), and almost all of them are the
 * text they were; bounded, emptied when full. Texts of 13 characters or more
 * are not kept: V8 may hold such a token as a slice of the whole file's text,
 * which the memo would then keep alive.
 */
const MEMO_LIMIT = 20_000;
const MEMO_MAX_LENGTH = 12;
const moneyMemo = new Map<string, Readonly<MoneyLiteral> | null>();
const percentMemo = new Map<string, number | null>();
const decimalMemo = new Map<string, number | null>();

function memoised<T>(memo: Map<string, T | null>, text: string, read: (text: string) => T | undefined): T | undefined {
    if (text.length > MEMO_MAX_LENGTH) {
        return read(text);
    }
    const hit = memo.get(text);
    if (hit !== undefined) {
        return hit ?? undefined;
    }
    const value = read(text);
    if (memo.size >= MEMO_LIMIT) {
        memo.clear();
    }
    memo.set(text, value ?? null);
    return value;
}

/** The reading of a money literal; the same frozen object for the same text (do not mutate it). */
export function parseMoney(text: string): Readonly<MoneyLiteral> | undefined {
    return memoised(moneyMemo, text, readMoney);
}

function readMoney(text: string): Readonly<MoneyLiteral> | undefined {
    const match = MONEY.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [, sign, currency, units, fraction = ''] = match;
    const whole = Number(units.replace(/,/g, ''));
    const pence = Number((fraction + '00').slice(0, 2));
    const wholeMinor = fraction.length <= 2 || /^0*$/.test(fraction.slice(2));
    const minor = (whole * 100 + pence) * (sign === '-' ? -1 : 1);
    return Object.freeze({ currency, minor, wholeMinor });
}

/** "40%" -> 0.4 */
export function parsePercent(text: string): number | undefined {
    return memoised(percentMemo, text, readPercent);
}

function readPercent(text: string): number | undefined {
    const match = /^(-?\d+(?:\.\d+)?)%$/.exec(text.trim());
    return match ? Number(match[1]) / 100 : undefined;
}

/** "8,200" -> 8200, "3.5" -> 3.5 */
export function parseDecimal(text: string): number | undefined {
    return memoised(decimalMemo, text, readDecimal);
}

function readDecimal(text: string): number | undefined {
    const cleaned = text.trim().replace(/,/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
        return undefined;
    }
    return Number(cleaned);
}
