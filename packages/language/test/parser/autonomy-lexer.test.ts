/**
 * The language's lexer (src/parser/autonomy-lexer.ts) scans the text itself
 * and falls back to Chevrotain's lexer where Chevrotain would report an
 * error. Its tokens must be Chevrotain's in every field and in the same shape
 * (the same properties in the same order), its hidden tokens and errors too:
 * on every example model (broken ones included), on generated text built of
 * the language's pieces and near misses (hyphens, signs, currency symbols,
 * strings and comments over "\n", "\r\n" and "\r" lines, characters no
 * token starts with), and on arbitrary strings.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { IToken } from 'chevrotain';
import { EmptyFileSystem, type LexerResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { AutonomyLexer } from '../../src/parser/autonomy-lexer.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

const services = createAutonomyServices(EmptyFileSystem).Autonomy;
// The parser numbers the token types, as it does before any parse.
void services.parser.LangiumParser;
const lexer = services.parser.Lexer as AutonomyLexer;

/** Every field of every token, its type by name, with the token's property order. */
function describeTokens(tokens: IToken[]): unknown[] {
    return tokens.map(token => Object.entries(token).map(([key, value]): unknown[] => [key, key === 'tokenType' ? (value as IToken['tokenType']).name : value]));
}

function describeResult(result: LexerResult): unknown {
    return { tokens: describeTokens(result.tokens), hidden: describeTokens(result.hidden), errors: result.errors, report: result.report };
}

function expectChevrotainTokens(text: string): void {
    expect(describeResult(lexer.tokenize(text))).toEqual(describeResult(lexer.chevrotainTokenize(text)));
}

const PIECES = [
    'practice A-b {', ' list size 8,200 patients', ' crisis risk 35%', ' sustainability gap £60,000.50 per year', '}', 'practice "B c" {',
    'trust P1 -> Big { credibility 5 self-orientation 3 }', 'members A, B,C', 'coalition A + B saves -€1,000', 'model "m" { currency $ horizon 5 years }',
    'is', 'is-', 'is-x', '->', '-', '-5', '-5.5%', '1,000%', '1,0000', '5.', '¥', '_x', 'selfish', 'self-orientationX', 'patient', 'patients',
    '\n', '\r\n', '\r', '  ', '\t', '// a comment', '/* over\r\ntwo\rlines\n */', '/* open', '"a string\nover lines"', "'it''s'", '"open',
    'é', '😀', '\u00a0', '\f', '.', '#', '*/'
];

describe('the language\'s lexer', () => {
    it('scans this grammar\'s tokens itself', () => {
        expect(lexer).toBeInstanceOf(AutonomyLexer);
        expect(lexer.scans).toBe(true);
    });

    it('makes Chevrotain\'s tokens, hidden tokens and errors on every example model', () => {
        const files = modelFiles(EXAMPLES);
        expect(files.length).toBeGreaterThan(10);
        for (const file of files) {
            expectChevrotainTokens(readFileSync(file, 'utf8'));
        }
    });

    it('makes Chevrotain\'s tokens on text of the language\'s pieces and near misses', () => {
        fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom('', ' ', '\n')), (pieces, gaps) => {
            expectChevrotainTokens(pieces.map((piece, i) => piece + (gaps[i] ?? '')).join(''));
        }), { numRuns: 500 });
    });

    it('makes Chevrotain\'s tokens on arbitrary text', () => {
        fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), expectChevrotainTokens), { numRuns: 500 });
        fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'ab-_>{},+/*"\'\\\n\r\t 059.%£€$¥é'), maxLength: 60 }), expectChevrotainTokens), { numRuns: 1000 });
    });
});
