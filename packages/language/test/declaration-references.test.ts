/**
 * The domain model's kept records compare each declaration's references with
 * those of the last build; in a tree from a full parse they are read as a
 * span of the tree's one list of references. The span must be exactly what a
 * walk of the declaration finds, or a record would be kept when a reference
 * of its own changed (or be given another declaration's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../src/autonomy-module.js';
import { referencesOfDeclaration } from '../src/domain-model/declaration-references.js';
import type * as ast from '../src/generated/ast.js';
import { astNodes, forEachReference, treeReferences } from '../src/speed/ast-walk.js';

const examples = new URL('../../../examples/', import.meta.url);
const texts: Array<[string, string]> = readdirSync(examples).filter(f => f.endsWith('.autonomy'))
    .map(f => [f, readFileSync(new URL(f, examples), 'utf8')]);
texts.push(['declarations without references between ones with', [
    'practice A { list size 1,000 }',
    'domain visiting { weight 2 }',
    'collective N { members A, Missing decides by consensus }',
    'practice B { list size 2,000 }',
    'initiative I { participants A, B cedes visiting 40% current cost A £3, B £1 }',
    'partner P { population 10 }'
].join('\n')]);

describe('a declaration\'s references in a fully parsed tree', () => {
    it.each(texts)('%s: the span is the walk of the declaration', async (_name, text) => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        const doc = await parseHelper<ast.AutonomyFile>(Autonomy)(text);
        const declarations = doc.parseResult.value.elements;
        expect(declarations.length).toBeGreaterThan(0);
        for (const declaration of declarations) {
            const walked = astNodes(declaration).flatMap(node => {
                const found: unknown[] = [];
                forEachReference(node, info => found.push(info.reference));
                return found;
            });
            const { list, start, end } = referencesOfDeclaration(declaration);
            // Read from the tree's list, not walked again.
            expect(list).toBe(treeReferences(doc.parseResult.value));
            const span = list.slice(start, end).map(info => info.reference);
            expect(span.length).toBe(walked.length);
            span.forEach((reference, i) => expect(reference).toBe(walked[i]));
        }
    });
});
