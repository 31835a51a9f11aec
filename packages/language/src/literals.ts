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
    return commonMoney(text) ?? generalMoney(text);
}

/** parseMoney for any text: the reading the fast one (commonMoney) must match. */
export function generalMoney(text: string): number | undefined {
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
    return commonDecimal(text) ?? generalDecimal(text);
}

/** parseDecimal for any text: the reading the fast one (commonDecimal) must match. */
export function generalDecimal(text: string): number | undefined {
    const cleaned = text.trim().replace(/,/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
        return undefined;
    }
    return Number(cleaned);
}

/*
 * The parser reads every money and number literal of a model (four in five of
 * a generated model's lines have one). The general readings trim, run a
 * regular expression, strip the commas into a new string and take the match
 * apart: a few objects per literal. The literals are nearly all of a few
 * shapes (8,200  £60,000  £1.50  2.5  -£3), which are read below in one pass
 * over the characters with nothing made; undefined sends any other text to
 * the general reading. literals.test.ts checks that both give the same value
 * for any text.
 */

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COMMA = 44;
const DOT = 46;
const MINUS = 45;
/** CURRENCIES as character codes: read without taking a character out of the text. */
const CURRENCY_CODES = new Set([...CURRENCIES].map(symbol => symbol.charCodeAt(0)));
/** The most digits summed one by one that stay exact in a double (10^15 < 2^53). */
const EXACT_DIGITS = 15;

/** Where the last `wholeNumber` read ended: a second result without an object for the two. */
let wholeEnd = 0;

/**
 * The whole number written in `text` from `start`, up to its end or a dot:
 * 1 to 15 digits, either together or in thousands (1-3 digits, then groups of
 * ",ddd"); -1 for any other text.
 */
function wholeNumber(text: string, start: number): number {
    let value = 0;
    let digits = 0;
    let group = 0;
    let grouped = false;
    let i = start;
    for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= DIGIT_0 && code <= DIGIT_9) {
            value = value * 10 + (code - DIGIT_0);
            digits++;
            group++;
        } else if (code === COMMA) {
            if (grouped ? group !== 3 : group === 0 || group > 3) {
                return -1;
            }
            grouped = true;
            group = 0;
        } else {
            break;
        }
    }
    if (digits === 0 || digits > EXACT_DIGITS || (grouped && group !== 3)) {
        return -1;
    }
    wholeEnd = i;
    return value;
}

/** Whether `text` from `start` to its end is one digit or more. */
function digitsToEnd(text: string, start: number): boolean {
    if (start >= text.length) {
        return false;
    }
    for (let i = start; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < DIGIT_0 || code > DIGIT_9) {
            return false;
        }
    }
    return true;
}

/** parseDecimal of a whole number, or of a fraction written without commas (which Number reads as it is); else undefined. */
function commonDecimal(text: string): number | undefined {
    const negative = text.charCodeAt(0) === MINUS;
    const whole = wholeNumber(text, negative ? 1 : 0);
    if (whole < 0) {
        return undefined;
    }
    if (wholeEnd === text.length) {
        return negative ? -whole : whole;
    }
    if (text.charCodeAt(wholeEnd) !== DOT || !digitsToEnd(text, wholeEnd + 1) || text.includes(',')) {
        return undefined;
    }
    return Number(text);
}

/** parseMoney of a sign, a currency symbol, a whole number and a fraction of digits; else undefined. */
function commonMoney(text: string): number | undefined {
    const negative = text.charCodeAt(0) === MINUS;
    const symbol = negative ? 1 : 0;
    if (!CURRENCY_CODES.has(text.charCodeAt(symbol))) {
        return undefined;
    }
    const whole = wholeNumber(text, symbol + 1);
    if (whole < 0) {
        return undefined;
    }
    let pence = 0;
    if (wholeEnd < text.length) {
        if (text.charCodeAt(wholeEnd) !== DOT || !digitsToEnd(text, wholeEnd + 1)) {
            return undefined;
        }
        // The general reading's first two digits of the fraction, a missing second read as 0.
        const second = wholeEnd + 2 < text.length ? text.charCodeAt(wholeEnd + 2) - DIGIT_0 : 0;
        pence = (text.charCodeAt(wholeEnd + 1) - DIGIT_0) * 10 + second;
    }
    return (whole * 100 + pence) * (negative ? -1 : 1);
}
