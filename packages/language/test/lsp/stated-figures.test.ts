import { VALUE_LIMITS, withinLimits } from '@autonomy/analysis';
import fc from 'fast-check';
import { CstUtils } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { AutonomyFile } from '../../src/generated/ast.js';
import { statedFigures } from '../../src/lsp/stated-figures.js';
import { createTestServices, EXAMPLES_DIR, exampleFiles, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper<AutonomyFile>(Autonomy);

describe('the figures a model states (what the web edition scrubs)', () => {
    it('names, reads and classes north-locality figures as the file writes them', async () => {
        const document = await parse(readText(`${EXAMPLES_DIR}north-locality.autonomy`));
        const figures = statedFigures(document.parseResult.value);
        const find = (group: string, label: string) => figures.find(f => f.group === group && f.label === label);
        expect(find('Riverside Surgery', 'list size')).toMatchObject({ text: '8,200', value: 8200, kind: 'count', input: true });
        expect(find('Riverside Surgery', 'crisis risk')).toMatchObject({ text: '40%', value: 0.4, kind: 'percent' });
        expect(find('Hillside Medical Centre', 'sustainability gap')).toMatchObject({ text: '£25,000', value: 2_500_000, kind: 'money' });
        expect(find('Trust of Oakfield Practice in North Primary Care Network', 'self-orientation')).toMatchObject({ text: '5', value: 5, kind: 'trust' });
        expect(find('Shared document management hub', 'shared cost per patient')).toMatchObject({ text: '£1.50', value: 150, kind: 'money' });
        expect(find('Shared document management hub', 'Castle Street Surgery\'s current cost')).toMatchObject({ text: '£9,000', value: 900_000 });
        expect(find('Paramedic-led home visiting', 'degree of Home visiting ceded')).toMatchObject({ text: '50%', value: 0.5, kind: 'percent' });
        expect(find('Paramedic-led home visiting', 'patients per step')).toMatchObject({ text: '20,000', kind: 'step-size' });
        expect(find('Merge into one partnership', 'merger saving')).toMatchObject({ text: '£120,000', kind: 'total', input: false });
        expect(find('County Hospital', 'population served')).toMatchObject({ value: 300_000, kind: 'count', input: false });
        expect(find('Model settings', 'trust threshold')).toMatchObject({ text: '3.0', value: 3, kind: 'threshold' });
        // Offsets point at the literal as written.
        const text = document.textDocument.getText();
        for (const figure of figures) {
            expect(text.slice(figure.offset, figure.end)).toBe(figure.text);
        }
    });

    it('describes every literal in every example but the planning horizon, each inside its limits', async () => {
        for (const file of exampleFiles().filter(f => !f.includes('/broken/'))) {
            const document = await parse(readText(file));
            const root = document.parseResult.value;
            const figures = statedFigures(root);
            const literals = CstUtils.flattenCst(root.$cstNode!).toArray().filter(leaf => ['MONEY', 'PERCENT', 'NUMBER'].includes(leaf.tokenType.name));
            const horizons = literals.filter(leaf => leaf.astNode.$type === 'HorizonSetting');
            expect(figures.map(f => f.offset), file).toEqual(literals.filter(leaf => !horizons.includes(leaf)).map(leaf => leaf.offset));
            for (const figure of figures) {
                expect(withinLimits(figure.kind, figure.value), `${file}: ${figure.group} ${figure.label} ${figure.text}`).toBe(true);
            }
        }
    });

    it('the validator flags a trust score or a percentage exactly when it is outside the shared limits', async () => {
        const trustModel = (score: string) => `practice A { list size 1 }
collective N { members A }
trust A -> N { credibility ${score} reliability 5 intimacy 5 self-orientation 5 }`;
        const percentModel = (percent: string) => `practice A { list size 1 crisis risk ${percent} }`;
        const flagged = async (text: string, code: string) => {
            const document = await parse(text, { validation: true });
            return (document.diagnostics ?? []).some(d => d.code === code);
        };
        await fc.assert(fc.asyncProperty(fc.integer({ min: -20, max: 140 }), async tenths => {
            const score = tenths / 10;
            expect(await flagged(trustModel(String(score)), 'trust-score-out-of-range')).toBe(!withinLimits('trust', score));
        }), { numRuns: 60 });
        await fc.assert(fc.asyncProperty(fc.integer({ min: -50, max: 150 }), async percent => {
            expect(await flagged(percentModel(`${percent}%`), 'percentage-out-of-range')).toBe(!withinLimits('percent', percent / 100));
        }), { numRuns: 60 });
        expect(VALUE_LIMITS.trust).toMatchObject({ min: 1, max: 10 });
    });
});
