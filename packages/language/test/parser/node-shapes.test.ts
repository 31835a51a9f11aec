/**
 * Nodes of the same text parsed by two services' parsers have the same V8
 * hidden classes (src/parser/autonomy-parser.ts, nodeConstructor): code the
 * JIT optimised for one parser's nodes then serves the next one's, as it does
 * for Langium's own nodes. With a constructor per parser every pair differed,
 * and a build in fresh services compiled again what earlier builds had.
 * Needs `--allow-natives-syntax` in the test workers (vitest.config.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AstNode, EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';

// %HaveSameMap is V8's natives syntax, which TypeScript cannot parse: compiled at run time.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b);') as (a: object, b: object) => boolean;

/** The AST's nodes in a walk of their own properties (the same order for the same text). */
function nodes(root: AstNode): AstNode[] {
    const out: AstNode[] = [];
    const visit = (value: unknown): void => {
        if (Array.isArray(value)) {
            value.forEach(visit);
        } else if (value && typeof value === 'object' && '$type' in value) {
            const node = value as AstNode & Record<string, unknown>;
            out.push(node);
            for (const [key, child] of Object.entries(node)) {
                if (!key.startsWith('$')) {
                    visit(child);
                }
            }
        }
    };
    visit(root);
    return out;
}

describe('the parser\'s nodes', () => {
    it('share their hidden classes across parsers', () => {
        const text = readFileSync(join(import.meta.dirname, '../../../../examples/federation-of-networks.autonomy'), 'utf8');
        const parse = () => createAutonomyServices(EmptyFileSystem).Autonomy.parser.LangiumParser.parse(text).value;
        const first = nodes(parse());
        const second = nodes(parse());
        expect(second.length).toBe(first.length);
        expect(first.length).toBeGreaterThan(50);
        const differing = first.flatMap((node, i) => (haveSameMap(node, second[i]) ? [] : [`${node.$type} #${i}`]));
        expect(differing).toEqual([]);
    });
});
