/**
 * The value converter (src/parser/value-converter.ts) finds once per grammar
 * element which rule reads its tokens. Every token and datatype-rule node of
 * every example, converted by one converter in parse order, must read as
 * Langium's own converter reads it, except the literal terminals, which read
 * as the literal functions (literals.ts) read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CstUtils, DefaultValueConverter, EmptyFileSystem, GrammarAST, isLeafCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { parseDecimal, parseMoney, parsePercent } from '../../src/literals.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = join(import.meta.dirname, '../../../../examples');
const LITERALS: Record<string, (text: string) => number | undefined> = { MONEY: parseMoney, PERCENT: parsePercent, NUMBER: parseDecimal };

describe('the value converter', () => {
    it('reads every token of every example as Langium does, and the literals as literals.ts does', () => {
        const { parser } = createAutonomyServices(EmptyFileSystem).Autonomy;
        const langium = new DefaultValueConverter();
        const read = new Map<string, number>();
        for (const path of modelFiles(EXAMPLES)) {
            const root = parser.LangiumParser.parse(readFileSync(path, 'utf8')).value.$cstNode!;
            for (const node of CstUtils.streamCst(root)) {
                const source = node.grammarSource;
                if (!source || !(isLeafCstNode(node) || GrammarAST.isRuleCall(source))) {
                    continue;
                }
                const literal = isLeafCstNode(node) ? LITERALS[node.tokenType.name] : undefined;
                const expected = literal ? literal(node.text) : langium.convert(node.text, node);
                expect(parser.ValueConverter.convert(node.text, node), `${path}: ${node.text}`).toEqual(expected);
                const kind = isLeafCstNode(node) ? node.tokenType.name : 'datatype rule';
                read.set(kind, (read.get(kind) ?? 0) + 1);
            }
        }
        // Names, references, strings, keywords, each literal and the datatype rules were all read.
        expect([...read.keys()].sort()).toEqual(expect.arrayContaining(['ID', 'MONEY', 'NUMBER', 'PERCENT', 'STRING', 'datatype rule']));
    });
});
