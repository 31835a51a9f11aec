/** Real output, from the example and from generated and edge-case models, validates against the published schema. */
import { Ajv } from 'ajv';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ANALYSIS_SCHEMA_VERSION, analyse } from '../src/index.js';
import { initiative, modelOf, practice } from './fixtures.js';
import { parseModel } from './parse-model.js';
import { thirteenPracticesNearTie } from './thirteen-practices.js';

const schema = JSON.parse(readFileSync(new URL('../schema/analysis-result.schema.json', import.meta.url), 'utf8')) as {
    $id: string;
    properties: { schemaVersion: { const: string } };
};
const validate = new Ajv({ allErrors: true }).compile(schema);

function expectValid(result: unknown): void {
    const ok = validate(JSON.parse(JSON.stringify(result)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
}

describe('analysis-result.schema.json', () => {
    test('is versioned with ANALYSIS_SCHEMA_VERSION', () => {
        expect(schema.properties.schemaVersion.const).toBe(ANALYSIS_SCHEMA_VERSION);
        expect(schema.$id).toContain(ANALYSIS_SCHEMA_VERSION);
    });

    const examples = new URL('../../../examples/', import.meta.url);
    for (const file of readdirSync(examples).filter(f => f.endsWith('.autonomy'))) {
        test(`validates the analysis of examples/${file}`, async () => {
            const model = await parseModel(readFileSync(new URL(file, examples), 'utf8'));
            expectValid(analyse(model));
            // With decision support: sharing rules, the deal and voting power (schema 1.2.0).
            expectValid(analyse(model, { decisionSupport: true }));
        });
    }

    test('validates Monte Carlo output, loss-making initiatives and empty models', () => {
        const ids = Array.from({ length: 25 }, (_, i) => `P${i}`);
        const big = modelOf({ pops: ids.map((_, i) => 1_000 + i), costs: ids.map(() => 100_000), terms: [{ kind: 'fixed', amount: 5_000_000 }] });
        const result = analyse(big);
        expect(result.initiatives[0].method).toBe('monte-carlo');
        expect(result.initiatives[0].lossMaking).toBe(true);
        expectValid(result);
        expectValid(analyse({ ...big, practices: [practice('A', 0)], initiatives: [initiative('E', [], [], [])] }));
        expectValid(analyse({ ...big, practices: [practice('A', 0)], initiatives: [initiative('E', [], [], [])] }, { decisionSupport: true }));
    });

    test('validates a practice whose paradox verdict rests on estimated fair shares', () => {
        const result = analyse(thirteenPracticesNearTie(), { exactLimit: 12 });
        expect(result.practices[1].paradoxVerdictUncertain).toBeDefined();
        expectValid(result);
    });

    test('rejects output that breaks the contract', () => {
        const result = structuredClone(analyse(modelOf({ pops: [1, 2], costs: [5, 6], terms: [] })));
        result.initiatives[0].shares[0].fairShare = 1.5;
        expect(validate(result)).toBe(false);
    });
});
