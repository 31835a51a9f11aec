import fc from 'fast-check';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestServices, EXAMPLES_DIR, exampleFiles, formatText, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();

interface Piece { text: string; lineComment: boolean; hidden: boolean }

/** The file as its tokens and comments, in order, without the whitespace between them. */
function piecesOf(text: string): Piece[] {
    const lexed = Autonomy.parser.Lexer.tokenize(text);
    const hidden = (lexed.hidden ?? []).filter(t => t.tokenType.name !== 'WS');
    return [...lexed.tokens.map(t => ({ t, hidden: false })), ...hidden.map(t => ({ t, hidden: true }))]
        .sort((a, b) => a.t.startOffset - b.t.startOffset)
        .map(({ t, hidden: isHidden }) => ({ text: t.image, lineComment: t.tokenType.name === 'SL_COMMENT', hidden: isHidden }));
}

function summary(text: string): { tokens: string[]; comments: string[] } {
    const pieces = piecesOf(text);
    return {
        tokens: pieces.filter(p => !p.hidden).map(p => p.text),
        comments: pieces.filter(p => p.hidden).map(p => p.text.replace(/\s+/g, ' '))
    };
}

const SEPARATORS = [' ', '  ', '\n', '\n\n', '\n\n\n', ' \t', '\n    ', '\n\t\t'];

/**
 * Property: whatever whitespace separates the tokens of a model, formatting
 * keeps every token and comment, in order, and a second format changes nothing.
 */
describe('formatter on re-spaced examples', () => {
    const files = exampleFiles().filter(file => !file.includes('/broken/'));
    for (const file of files) {
        it(`keeps tokens and comments and is idempotent: ${relative(EXAMPLES_DIR, file)}`, async () => {
            const pieces = piecesOf(readText(file));
            const expected = summary(readText(file));
            await fc.assert(fc.asyncProperty(
                fc.array(fc.integer({ min: 0, max: SEPARATORS.length - 1 }), { minLength: pieces.length, maxLength: pieces.length }),
                async choices => {
                    const respaced = pieces.map((piece, i) => {
                        const separator = SEPARATORS[choices[i]];
                        // A line comment runs to the end of its line: something must end that line.
                        return piece.text + (piece.lineComment && !separator.includes('\n') ? '\n' : separator);
                    }).join('');
                    const once = await formatText(Autonomy, respaced);
                    expect(summary(once)).toEqual(expected);
                    expect(await formatText(Autonomy, once)).toBe(once);
                }
            ), { numRuns: Number(process.env.FORMATTER_PROPERTY_RUNS ?? 15), seed: Number(process.env.FORMATTER_PROPERTY_SEED ?? 20241123) });
        });
    }
});
