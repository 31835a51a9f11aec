/**
 * Every kind of parser and lexer message the grammar can produce, in words a
 * consultant understands (issue 12, "Messages a consultant understands"):
 * no token names (ID, NUMBER, PERCENT...), no Chevrotain arrows, no offsets.
 */
import { EmptyFileSystem } from 'langium';
import { parseHelper, testCodeAction } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import type { AutonomyFile } from '../../src/generated/ast.js';

const services = createAutonomyServices(EmptyFileSystem).Autonomy;
const parse = parseHelper<AutonomyFile>(services);

/** Token names and machinery no consultant should read in a message. */
const JARGON = /\b(ID|NUMBER|PERCENT|MONEY|STRING|CURRENCY|EOF|token|offset)\b|->.<-|-->|Expecting/;

async function messages(text: string): Promise<Array<{ code: unknown; message: string }>> {
    const document = await parse(text, { validation: true });
    return (document.diagnostics ?? [])
        .filter(d => ['lexing-error', 'parsing-error'].includes(String(d.code)))
        .map(d => ({ code: d.code, message: typeof d.message === 'string' ? d.message : d.message.value }));
}

async function firstMessage(text: string): Promise<string> {
    const found = await messages(text);
    expect(found.length, `no lexing or parsing error for ${text}`).toBeGreaterThan(0);
    for (const m of found) {
        expect(m.message).not.toMatch(JARGON);
    }
    return found[0].message;
}

describe('parser messages', () => {
    it('a missing value names what to write, with an example', async () => {
        expect(await firstMessage('practice A { list size }')).toBe("Expected a number such as 8,200 here, but found '}'.");
    });

    it('a number where a percentage belongs says "a percentage such as 35%"', async () => {
        expect(await firstMessage('practice A { crisis risk 0.35 }'))
            .toBe('Expected a percentage such as 35% here, but found the number 0.35: write it as 35%.');
    });

    it('a number where an amount belongs asks for the currency', async () => {
        expect(await firstMessage('practice A { sustainability gap 500 }'))
            .toBe('Expected an amount such as £60,000 here, but found the number 500: write the amount with its currency, such as £500.');
    });

    it('a title where a name belongs says names have no quotes', async () => {
        expect(await firstMessage('practice "Abbey Road" { list size 1 }')).toBe('Expected a name such as NorthPCN here, but found '
            + 'the title "Abbey Road": a name is written without quotes, and the title in quotes follows it.');
    });

    it('a keyword used as a name says it is a word of the language', async () => {
        expect(await firstMessage('practice list { }'))
            .toBe("Expected a name such as NorthPCN here, but found 'list': 'list' is a word of the language and cannot be a name.");
    });

    it('a missing title, brace, arrow or keyword is named in words', async () => {
        expect(await firstMessage('model { }')).toBe(`Expected a title in quotes such as "North Locality" here, but found '{'.`);
        expect(await firstMessage('practice A list size 1 }')).toBe("Expected an opening brace { here, but found 'list'.");
        expect(await firstMessage('trust A { credibility 3 }')).toBe("Expected an arrow -> here, but found '{'.");
        expect(await firstMessage('practice A { list 1 }')).toBe("Expected the word 'size' here, but found the number 1.");
    });

    it('the end of the file is called the end of the file', async () => {
        expect(await firstMessage('practice A {')).toBe('Expected a closing brace } here, but found the end of the file.');
    });

    it('a choice of keywords lists the words (no viable alternative)', async () => {
        expect(await firstMessage('collective C { kind foo }')).toBe("Expected one of the words 'network', 'federation', "
            + "'leadership-group', 'super-partnership' or 'group' here, but found 'foo'.");
    });

    it('a choice of keywords and values lists both', async () => {
        expect(await firstMessage('initiative I { shared cost £5 per }'))
            .toBe("Expected the word 'patient' or a number such as 8,200 here, but found '}'.");
    });

    it('text after the last declaration says how declarations start (not all input parsed)', async () => {
        expect(await firstMessage('practice A { list size 1 }\nfoo')).toBe("A declaration cannot start with 'foo': each starts with "
            + 'import, model, practice, collective, trust, initiative, merger, domain or partner.');
    });

    it('an extra closing brace says it closes nothing', async () => {
        expect(await firstMessage('practice A { list size 1 } }'))
            .toBe('This closing brace } closes nothing: remove it, or look above for a declaration closed too early.');
    });

    it('long or multi-line text found is shortened and its line breaks shown, not printed', async () => {
        const message = await firstMessage(`practice "${'x'.repeat(100)}\nmore" { }`);
        expect(message).toContain('xxxxxxxx…');
        expect(message).not.toContain('\n');
        expect(message.length).toBeLessThan(300);
    });
});

describe('lexer messages', () => {
    it('an unterminated title', async () => {
        expect(await firstMessage('practice A "Abbey Road { list size 1 }'))
            .toBe('This title has no closing quote: end it with " on the same line.');
    });

    it('an unterminated block comment', async () => {
        expect(await firstMessage('practice A { list size 1 }\n/* notes')).toBe('This comment has no end: close it with */.');
    });

    it('a name ending with a hyphen says what a name may contain', async () => {
        expect(await firstMessage('practice Abbey- { list size 1 }')).toMatch(
            /^A name cannot end with a hyphen\. A name may contain letters \(a to z, without accents\), digits, _ and hyphens/);
    });

    it('an accented letter says what a name may contain and where the spelling goes', async () => {
        expect(await firstMessage('practice Café { list size 1 }'))
            .toMatch(/^The letter 'é' cannot be used in a name\. A name may contain .* Put any other spelling in the title in quotes/);
    });

    it('a stray symbol says what a model is written with', async () => {
        expect(await firstMessage('practice A { list size 1 ~ }')).toMatch(/^The character '~' cannot be used here\. A model is written with names/);
    });

    it('an invisible character is named by its code, not printed', async () => {
        expect(await firstMessage('practice A\u0001 { list size 1 }')).toMatch(/^An invisible or unreadable character \(U\+0001\) cannot be used here\./);
    });
});

describe('what consultants write', () => {
    it('accepts "list size 9,400 patients"', async () => {
        const document = await parse('practice A { list size 9,400 patients }', { validation: true });
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(services.model.DomainModelBuilder.build(document).practices[0].listSize).toBe(9400);
    });

    it('accepts hyphens inside names, never swallowing the arrow', async () => {
        const text = 'practice Abbey-Road { list size 1 }\ncollective Net-1 { members Abbey-Road decides by consensus }\n'
            + 'trust Abbey-Road->Net-1 { credibility 3 reliability 3 intimacy 3 self-orientation 3 }\n';
        const document = await parse(text, { validation: true });
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect((document.diagnostics ?? []).filter(d => d.severity === 1)).toEqual([]);
    });

    it('offers 35% for crisis risk 0.35', async () => {
        await testCodeAction<AutonomyFile>(services)('practice A { list size 1 crisis risk 0.35 }', 'parsing-error',
            'practice A { list size 1 crisis risk 35% }');
    });

    it('offers 40% for crisis risk 40', async () => {
        await testCodeAction<AutonomyFile>(services)('practice A { list size 1 crisis risk 40 }', 'parsing-error',
            'practice A { list size 1 crisis risk 40% }');
    });
});

describe('every diagnostic carries its LSP code (issue 12 item 15)', () => {
    it('lexing, parsing and linking errors have `code` as well as data.code', async () => {
        const document = await parse('practice A { list size 1 ~ }\npractice B { list size }\ncollective C { members Nobody decides by consensus }',
            { validation: true });
        const codes = (document.diagnostics ?? []).map(d => [d.code, (d.data as { code?: string } | undefined)?.code]);
        expect(codes).toContainEqual(['lexing-error', 'lexing-error']);
        expect(codes).toContainEqual(['parsing-error', 'parsing-error']);
        expect(codes).toContainEqual(['linking-error', 'linking-error']);
        expect((document.diagnostics ?? []).filter(d => d.code === undefined)).toEqual([]);
    });
});

describe('one reading of a name', () => {
    it('NAME (rename, quick fixes) reads names as the grammar does', async () => {
        const { readFileSync } = await import('node:fs');
        const { NAME } = await import('../../src/parser/names.js');
        const grammar = readFileSync(new URL('../../src/autonomy.langium', import.meta.url), 'utf8');
        const source = /terminal ID: \/(.*)\/;/.exec(grammar)?.[1];
        expect(source).toBeDefined();
        const terminal = new RegExp(`^(?:${source})$`);
        for (const text of ['A', 'Abbey-Road', 'a-b-c', '_x', 'A-', '-A', 'A--B', 'A->B', 'A_1', '1A', 'Café', 'A b', '']) {
            expect(NAME.test(text), text).toBe(terminal.test(text));
        }
    });
});
