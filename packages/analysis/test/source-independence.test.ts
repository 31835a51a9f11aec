/**
 * The analysis reads nothing of a model's source locations: the editor relies
 * on this to reuse the last analysis of a document when an edit only moved
 * declarations (packages/language/src/analysis/analysis-provider.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { DomainModel } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { analyse } from '../src/index.js';
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
