/** Real sensitivity and comparison output validates against the published schemas. */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COMPARISON_SCHEMA_VERSION, SENSITIVITY_SCHEMA_VERSION, analyse, analyseSensitivity, compareScenarios } from '../src/index.js';
import { modelOf } from './fixtures.js';
import { parseModel } from './parse-model.js';
import { thirteenPracticesNearTie } from './thirteen-practices.js';

function validator(file: string): (data: unknown) => void {
    const schema = JSON.parse(readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    return data => {
        const ok = validate(JSON.parse(JSON.stringify(data)));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
    };
}

describe('sensitivity-result.schema.json and comparison-result.schema.json', () => {
    const sensitivity = validator('sensitivity-result.schema.json');
    const comparison = validator('comparison-result.schema.json');

    test('are versioned with their constants', () => {
        const read = (f: string) => JSON.parse(readFileSync(new URL(`../schema/${f}`, import.meta.url), 'utf8')) as { properties: { schemaVersion: { const: string } } };
        expect(read('sensitivity-result.schema.json').properties.schemaVersion.const).toBe(SENSITIVITY_SCHEMA_VERSION);
        expect(read('comparison-result.schema.json').properties.schemaVersion.const).toBe(COMPARISON_SCHEMA_VERSION);
    });

    test('validate the sensitivity and a comparison of examples/north-locality', async () => {
        const model = await parseModel(readFileSync(new URL('../../../examples/north-locality.autonomy', import.meta.url), 'utf8'));
        const result = analyseSensitivity(model);
        expect(result.verdicts.length).toBeGreaterThan(0);
        sensitivity(result);
        const other = analyse(modelOf({ pops: [1_000, 2_000], costs: [500_000, 600_000], terms: [] }));
        comparison(compareScenarios([{ name: 'north', file: 'north.autonomy', result: analyse(model) }, { name: 'other', result: other }]));
    }, 60_000);

    test('validate a comparison with a paradox verdict resting on estimated fair shares', () => {
        const model = thirteenPracticesNearTie();
        const result = compareScenarios([{ name: 'exact', result: analyse(model) }, { name: 'estimated', result: analyse(model, { exactLimit: 12 }) }]);
        expect(result.practices[1].figures[1]?.verdictUncertain).toBe(true);
        comparison(result);
    });

    test('validate output with pairs not searched (Monte Carlo fair shares)', () => {
        const model = modelOf({ pops: [1_000, 2_000, 3_000], costs: [500_000, 600_000, 700_000], terms: [{ kind: 'fixed', amount: 900_000 }] });
        const result = analyseSensitivity(model, { exactLimit: 2 });
        expect(result.verdicts.some(v => v.notSearched > 0)).toBe(true);
        sensitivity(result);
    });
});
