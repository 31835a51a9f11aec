/**
 * The compact index entry of an exported declaration
 * (src/references/compact-node-description.ts, issue 15: server memory) must
 * give what Langium's own entry gives, segments included, for every
 * declaration of every example model, and say the same in JSON.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DefaultAstNodeDescriptionProvider, EmptyFileSystem, type AstNodeDescription } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

const services = createAutonomyServices(EmptyFileSystem).Autonomy;
const parse = parseHelper(services);
const langiums = new DefaultAstNodeDescriptionProvider(services);

const fields = (d: AstNodeDescription) => ({
    node: d.node, name: d.name, type: d.type, documentUri: d.documentUri.toString(), path: d.path,
    nameSegment: d.nameSegment, selectionSegment: d.selectionSegment
});

describe('the compact index entry of a declaration', () => {
    it('gives what Langium\'s entry gives for every exported declaration of every example', async () => {
        let compared = 0;
        for (const file of modelFiles(EXAMPLES)) {
            const document = await parse(readFileSync(file, 'utf8'));
            const exported = await services.references.ScopeComputation.collectExportedSymbols(document);
            for (const description of exported) {
                expect(Object.getPrototypeOf(description)).not.toBe(Object.prototype);
                const reference = langiums.createDescription(description.node!, description.name, document);
                expect(fields(description)).toEqual(fields(reference));
                const { node: _node, ...plain } = reference;
                expect(JSON.parse(JSON.stringify(description))).toEqual(JSON.parse(JSON.stringify(plain)));
                compared++;
            }
        }
        expect(compared).toBeGreaterThan(100);
    });
});
