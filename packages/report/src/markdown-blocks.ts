/**
 * Reads the small subset of Markdown that docs/formulas.md uses (headings,
 * paragraphs, lists, tables, code fences, quotes) into report blocks, so the
 * appendix renders in every format from the one page the analysis documents.
 */
import type { Block, Inline, RichText, TableRow } from './document.js';

export function markdownToBlocks(markdown: string): Block[] {
    const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
    const blocks: Block[] = [];
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        if (line.trim() === '') { i++; continue; }
        const fence = /^\s*(```|~~~)/.exec(line);
        if (fence) {
            const body: string[] = [];
            i++;
            while (i < lines.length && !lines[i].trimStart().startsWith(fence[1])) body.push(lines[i++]);
            i++;
            blocks.push({ kind: 'code', text: body.join('\n') });
            continue;
        }
        const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
        if (heading) {
            // The appendix is itself a section, so page headings nest one level down.
            blocks.push({ kind: 'heading', level: heading[1].length <= 2 ? 3 : 4, text: stripInline(heading[2]) });
            i++;
            continue;
        }
        if (/^\s*\|/.test(line)) {
            const tableLines: string[] = [];
            while (i < lines.length && /^\s*\|/.test(lines[i])) tableLines.push(lines[i++]);
            blocks.push(table(tableLines));
            continue;
        }
        const item = /^\s*([-*+]|\d+[.)])\s+/;
        if (item.test(line)) {
            const ordered = /^\s*\d/.test(line);
            const items: string[] = [];
            while (i < lines.length && lines[i].trim() !== '') {
                if (item.test(lines[i])) items.push(lines[i].replace(item, ''));
                else items[items.length - 1] += ' ' + lines[i].trim();
                i++;
            }
            blocks.push({ kind: 'list', ordered, items: items.map(parseInline) });
            continue;
        }
        const para: string[] = [];
        const quote = line.trimStart().startsWith('>');
        while (i < lines.length && lines[i].trim() !== '' && !/^(#{1,6}\s|\s*\||\s*```|\s*~~~)/.test(lines[i]) && !(para.length > 0 && item.test(lines[i]))) {
            para.push(lines[i].replace(/^\s*>\s?/, '').trim());
            i++;
        }
        const text = parseInline(para.join(' '));
        blocks.push(quote ? { kind: 'note', text } : { kind: 'paragraph', text });
    }
    return blocks;
}

function table(lines: string[]): Block {
    const split = (l: string) => l.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map(c => c.trim());
    const header = split(lines[0]);
    const separator = lines.length > 1 && /^\s*\|?[\s:|-]+\|?\s*$/.test(lines[1]) ? split(lines[1]) : undefined;
    const body = lines.slice(separator ? 2 : 1).map(split);
    const align = (cell: string | undefined) =>
        cell?.endsWith(':') ? (cell.startsWith(':') ? 'center' as const : 'right' as const) : undefined;
    return {
        kind: 'table',
        columns: header.map((h, c) => ({ header: stripInline(h), align: align(separator?.[c]) })),
        rows: body.map((cells): TableRow => ({ cells: header.map((_, c) => parseInline(cells[c] ?? '')) }))
    };
}

/** `code`, **bold** and *italic*; links keep their text. Underscores stay literal: formulas use them for subscripts. */
export function parseInline(text: string): RichText {
    const runs: Inline[] = [];
    const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\([^)]*\)/g;
    let last = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match.index > last) runs.push({ text: text.slice(last, match.index) });
        if (match[1] !== undefined) runs.push({ text: match[1], style: 'code' });
        else if (match[2] !== undefined) runs.push({ text: match[2], style: 'bold' });
        else if (match[3] !== undefined) runs.push({ text: match[3], style: 'italic' });
        else runs.push({ text: match[4] });
        last = match.index + match[0].length;
    }
    if (last < text.length) runs.push({ text: text.slice(last) });
    return runs.length === 1 && !runs[0].style ? runs[0].text : runs;
}

function stripInline(text: string): string {
    const rich = parseInline(text);
    return typeof rich === 'string' ? rich : rich.map(r => r.text).join('');
}
