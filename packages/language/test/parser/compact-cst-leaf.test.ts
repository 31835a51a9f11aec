/**
 * The compact CST leaf (src/parser/compact-cst-leaf.ts, issue 15: server
 * memory) computes its line and column from its offset. Its positions must be
 * those Langium's own leaf stores, which come from Chevrotain's line counting,
 * on every example model (broken ones included) and on generated texts mixing
 * the three line ends, comments and strings across lines; the line index
 * against the reference implementation of LSP positions
 * (vscode-languageserver-textdocument).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CstNodeBuilder, CstUtils, EmptyFileSystem, isLeafCstNode, type LangiumParser, type LeafCstNode, TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { anyLineStarts, CompactLeafCstNode, lineFeedStarts, lineStarts, positionIn } from '../../src/parser/compact-cst-leaf.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

const ours = createAutonomyServices(EmptyFileSystem).Autonomy.parser.LangiumParser;
const langiums = createAutonomyServices(EmptyFileSystem).Autonomy.parser.LangiumParser;
// The same parser with Langium's own builder, whose leaves store Chevrotain's lines and columns.
(langiums as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new CstNodeBuilder();

function leaves(parser: LangiumParser, text: string): LeafCstNode[] {
    const root = parser.parse(text).value.$cstNode!;
    return CstUtils.streamCst(root).filter(isLeafCstNode).toArray();
}

const describeLeaf = (leaf: LeafCstNode) => ({
    offset: leaf.offset, length: leaf.length, end: leaf.end, range: leaf.range, hidden: leaf.hidden,
    tokenType: leaf.tokenType.name, grammar: leaf.grammarSource?.$type, text: leaf.text
});

function expectLangiumPositions(text: string): void {
    const compact = leaves(ours, text);
    expect(compact.every(leaf => leaf instanceof CompactLeafCstNode)).toBe(true);
    const langium = leaves(langiums, text);
    expect(compact.map(describeLeaf)).toEqual(langium.map(describeLeaf));
    // Both parsers share the grammar: each leaf's element is the very object Langium's leaf has.
    expect(compact.every((leaf, i) => leaf.grammarSource === langium[i].grammarSource)).toBe(true);
}

describe('the compact CST leaf', () => {
    it('has the positions of Langium\'s leaf on every example model', () => {
        const files = modelFiles(EXAMPLES);
        expect(files.length).toBeGreaterThan(10);
        for (const file of files) {
            expectLangiumPositions(readFileSync(file, 'utf8'));
        }
    });

    it('has the positions of Langium\'s leaf across "\\n", "\\r\\n" and "\\r" line ends, comments and strings over lines', () => {
        const piece = fc.constantFrom(
            'practice A {', ' list size 8,200', ' crisis risk 35%', '}', 'practice "B c" {', '}',
            '\n', '\r\n', '\r', '  ', '// a comment', '/* over\r\ntwo\rlines\n */', '"a string\nover lines"', 'é', '😀', '$'
        );
        fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), pieces => {
            expectLangiumPositions(pieces.join(''));
        }));
    });

    it('finds lines and columns as the LSP\'s text document does', () => {
        const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '😀'), { maxLength: 60 }).map(parts => parts.join(''));
        fc.assert(fc.property(text, fc.nat(), (content, seed) => {
            const document = TextDocument.create('file:///x', 'autonomy', 1, content);
            const lines = lineStarts(content);
            const offset = seed % (content.length + 1);
            // Between "\r" and "\n" is no position either counts.
            fc.pre(!(content[offset - 1] === '\r' && content[offset] === '\n'));
            expect(positionIn(lines, offset)).toEqual(document.positionAt(offset));
        }));
    });

    it('indexes a text of "\\n" line ends alone (the indexOf path) as the general path does', () => {
        const text = fc.array(fc.constantFrom('a', 'b', '\n', '\n\n', '😀', ' '), { maxLength: 80 }).map(parts => parts.join(''));
        fc.assert(fc.property(text, content => {
            expect(lineFeedStarts(content)).toEqual(anyLineStarts(content));
        }));
        // And any text through lineStarts, which takes the general path when the text holds a "\r".
        const mixed = fc.array(fc.constantFrom('a', '\n', '\r', '\r\n', '😀'), { maxLength: 60 }).map(parts => parts.join(''));
        fc.assert(fc.property(mixed, content => {
            expect(lineStarts(content)).toEqual(anyLineStarts(content));
        }));
    });

    it('keeps three fields a leaf (container, offset, kind), the kind shared by leaves of one token type, grammar element and length', () => {
        const all = leaves(ours, 'practice A { list size 8,200 }\npractice B { list size 6,100 }\npractice Cc { list size 10,000 }');
        expect(Object.keys(all[0])).toEqual(['container', '_offset', '_kind']);
        const kinds = new Set(all.map(leaf => (leaf as unknown as { _kind: unknown })._kind));
        const elements = new Map<unknown, number>();
        const element = (leaf: LeafCstNode) => elements.get(leaf.grammarSource) ?? elements.set(leaf.grammarSource, elements.size).size - 1;
        expect(kinds.size).toBe(new Set(all.map(leaf => `${leaf.tokenType.name} ${element(leaf)} ${leaf.length}`)).size);
        expect(kinds.size).toBeLessThan(all.length);
    });
});
