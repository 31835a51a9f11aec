/**
 * Literals reach the AST as values (the parser's value converter), and what a
 * value leaves out is read from the literal as written (written-literal.ts).
 * The messages and fixes quote the literal as written, exactly as they did
 * when every check re-read the text.
 */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../src/autonomy-module.js';
import * as ast from '../src/generated/ast.js';
import { currencyOf, finerThanMinor, generalDecimal, generalMoney, parseDecimal, parseMoney, parsePercent } from '../src/literals.js';
import { writtenLiteral } from '../src/parser/written-literal.js';
import { diagnosticCode, diagnosticMessage } from '../src/validation/plain-diagnostic.js';

const { Autonomy } = createAutonomyServices(EmptyFileSystem);
const parse = parseHelper<ast.AutonomyFile>(Autonomy);

async function gapOf(amount: string): Promise<ast.SustainabilityGap> {
    const doc = await parse(`practice A { sustainability gap ${amount} }`);
    const practice = doc.parseResult.value.elements[0] as ast.Practice;
    return practice.properties.find(ast.isSustainabilityGap)!;
}

/** What these models leave out on purpose (a practice's list size) or cannot give (an analysis of wrong figures). */
const UNRELATED = new Set(['missing-required-property', 'analysis-skipped']);

/** Code, message and the quick fix's replacement of each diagnostic, in the order reported. */
async function messages(text: string): Promise<Array<[string, string, unknown]>> {
    const doc = await parse(text, { validation: true });
    return (doc.diagnostics ?? []).filter(d => !UNRELATED.has(diagnosticCode(d)))
        .map(d => [diagnosticCode(d), diagnosticMessage(d), (d.data as { replacement?: unknown } | undefined)?.replacement]);
}

describe('literal readings', () => {
    it('read money in minor units (digits finer than a penny dropped), percentages as fractions, numbers without separators', () => {
        expect([parseMoney('£12,345,678.90'), parseMoney('-£3.505'), parseMoney('€1.500'), parseMoney('nope')]).toEqual([1_234_567_890, -350, 150, undefined]);
        expect(['£12,345,678.90', '-£3.505', '€1.500', '¥1.0001', '$1.05'].map(m => [currencyOf(m), finerThanMinor(m)]))
            .toEqual([['£', false], ['£', true], ['€', false], ['¥', true], ['$', false]]);
        expect([currencyOf('8,200'), currencyOf('-40%'), currencyOf('')]).toEqual([undefined, undefined, undefined]);
        expect([parsePercent('40%'), parsePercent('12.5%'), parsePercent('4x')]).toEqual([0.4, 0.125, undefined]);
        expect([parseDecimal('8,200'), parseDecimal('1,234,567,890.5'), parseDecimal('a')]).toEqual([8200, 1_234_567_890.5, undefined]);
    });
});

/** Texts near the literals' shapes: signs, symbols, digit runs of any length, commas and dots anywhere, exponents, spaces. */
const nearLiteral = fc.oneof(
    fc.array(fc.constantFrom('0', '1', '5', '9', '0', '7', ',', '.', '-', '£', '€', '$', '¥', 'e', 'E', '+', ' ', 'x', '%', '00', '000', ',000', '999'), { maxLength: 14 }).map(parts => parts.join('')),
    fc.tuple(
        fc.constantFrom('', '-', ' ', '--', '+'), fc.constantFrom('', '', '£', '€', '$', '¥', '£ '),
        fc.oneof(fc.nat(), fc.maxSafeNat(), fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String), fc.stringMatching(/^0{0,3}\d{1,20}$/)),
        fc.constantFrom('', ',', ';'), fc.constantFrom('', '.', '.5', '.05', '.505', '.', '.0001', 'e5', '.5e-3', ' ', ','), fc.boolean()
    ).map(([sign, symbol, digits, separator, fraction, grouped]) => {
        const whole = String(digits);
        // Thousands groups where they belong, or every few digits where they do not.
        const groupedWhole = separator === '' ? whole : grouped
            ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
            : whole.replace(/(\d{2})(?=\d)/g, `$1${separator}`);
        return sign + symbol + groupedWhole + fraction;
    })
);

describe('the fast readings of common literals', () => {
    it('give exactly what the general readings give, for any text (property)', () => {
        fc.assert(fc.property(nearLiteral, text => {
            // toBe: Object.is, so -0 and 0 differ, and NaN and undefined are told apart.
            expect(parseDecimal(text)).toBe(generalDecimal(text));
            expect(parseMoney(text)).toBe(generalMoney(text));
        }), { numRuns: 20_000 });
    });

    it('give the general readings at the edges: leading zeros, misplaced commas, huge values, exponents, signs', () => {
        const edges = ['0', '-0', '007', '0,001', '00,001', '1,00', ',100', '100,', '1,,000', '1,0000', '1234,567', '999,999,999,999,999', '9,999,999,999,999,999',
            '1234567890123456', '123456789012345', '1e3', '1.5e3', '1.', '.5', '-.5', '1.2.3', '1,000.50', '1000.50', '-1,000', ' 5', '5 ', ''];
        for (const digits of edges) {
            for (const text of [digits, `£${digits}`, `-£${digits}`, `€${digits}`, `-${digits}`]) {
                expect([text, parseDecimal(text)]).toEqual([text, generalDecimal(text)]);
                expect([text, parseMoney(text)]).toEqual([text, generalMoney(text)]);
                expect(Object.is(parseDecimal(text), generalDecimal(text)) && Object.is(parseMoney(text), generalMoney(text))).toBe(true);
            }
        }
    });
});

describe('literals in the AST', () => {
    it('hold their values, converted once by the parser', async () => {
        const doc = await parse([
            'model "M" { horizon 5 years trust threshold 2.5 }',
            'domain d weight 1.50',
            'practice A { list size 8,200 sustainability gap £60,000 crisis risk 40% }',
            'partner P serves 300,000 patients',
            'initiative I { participants A cedes d 12.5% shared cost £5,000 per 20 patients charged A 100% investment -£3.505 }'
        ].join('\n'));
        const file = doc.parseResult.value;
        expect(doc.parseResult.parserErrors).toEqual([]);
        const settings = file.settings[0].entries;
        expect(settings.find(ast.isHorizonSetting)?.years).toBe(5);
        expect(settings.find(ast.isTrustThresholdSetting)?.value).toBe(2.5);
        expect(file.elements.find(ast.isDomain)?.weight).toBe(1.5);
        const practice = file.elements.find(ast.isPractice)!;
        expect(practice.properties.find(ast.isListSize)?.value).toBe(8200);
        expect(practice.properties.find(ast.isSustainabilityGap)?.amount).toBe(6_000_000);
        expect(practice.properties.find(ast.isCrisisRisk)?.value).toBe(0.4);
        expect(file.elements.find(ast.isPartner)?.population).toBe(300_000);
        const initiative = file.elements.find(ast.isInitiative)!;
        expect(initiative.properties.find(ast.isCession)?.degree).toBe(0.125);
        const term = initiative.properties.find(ast.isSharedCost)!.terms[0];
        expect([term.amount, term.stepSize]).toEqual([500_000, 20]);
        expect(initiative.properties.find(ast.isCharging)?.shares[0].share).toBe(1);
        const investment = initiative.properties.find(ast.isInvestment)!;
        expect(investment.amount).toBe(-350);
        expect(writtenLiteral(investment, 'amount')).toBe('-£3.505');
        expect(writtenLiteral(practice.properties.find(ast.isListSize)!, 'value')).toBe('8,200');
        expect(writtenLiteral(initiative.properties.find(ast.isCharging)!.shares[0], 'share')).toBe('100%');
        // The share's percentage is its own node's, not the charging line's.
        expect(writtenLiteral(initiative.properties.find(ast.isCharging)!, 'shares')).toBeUndefined();
        const recovered = (await parse('practice B { list size }')).parseResult.value.elements[0] as ast.Practice;
        expect(writtenLiteral(recovered.properties.find(ast.isListSize)!, 'value')).toBeUndefined();
    });

    it('any money literal: its value is the whole pence written (finer digits dropped), its written form is the text', async () => {
        const amounts = fc.record({
            negative: fc.boolean(),
            currency: fc.constantFrom('£', '€', '$', '¥'),
            pounds: fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 1e9 })),
            separators: fc.boolean(),
            fraction: fc.option(fc.stringMatching(/^\d{1,5}$/), { nil: undefined })
        });
        await fc.assert(fc.asyncProperty(amounts, async ({ negative, currency, pounds, separators, fraction }) => {
            const units = separators ? pounds.toLocaleString('en-GB') : String(pounds);
            const text = `${negative ? '-' : ''}${currency}${units}${fraction === undefined ? '' : `.${fraction}`}`;
            const pence = Number(((fraction ?? '') + '00').slice(0, 2));
            const gap = await gapOf(text);
            expect(gap.amount).toBe((pounds * 100 + pence) * (negative ? -1 : 1));
            expect(writtenLiteral(gap, 'amount')).toBe(text);
            expect([currencyOf(text), finerThanMinor(text)]).toEqual([currency, /[1-9]/.test((fraction ?? '').slice(2))]);
        }), { numRuns: 200 });
    });
});

describe('messages and fixes quote the literal as written', () => {
    it('money: negative, finer than a penny, above the limit, in another currency', async () => {
        expect(await messages('practice A { sustainability gap -£3.505 }\npractice B { sustainability gap €1,000,000,000.01 }')).toEqual([
            ['currency-mismatch', '€1,000,000,000.01 is in €, but this file\'s amounts are in £. Write every amount in £.', '£1,000,000,000.01'],
            ['negative-value', 'The sustainability gap -£3.505 is negative; amounts are written as positive sums.', '£3.505'],
            ['sub-penny-amount', 'The sustainability gap -£3.505 is finer than one penny; write it to at most two decimals, e.g. -£3.50.', '-£3.50'],
            ['value-too-large', 'The sustainability gap €1,000,000,000.01 is above €1,000,000,000, the largest amount the analysis works with; '
                + 'check the figure (an extra digit?), or state the model in thousands.', undefined]
        ]);
    });

    it('money beyond 2^53 pence is an error naming the limit, not a rounded figure', async () => {
        const [[code, message]] = await messages('practice A { sustainability gap £123,456,789,012,345,678 }');
        expect(code).toBe('value-too-large');
        expect(message).toContain('£123,456,789,012,345,678 is above £1,000,000,000,');
    });

    it('numbers: a fractional list size, a negative population, a zero horizon, a trust score out of range', async () => {
        expect(await messages([
            'model "M" { horizon 0.0 years }',
            'practice A { list size 8,200.5 }',
            'partner P serves -1,000 patients',
            'collective C { members A decides by consensus }',
            'trust A -> C { credibility 11.0 reliability 5 intimacy 5 self-orientation 5 }'
        ].join('\n'))).toEqual([
            ['horizon-not-positive', 'A planning horizon of 0.0 years is not a period; state a horizon of at least one year.', undefined],
            ['fractional-list-size', 'The list size 8,200.5 is not a whole number of patients; write the registered list size.', undefined],
            ['negative-value', 'The population -1,000 is negative; it must be zero or more.', '1,000'],
            ['trust-score-out-of-range', 'The credibility score 11.0 is outside 1..10; Green\'s trust components are scored from 1 to 10.', undefined]
        ]);
    });
});

describe('the outline quotes literals as written', () => {
    it('and says when the parser recovered a property without its figure', async () => {
        const doc = await parse('domain d weight 1.50\npractice A { list size 8,200 }\npractice B { list size }\npartner P serves 300,000 patients');
        const symbols = await Autonomy.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: { uri: doc.uri.toString() } });
        expect(symbols.map(s => s.detail)).toEqual(['weight 1.50', '8,200 patients', 'no list size', 'serves 300,000 patients']);
    });
});
