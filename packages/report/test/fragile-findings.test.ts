/**
 * The summary covers fragile verdicts (DOMAIN.md item 16) when the report is
 * built with a sensitivity result, as `autonomy report --sensitivity` does.
 */
import { readFileSync } from 'node:fs';
import { analyse, analyseSensitivity } from '@autonomy/analysis';
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/build-report.js';

const { Autonomy } = createAutonomyServices(EmptyFileSystem);

describe('fragile verdicts in the summary', () => {
    it('names each fragile verdict with its nearest flip only when a sensitivity result is given', async () => {
        const text = readFileSync(new URL('../../../examples/document-hub.autonomy', import.meta.url), 'utf8');
        const model = Autonomy.model.DomainModelBuilder.build(await parseHelper(Autonomy)(text));
        const sensitivity = analyseSensitivity(model);
        const fragile = sensitivity.verdicts.filter(v => v.fragile);
        expect(fragile.length).toBeGreaterThan(0);
        const base = { model, analysis: analyse(model), diagnostics: [], date: '2026-12-01' };
        const without = buildReport(base);
        expect(without.findings.some(f => f.kind === 'fragile')).toBe(false);
        const doc = buildReport({ ...base, sensitivity });
        const sentences = doc.findings.filter(f => f.kind === 'fragile');
        expect(sentences.length).toBeGreaterThan(0);
        for (const f of sentences) {
            const claim = f.claims.find(c => c.about === 'fragile');
            const verdict = fragile.find(v => claim?.about === 'fragile' && v.id === claim.verdict);
            expect(verdict).toBeDefined();
            expect(f.sentence).toContain(`${verdict?.subject} (${verdict?.verdictLabel}) is fragile`);
        }
    }, 120_000);
});
