import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../src/autonomy-module.js';
import type { AutonomyFile } from '../src/generated/ast.js';

describe('north-locality example', () => {
    it('parses, links and builds a domain model', async () => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        const parse = parseHelper<AutonomyFile>(Autonomy);
        const text = readFileSync(new URL('../../../examples/north-locality.autonomy', import.meta.url), 'utf8');
        const doc = await parse(text, { validation: true });
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect(doc.parseResult.parserErrors).toEqual([]);
        expect(doc.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
        const model = Autonomy.model.DomainModelBuilder.build(doc);
        expect(model.settings.title).toBe('North Locality');
        expect(model.practices.map(p => p.listSize)).toEqual([8200, 14500, 9800, 6100, 4400]);
        expect(model.initiatives[0].sharedCost).toEqual([{ kind: 'fixed', amount: 3_000_000 }, { kind: 'per-patient', amount: 150 }]);
        expect(model.initiatives[1].sharedCost).toEqual([{ kind: 'per-step', amount: 5_500_000, stepSize: 20000 }]);
        expect(model.initiatives[1].cessions).toEqual([{ domain: 'visiting', degree: 0.5, practices: undefined }]);
        expect(model.collectives[0].decisionRule).toBe('consensus');
    });
});
