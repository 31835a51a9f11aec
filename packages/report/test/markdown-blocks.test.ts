import { describe, expect, it } from 'vitest';
import { markdownToBlocks, parseInline } from '../src/markdown-blocks.js';

describe('reading the formulas page', () => {
    it('turns headings, paragraphs, lists, tables and code into report blocks', () => {
        const blocks = markdownToBlocks([
            '# Formulas', '', 'Intro with `code` and **bold**.', '', '## 1. Cost', '',
            '- first', '- second', '  continued', '', '| a | b |', '| --- | ---: |', '| x | 1 |', '', '```', 'C(S) = fixed', '```', '', '> a note'
        ].join('\n'));
        expect(blocks).toEqual([
            { kind: 'heading', level: 3, text: 'Formulas' },
            { kind: 'paragraph', text: [{ text: 'Intro with ' }, { text: 'code', style: 'code' }, { text: ' and ' }, { text: 'bold', style: 'bold' }, { text: '.' }] },
            { kind: 'heading', level: 3, text: '1. Cost' },
            { kind: 'list', ordered: false, items: ['first', 'second continued'] },
            { kind: 'table', columns: [{ header: 'a', align: undefined }, { header: 'b', align: 'right' }], rows: [{ cells: ['x', '1'] }] },
            { kind: 'code', text: 'C(S) = fixed' },
            { kind: 'note', text: 'a note' }
        ]);
    });

    it('keeps underscores of subscripts literal', () => {
        expect(parseInline('φ_i = Σ_k D_{i,k} × k!')).toBe('φ_i = Σ_k D_{i,k} × k!');
    });
});
