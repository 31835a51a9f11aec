/**
 * Issue 12: hover Markdown sent by the server escapes model text. The web
 * client sanitises its HTML, but VS Code, Neovim and any other client render
 * what the server sends; a shared model's title must not become a link,
 * an image, HTML or table cells there.
 */
import { escapeMarkdown } from '@autonomy/domain';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createTestServices, hoverReader } from './lsp-test-services.js';

const { Autonomy } = createTestServices();

const LINK = '[click me](javascript:alert(1))';
const HTML = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const TABLE = 'A | B | C';
const MARKUP = '**bold** _it_ `code` # not a heading ![pic](x.png) &amp;';

const MODEL = [
    'model "Hostile titles" { currency £ trust threshold 3 }',
    'domain admin "Admin" weight 1',
    `practice A "${LINK}" { list size 5,000 crisis risk 30% sustainability gap £10,000 per year believes going alone is unsustainable }`,
    `practice B "${HTML}" { list size 4,000 crisis risk 30% sustainability gap £10,000 per year believes going alone is unsustainable }`,
    `collective N "${TABLE}" { members A, B decides by consensus }`,
    'trust A -> N { credibility 5 reliability 5 intimacy 5 self-orientation 3 }',
    'trust B -> N { credibility 2 reliability 2 intimacy 2 self-orientation 4 }',
    `initiative I "${MARKUP}" { run by N participants A, B cedes admin fully current cost A £9,000, B £8,000 shared cost £10,000 fixed share fairly }`,
    `merger M "${LINK}" { merges A, B saving £5,000 per year }`,
    `partner H "${HTML}" serves 100,000 patients`
].join('\n');

const hoverAt = hoverReader(Autonomy);

/** What a Markdown renderer would read as a link, an image, HTML or emphasis taken from the model. */
function injected(markdown: string): string[] {
    return [
        ...markdown.match(/(?<!\\)\]\(/g) ?? [],
        ...markdown.match(/(?<!\\)<[a-z/]/gi) ?? [],
        ...markdown.match(/(?<!\\)_it(?<!\\)_/g) ?? [],
        ...markdown.match(/(?<!\\)`code(?<!\\)`/g) ?? []
    ];
}

describe('hover Markdown escapes model text', () => {
    it('on every kind of declaration, with titles holding links, HTML, table pipes and Markdown', async () => {
        const document = await parseHelper(Autonomy)(MODEL, { validation: true });
        expect(document.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
        for (const at of ['practice A', 'practice B', 'collective N', 'trust B', 'initiative I', 'merger M', 'partner H']) {
            const markdown = await hoverAt(document, at);
            expect(markdown.length, at).toBeGreaterThan(20);
            expect(injected(markdown), `${at}:\n${markdown}`).toEqual([]);
            for (const raw of [LINK, HTML, TABLE, MARKUP]) {
                expect(markdown, at).not.toContain(raw);
            }
        }
        expect(await hoverAt(document, 'practice A')).toContain(`**${escapeMarkdown(LINK)}**`);
        expect(await hoverAt(document, 'initiative I')).toContain(`**${escapeMarkdown(MARKUP)}**`);
    });

    it('keeps a title with pipes inside its table cell', async () => {
        const document = await parseHelper(Autonomy)(MODEL.replace(`practice A "${LINK}"`, `practice A "${TABLE}"`), { validation: true });
        const markdown = await hoverAt(document, 'initiative I');
        const row = markdown.split('\n').find(line => line.startsWith(`| ${escapeMarkdown(TABLE)} |`));
        expect(row, markdown).toBeDefined();
        // Six cell borders, as in the header: the title's own pipes are escaped.
        expect(row!.match(/(?<!\\)\|/g)).toHaveLength(6);
    });

    it('in the heading shown while the analysis is unavailable', async () => {
        const document = await parseHelper(Autonomy)(`${MODEL}\npractice Z "${HTML}" { lis size 10 }`, { validation: true });
        const markdown = await hoverAt(document, 'practice Z');
        expect(markdown).toContain('analysis unavailable');
        expect(injected(markdown), markdown).toEqual([]);
    });
});
