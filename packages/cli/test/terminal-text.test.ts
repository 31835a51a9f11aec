import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseOutput, printable } from '../src/formats/terminal-text.js';

// Issue 12 item 2: model text must not act on a terminal or a CI runner once printed.
// eslint-disable-next-line no-control-regex
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const RUNNER_COMMAND = /^\s*(::|##\[|##vso\[)/;
/** The colour escapes the output keeps on purpose (built from the code point: a regex literal with ESC is a lint error). */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
// Text rich in what attacks look like: newlines, escapes, runner prefixes, bidi controls.
const hostile = fc.array(fc.constantFrom('\n', '\r', '\t', '\u001b', '[2J', '::', '##[', '##vso[', 'error', ' ', 'x', '\u202e', '\u0085', '\u0000', '\u009b'), { maxLength: 30 })
    .map(parts => parts.join(''));

describe('terminal text', () => {
    it('printable: one line, no control character left, whatever the value', () => {
        fc.assert(fc.property(fc.oneof(hostile, fc.string()), value => {
            const shown = printable(value);
            expect(shown).not.toMatch(ACTING);
            expect(shown).not.toContain('\n');
            expect(shown).not.toContain('\t');
        }));
    });

    it('printable: shows what was there, as an escape', () => {
        expect(printable('Pair\n::error x\u001b[2J\ttab')).toBe('Pair\\n::error x\\u{1b}[2J\\ttab');
        expect(printable('a\tb', true)).toBe('a\tb');
    });

    it('neutraliseOutput: no line a runner would execute, no control character but newline, tab and colour codes', () => {
        fc.assert(fc.property(fc.oneof(hostile, fc.string()), text => {
            const out = neutraliseOutput(text);
            for (const line of out.split('\n')) {
                expect(line.replace(COLOUR, '')).not.toMatch(RUNNER_COMMAND);
                expect(line.replace(COLOUR, '')).not.toMatch(ACTING);
            }
        }));
    });

    it('neutraliseOutput: keeps our colour codes and ordinary lines as they were', () => {
        const coloured = '\u001b[1mfile.autonomy:1:2\u001b[22m \u001b[31merror\u001b[39m: text\n  1 | practice A {\n';
        expect(neutraliseOutput(coloured)).toBe(coloured);
        expect(neutraliseOutput('ok\n  ::error x\n')).toBe('ok\n\\  ::error x\n');
    });
});
