/**
 * The deal's words follow its figures: "gain" only when every benefit after
 * the deal is above zero; a participant left at exactly zero is named as
 * breaking even. Checked on generated deals and on one worked by hand.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dealMoney } from '../src/deal.js';
import { dealGainWords } from '../src/deal-words.js';

describe('deal gain words', () => {
    // Two practices: v({A}) = 0, v({B}) = 0, v(AB) = N = 100p; charged r = (150, -50). The least money moved
    // lifts B to exactly 0 (t_B = 50), so A keeps 100 and B ends at zero: B breaks even, nobody gains "every".
    test('by hand: B ends at exactly zero after the deal', () => {
        const values = Float64Array.from([0, 0, 0, 100]);
        const deal = dealMoney({ ids: ['A', 'B'], charged: [150, -50], netSaving: 100, values, coreEmpty: false, fairCompensation: [-100, 100] });
        if (deal.status !== 'deal') {
            throw new Error(`expected a deal, got ${deal.status}`);
        }
        expect(deal.benefitsAfter).toEqual([100, 0]);
        const words = dealGainWords(deal, ['A', 'B'], id => `Practice ${id}`);
        expect(words.makes).toBe('leaves no participant worse off (Practice B breaks even)');
        expect(words.holds).toBe('no participant loses (Practice B breaks even)');
    });

    test('generated: "every participant gains" exactly when every benefit after the deal is above zero', () => {
        fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 5 }), after => {
            const ids = after.map((_, k) => `P${k}`);
            const deal = {
                status: 'deal' as const, keepsEveryCoalition: true, benefitsAfter: after, transfers: after.map(() => 0), moneyMoved: 0,
                moneyMovedExact: '0', payments: [], fewestPayments: true, fairCompensationMoved: 0
            };
            const words = dealGainWords(deal, ids, id => id);
            expect(words.holds === 'every participant gains').toBe(after.every(b => b > 0));
            for (const [k, b] of after.entries()) {
                expect(words.holds.includes(`P${k}`)).toBe(b === 0);
            }
        }));
    });
});
