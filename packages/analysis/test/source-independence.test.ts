/**
 * The analysis reads nothing of a model's source locations: the editor relies
 * on this to reuse the last analysis of a document when an edit only moved
 * declarations (packages/language/src/analysis/analysis-provider.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { DomainModel } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { analyse, updatePracticeRisks } from '../src/index.js';
import { parseModel } from './parse-model.js';

const examples = new URL('../../../examples/', import.meta.url);
const exampleFiles = readdirSync(examples).filter(f => f.endsWith('.autonomy'));

/** The same model with every source location moved (or dropped, every third one). */
function moved(model: DomainModel): DomainModel {
    let n = 0;
    const visit = (value: unknown): unknown => {
        if (Array.isArray(value)) {
            return value.map(visit);
        }
        if (typeof value !== 'object' || value === null) {
            return value;
        }
        const copy: Record<string, unknown> = {};
        for (const [key, v] of Object.entries(value)) {
            if (key === 'source') {
                n++;
                if (n % 3 !== 0) {
                    copy.source = { uri: 'file:///elsewhere.autonomy', line: 1000 + n, character: n % 7 };
                }
            } else {
                copy[key] = visit(v);
            }
        }
        return copy;
    };
    return visit(model) as DomainModel;
}

describe('the analysis does not depend on source locations', () => {
    test.each(exampleFiles)('examples/%s: the same JSON with every source moved', async file => {
        const model = await parseModel(readFileSync(new URL(file, examples), 'utf8'));
        const json = JSON.stringify(analyse(model));
        expect(json).not.toContain('"source"');
        expect(JSON.stringify(analyse(moved(model)))).toBe(json);
    });
});

describe('updatePracticeRisks', () => {
    test.each(exampleFiles)('examples/%s: new crisis risks and gaps give what a fresh analysis gives', async file => {
        const model = await parseModel(readFileSync(new URL(file, examples), 'utf8'));
        const before = analyse(model);
        const risks = [0, 0.05, 0.37, 1, 1.5, -0.2, Number.NaN];
        const gaps = [0, 1, 250_000, 12_345_678, -500, 1e13];
        for (let round = 0; round < 4; round++) {
            const changed = model.practices.flatMap((_, i) => ((i + round) % 3 === 0 ? [i] : []));
            const next = structuredClone(model);
            for (const i of changed) {
                next.practices[i].crisisRisk = risks[(i + round) % risks.length];
                next.practices[i].gap = gaps[(i * 7 + round) % gaps.length];
            }
            const updated = updatePracticeRisks(before, next, changed);
            expect(JSON.stringify(updated)).toBe(JSON.stringify(analyse(next)));
        }
    });

    test('declines when the practices do not line up with the result', async () => {
        const model = await parseModel(readFileSync(new URL(exampleFiles[0], examples), 'utf8'));
        const result = analyse(model);
        const duplicated = { ...model, practices: [...model.practices, model.practices[0]] };
        expect(updatePracticeRisks(result, duplicated, [0])).toBeUndefined();
        const renamed = structuredClone(model);
        renamed.practices[0].id = 'renamed';
        expect(updatePracticeRisks(result, renamed, [0])).toBeUndefined();
    });
});
