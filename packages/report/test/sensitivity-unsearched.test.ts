/**
 * The sensitivity section's verdict count on a partial search: inputs that
 * move Monte Carlo fair shares are not searched (InputBreakEven.notSearched),
 * so "none of the verdicts flips within 10% of any input" would claim what
 * was never tried.
 */
import type { SensitivityResult, VerdictSensitivity } from '@autonomy/analysis';
import { describe, expect, it } from 'vitest';
import { plainText } from '../src/document.js';
import { sensitivitySection } from '../src/sections/sensitivity.js';

const input = (id: string, label: string) => ({ id, ref: { kind: 'list-size' as const, practice: id }, label, unit: 'count' as const, value: 1000, min: 0, max: 100_000, step: 1, fragileWithin: 200 });

function result(notSearched: boolean, fragile = false): SensitivityResult {
    const verdict: VerdictSensitivity = {
        id: 'paradox:A', ref: { kind: 'paradox', practice: 'A' }, subject: "Ash Surgery's paradox verdict", verdict: 'better-ceding', verdictLabel: 'better off ceding',
        fragile, notSearched: notSearched ? 1 : 0,
        breakEvens: [
            fragile
                ? { input: 'A', down: { value: 900, becomes: 'better-alone', becomesLabel: 'better off alone', withinFragileBand: true }, up: null }
                : { input: 'A', down: null, up: null },
            ...(notSearched ? [{ input: 'B', notSearched: 'estimated', down: null, up: null }] : [])
        ]
    };
    return { schemaVersion: '1.0.0', title: 'T', currency: '£', inputs: [input('A', "Ash Surgery's list size"), input('B', "Birch Practice's list size")], verdicts: [verdict], tornadoes: [], evaluations: 10 };
}

function text(r: SensitivityResult): string {
    return sensitivitySection(r).blocks.map(b => ('text' in b ? plainText(b.text) : 'caption' in b ? b.caption ?? '' : '')).join('\n');
}

describe('the sensitivity section on a partial search', () => {
    it('says no verdict flips only when every input was searched', () => {
        expect(text(result(false))).toContain('The one verdict does not flip within 10% of any input.');
    });

    it('does not say no verdict flips when some inputs were not searched', () => {
        const t = text(result(true));
        expect(t).not.toMatch(/flips? within 10% of any input\./);
        expect(t).toContain('The one verdict does not flip within 10% of an input searched; 1 input of 1 verdict was not searched '
            + '(the fair shares it moves are Monte Carlo estimates), so that verdict may still be fragile.');
    });

    it('counts fragile verdicts as at least so many when some inputs were not searched', () => {
        expect(text(result(false, true))).toContain('1 of 1 verdict is fragile');
        expect(text(result(true, true))).toContain('At least 1 of 1 verdict is fragile; 1 input of 1 verdict was not searched');
    });
});
