/**
 * `autonomy sensitivity`'s headline count on a partial search: inputs that
 * move Monte Carlo fair shares are not searched, so "0 verdicts are fragile"
 * claims what was never tried. The count is then "among the inputs searched".
 */
import type { SensitivityResult } from '@autonomy/analysis';
import { describe, expect, it } from 'vitest';
import { formatSensitivityPretty } from '../src/formats/sensitivity-pretty.js';

const plain = (text: string) => text;
const palette = { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain };

function result(notSearched: boolean): SensitivityResult {
    return {
        schemaVersion: '1.0.0', title: 'T', currency: '£', tornadoes: [], evaluations: 10,
        inputs: [{ id: 'A', ref: { kind: 'list-size', practice: 'A' }, label: "Ash Surgery's list size", unit: 'count', value: 1000, min: 0, max: 100_000, step: 1, fragileWithin: 200 }],
        verdicts: [{
            id: 'paradox:A', ref: { kind: 'paradox', practice: 'A' }, subject: "Ash Surgery's paradox verdict", verdict: 'better-ceding', verdictLabel: 'better off ceding',
            fragile: false, notSearched: notSearched ? 1 : 0,
            breakEvens: [{ input: 'A', down: null, up: null }, ...(notSearched ? [{ input: 'B', notSearched: 'estimated', down: null, up: null }] : [])]
        }]
    };
}

describe('the sensitivity headline on a partial search', () => {
    it('counts fragile verdicts plainly when every input was searched', () => {
        expect(formatSensitivityPretty(result(false), palette)).toContain('0 verdicts are fragile (an input moving by 10%');
    });

    it('counts them among the inputs searched, and says how many were not', () => {
        const text = formatSensitivityPretty(result(true), palette);
        expect(text).not.toContain('0 verdicts are fragile (');
        expect(text).toContain('0 verdicts are fragile among the inputs searched (an input moving by 10%, or 5 points for a percentage, flips it); '
            + '1 input of 1 verdict was not searched (the fair shares it moves are Monte Carlo estimates).');
    });
});
