import { chartSvg } from '../charts/chart-svg.js';
import { escapeXml as esc } from '../charts/xml.js';
import type { Block, ReportDocument, RichText, SourceRef, TableRow } from '../document.js';
import { reportCss } from './html-style.js';

export interface HtmlOptions {
    /** 'auto' follows the reader's colour scheme or the VS Code theme. */
    theme?: 'light' | 'dark' | 'auto';
    /** Mark model elements with data-uri/data-line/data-character so the editor can reveal them. */
    sourceLinks?: boolean;
}

/**
 * Renders a self-contained page: inline CSS and SVG, no scripts, no network
 * (a Content-Security-Policy forbids both). Every model string is escaped.
 */
export async function renderHtml(doc: ReportDocument, options: HtmlOptions = {}): Promise<string> {
    const theme = options.theme ?? 'auto';
    const links = options.sourceLinks ?? false;
    const { cover } = doc;
    const sections: string[] = [];
    for (const section of doc.sections) {
        const blocks: string[] = [];
        for (const block of section.blocks) blocks.push(await blockHtml(block, links, section.id === 'summary'));
        sections.push(`<section id="${esc(section.id)}"><h2>${esc(section.title)}</h2>\n${blocks.join('\n')}\n</section>`);
    }
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(cover.title)}</title>
<style>${reportCss()}</style>
</head>
<body>
<main class="report" data-theme="${theme}">
<header class="cover">
<h1>${esc(cover.title)}</h1>
<p class="subtitle">${esc(cover.subtitle)}</p>
<p class="date">${esc(cover.date)}${cover.sourceFile ? ` · <span class="source-file">${esc(cover.sourceFile)}</span>` : ''}</p>
<dl class="facts">${cover.facts.map(f => `<div><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></div>`).join('')}</dl>
</header>
<nav class="toc"><h2>Contents</h2><ol>${doc.sections.map(s => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('')}</ol></nav>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

async function blockHtml(block: Block, links: boolean, summary: boolean): Promise<string> {
    switch (block.kind) {
        case 'heading':
            return `<h${block.level}${sourceAttrs(block.source, block.sourceKind, links)}>${esc(block.text)}</h${block.level}>`;
        case 'paragraph':
            return `<p${sourceAttrs(block.source, block.sourceKind, links)}>${rich(block.text)}</p>`;
        case 'note':
            return `<p class="note">${rich(block.text)}</p>`;
        case 'list': {
            const tag = block.ordered ? 'ol' : 'ul';
            return `<${tag}${summary && block.ordered ? ' class="findings"' : ''}>${block.items.map(i => `<li>${rich(i)}</li>`).join('')}</${tag}>`;
        }
        case 'terms':
            return `<dl class="terms">${block.items.map(t => `<dt>${esc(t.term)}</dt><dd>${esc(t.meaning)}</dd>`).join('')}</dl>`;
        case 'code':
            return `<pre><code>${esc(block.text)}</code></pre>`;
        case 'table': {
            const align = block.columns.map(c => {
                const classes = [c.align === 'right' ? 'r' : c.align === 'center' ? 'c' : '', c.noWrap ? 'nw' : ''].filter(Boolean);
                return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
            });
            const head = `<thead><tr>${block.columns.map((c, i) => `<th${align[i]}>${esc(c.header)}</th>`).join('')}</tr></thead>`;
            const body = block.rows.map(row => rowHtml(row, align, links)).join('');
            return `<div class="table-wrap"><table>${block.caption ? `<caption>${esc(block.caption)}</caption>` : ''}${head}<tbody>${body}</tbody></table></div>`;
        }
        case 'chart':
            return `<figure class="chart chart-${block.chart.kind}" role="img" aria-label="${esc(block.title)}">${chartSvg(block.chart)}`
                + `<figcaption><strong>${esc(block.title)}.</strong> ${esc(block.description)}</figcaption></figure>`;
    }
}

function rowHtml(row: TableRow, align: string[], links: boolean): string {
    const tone = row.tone ? ` class="${row.tone}"` : '';
    return `<tr${tone}${sourceAttrs(row.source, row.kind, links)}>${row.cells.map((c, i) => `<td${align[i] ?? ''}>${rich(c)}</td>`).join('')}</tr>`;
}

function sourceAttrs(source: SourceRef | undefined, kind: string | undefined, links: boolean): string {
    if (!links || !source) return '';
    return `${kind ? ` data-kind="${esc(kind)}"` : ''} data-uri="${esc(source.uri)}" data-line="${source.line}" data-character="${source.character}"`;
}

function rich(text: RichText): string {
    if (typeof text === 'string') return esc(text);
    return text.map(run => {
        const body = esc(run.text);
        if (run.style === 'bold') return `<strong>${body}</strong>`;
        if (run.style === 'italic') return `<em>${body}</em>`;
        if (run.style === 'code') return `<code>${body}</code>`;
        return body;
    }).join('');
}
