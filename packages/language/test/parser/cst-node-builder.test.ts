/**
 * The CST builder (src/parser/cst-node-builder.ts) keeps the children of the
 * open nodes in one shared list. The parser tests compare whole parses with
 * Langium's; these drive the builder directly, for what a parse does not
 * reach: nodes still open when the parse ends.
 */
import { type CompositeCstNode, type CstNode, CstNodeBuilder } from 'langium';
import { describe, expect, it } from 'vitest';
import { AutonomyCstNodeBuilder } from '../../src/parser/cst-node-builder.js';

type Token = Parameters<CstNodeBuilder['buildLeafNode']>[0];
type Feature = Parameters<CstNodeBuilder['buildCompositeNode']>[0];

const TEXT = 'a b c d';
const tokenType = { name: 'ID' } as Token['tokenType'];
const token = (startOffset: number): Token => ({ startOffset, image: TEXT.charAt(startOffset), tokenType } as Token);
const feature = {} as Feature;

/** Each node written as its text, composites in brackets. */
function shape(node: CstNode): string {
    const children = (node as CompositeCstNode).content as CstNode[] | undefined;
    return children ? `[${children.map(shape).join(' ')}]` : node.text;
}

describe('the CST builder', () => {
    it('gives the nodes a parse leaves open their children, and keeps none of them in its list', () => {
        for (const Builder of [CstNodeBuilder, AutonomyCstNodeBuilder]) {
            const builder = new Builder();
            const root = builder.buildRootNode(TEXT);
            builder.buildLeafNode(token(0), feature);
            const outer = builder.buildCompositeNode(feature);
            builder.buildLeafNode(token(2), feature);
            builder.buildCompositeNode(feature);
            builder.buildLeafNode(token(4), feature);
            builder.addHiddenNodes([token(6)]);
            (builder as { finishOpenNodes?(): void }).finishOpenNodes?.();
            expect([Builder.name, shape(root)]).toEqual([Builder.name, '[a [b [c d]]]']);
            expect(outer.container).toBe(root);
            if (builder instanceof AutonomyCstNodeBuilder) {
                // A new parse starts from an empty list: nothing of this one is kept alive by it.
                expect((builder as unknown as { open: unknown[] }).open).toEqual([]);
            }
        }
    });
});
