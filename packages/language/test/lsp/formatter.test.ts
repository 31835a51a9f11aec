import { relative } from 'node:path';
import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createTestServices, EXAMPLES_DIR, exampleFiles, formatText, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const expectFormat = expectFormatting(Autonomy);

/** Comment texts (whitespace inside block comments collapsed) and the other tokens, in order. */
function tokensOf(text: string): { comments: string[]; tokens: string[] } {
    const lexed = Autonomy.parser.Lexer.tokenize(text);
    const comments = (lexed.hidden ?? [])
        .filter(token => token.tokenType.name !== 'WS')
        .map(token => token.image.replace(/\s+/g, ' '));
    return { comments, tokens: lexed.tokens.map(token => token.image) };
}

const MESSY = `/* header
   block comment */
import   "register.autonomy"
model "M"{currency £   horizon 5 years
// inside settings
trust threshold 3.0}
domain   a "A"   weight 2 // trailing domain
domain b
practice P "P" {   // after brace
list size 8,200 // trailing
      // own line comment
  sustainability gap £12,000 per year



  crisis risk 40%
    /* block
       inside */
  believes   going alone is unsustainable }
practice Q{list size 10}
collective C { kind network members P ,Q,
  /* mid */ P decides by consensus }
trust P->C{credibility 7 reliability 6
 intimacy 6 self-orientation 3}
initiative I {
  run by C
  participants P,Q
  cedes a fully for P , Q
  current cost P £1,000,Q £2,000
  shared cost £30,000 fixed+£1.50 per patient + £5 per 1,000 patients
  charged P 40% , Q 60%
  coalition P+Q saves £500
  compensation P pays Q £100 per year
  share fairly
}
merger X {merges P, Q saving £1}
partner H "H" serves 300,000 patients
// final comment
`;

describe('formatter round trip', () => {
    const files = exampleFiles();
    it('finds the examples', () => {
        expect(files.length).toBeGreaterThan(0);
    });
    for (const file of [...files.map(f => ({ name: relative(EXAMPLES_DIR, f), text: readText(f) })), { name: 'messy input', text: MESSY }]) {
        it(`is idempotent and keeps every token and comment: ${file.name}`, async () => {
            const once = await formatText(Autonomy, file.text);
            const twice = await formatText(Autonomy, once);
            expect(twice).toBe(once);
            const before = tokensOf(file.text);
            const after = tokensOf(once);
            expect(after.tokens).toEqual(before.tokens);
            expect(after.comments).toEqual(before.comments);
        });
    }
});

describe('formatter layout', () => {
    it('puts one property per line, indented four spaces, braces on the header and alone', async () => {
        await expectFormat({
            before: 'practice P "P"{list size 8,200   crisis risk 40%\nbelieves going alone is unsustainable}',
            after: 'practice P "P" {\n    list size 8,200\n    crisis risk 40%\n    believes going alone is unsustainable\n}\n'
        });
    });

    it('spaces `->`, `+` and commas, and keeps one-line trust blocks on one line', async () => {
        await expectFormat({
            before: 'trust P->C{credibility 7   reliability 6 intimacy 6 self-orientation 3}\n' +
                'initiative I {\n shared cost £1 fixed+£2 per patient\n participants P ,Q,R\n coalition P+Q saves £5\n}',
            after: 'trust P -> C { credibility 7 reliability 6 intimacy 6 self-orientation 3 }\n\n' +
                'initiative I {\n    shared cost £1 fixed + £2 per patient\n    participants P, Q, R\n    coalition P + Q saves £5\n}\n'
        });
    });

    it('lays out a multi-line trust block one component per line', async () => {
        await expectFormat({
            before: 'trust P -> C {credibility 7\nreliability 6 intimacy 6 self-orientation 3}',
            after: 'trust P -> C {\n    credibility 7\n    reliability 6\n    intimacy 6\n    self-orientation 3\n}\n'
        });
    });

    it('keeps a list broken after a comma, its continuation aligned under the first item', async () => {
        await expectFormat({
            before: 'initiative I {\ncurrent cost A £1, B £2,\n  C £3\nparticipants A,\nB, C\ncedes d fully for A,\n\n\nB\n}\ncollective K { members A,\n\t\tB }',
            after: 'initiative I {\n    current cost A £1, B £2,\n                 C £3\n    participants A,\n                 B, C\n' +
                '    cedes d fully for A,\n                      B\n}\n\ncollective K {\n    members A,\n            B\n}\n'
        });
    });

    it('separates blocks by one blank line and collapses runs of blank lines', async () => {
        await expectFormat({
            before: 'domain a\n\n\n\ndomain b\npractice P {\n}\ndomain c',
            after: 'domain a\n\ndomain b\n\npractice P {\n}\n\ndomain c\n'
        });
    });

    it('keeps padding that aligns one-line declarations but collapses it inside blocks', async () => {
        await expectFormat({
            before: 'domain clinical  "Clinical"  weight 5\ndomain finance   "Finance"   weight 1\npractice P {\n    list size    10\n}',
            after: 'domain clinical  "Clinical"  weight 5\ndomain finance   "Finance"   weight 1\n\npractice P {\n    list size 10\n}\n'
        });
    });

    it('keeps comments where they are and indents own-line comments with the block', async () => {
        await expectFormat({
            before: '// about P\npractice P { // trailing\n// own line\nlist size 10 /* after */\n}',
            after: '// about P\npractice P { // trailing\n    // own line\n    list size 10 /* after */\n}\n'
        });
    });

    it('re-indents tab-indented comments in one pass, block comment lines moving with them', async () => {
        await expectFormat({
            before: 'practice P {\n\t\t// tabbed\n\t\t/* block\n\t\t   more */\nlist size 10\n}',
            after: 'practice P {\n    // tabbed\n    /* block\n       more */\n    list size 10\n}\n'
        });
    });

    it('indents four spaces whatever the editor asks', async () => {
        await expectFormat({
            before: 'model "M" {\ncurrency £\n}',
            after: 'model "M" {\n    currency £\n}\n',
            options: { tabSize: 2, insertSpaces: false }
        });
    });

    it('formats only the selected range', async () => {
        await expectFormat({
            before: 'practice P {list size 1}\n\npractice Q {list size 2}',
            after: 'practice P {list size 1}\n\npractice Q {\n    list size 2\n}',
            range: { start: { line: 2, character: 0 }, end: { line: 2, character: 23 } }
        });
    });

    it('ends the file with exactly one line break', async () => {
        await expectFormat({ before: 'domain a\n\n\n   ', after: 'domain a\n' });
        await expectFormat({ before: 'domain a // last', after: 'domain a // last\n' });
    });

    it('leaves a file with syntax errors untouched', async () => {
        const broken = 'practice P {\nlist size\n   crisis risk 40%';
        expect(await formatText(Autonomy, broken)).toBe(broken);
    });
});
