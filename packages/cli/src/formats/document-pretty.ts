import { type Block, plainText, type ReportDocument } from '@autonomy/report';
import type { Palette } from '../colour.js';
import { textTable } from '../text-table.js';

/**
 * A report document as plain text for a terminal: headings, paragraphs and
 * tables; charts are named and left to the html and pdf formats. Used by
 * `compare`, whose layout lives once, in the document.
 */
export function formatDocumentPretty(doc: ReportDocument, colour: Palette): string {
    const out: string[] = [colour.bold(doc.cover.title), doc.cover.subtitle, ''];
    for (const section of doc.sections) {
        out.push(colour.bold(section.title), '');
        for (const block of section.blocks) {
            out.push(...blockLines(block, colour), '');
        }
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function blockLines(block: Block, colour: Palette): string[] {
    switch (block.kind) {
        case 'heading': return [colour.bold(block.text)];
        case 'paragraph': case 'note': return [plainText(block.text)];
        case 'list': return block.items.map((item, i) => `  ${block.ordered ? `${i + 1}.` : '-'} ${plainText(item)}`);
        case 'terms': return block.items.map(t => `  ${t.term}: ${t.meaning}`);
        case 'code': return [block.text];
        case 'chart': return [colour.dim(`(Chart: ${block.title}. The html and pdf formats draw it.)`)];
        case 'table': return [
            ...(block.caption ? [block.caption] : []),
            textTable(block.columns.map(c => ({ header: c.header, align: c.align === 'right' ? 'right' : 'left' })),
                block.rows.map(r => r.cells.map(cell => plainText(cell))))
        ];
    }
}
