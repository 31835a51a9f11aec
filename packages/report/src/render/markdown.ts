import { escapeMarkdown as esc } from '@autonomy/domain';
import type { Block, ReportDocument, RichText, StructureNode } from '../document.js';

/** Renders the report as CommonMark with GitHub tables. Model text is escaped so it cannot inject markup. */
export function renderMarkdown(doc: ReportDocument): string {
    const out: string[] = [];
    const { cover } = doc;
    out.push(`# ${esc(cover.title)}`, '', `*${esc(cover.subtitle)}*`, '');
    out.push(`${esc(cover.date)}${cover.sourceFile ? ` · ${esc(cover.sourceFile)}` : ''}`, '');
    out.push(cover.facts.map(f => `**${esc(f.label)}:** ${esc(f.value)}`).join(' · '), '');
    out.push('## Contents', '', ...doc.sections.map((s, i) => `${i + 1}. [${esc(s.title)}](#${s.id})`), '');
    for (const section of doc.sections) {
        out.push(`<a id="${section.id}"></a>`, '', `## ${esc(section.title)}`, '');
        for (const block of section.blocks) out.push(...blockLines(block), '');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function blockLines(block: Block): string[] {
    switch (block.kind) {
        case 'heading': return [`${'#'.repeat(block.level)} ${esc(block.text)}`];
        case 'paragraph': return [rich(block.text)];
        case 'note': return [`> ${rich(block.text)}`];
        case 'list': return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${rich(item)}`);
        case 'terms': return block.items.map(t => `- **${esc(t.term)}:** ${esc(t.meaning)}`);
        case 'code': return ['```', block.text.replace(/```/g, '`\u200b``'), '```'];
        case 'table': {
            const lines = block.caption ? [`*${esc(block.caption)}*`, ''] : [];
            lines.push(`| ${block.columns.map(c => cell(c.header)).join(' | ')} |`);
            lines.push(`| ${block.columns.map(c => c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---').join(' | ')} |`);
            for (const row of block.rows) lines.push(`| ${row.cells.map(c => cell(rich(c))).join(' | ')} |`);
            return lines;
        }
        case 'chart': {
            const lines = [`**Chart: ${esc(block.title)}.** ${esc(block.description)}`];
            if (block.chart.kind === 'structure') lines.push('', ...block.chart.roots.flatMap(n => tree(n, 0)));
            else lines.push('', '*The figures are in the table above; the HTML and PDF formats draw the chart.*');
            return lines;
        }
    }
}

function tree(node: StructureNode, depth: number): string[] {
    const label = node.kind === 'collective'
        ? `**${esc(node.label)}**${node.detail ? ` (${esc(node.detail)})` : ''}${node.alert ? `: ${esc(node.alert.text)}` : ''}`
        : esc(node.label);
    return [`${'  '.repeat(depth)}- ${label}`, ...node.children.flatMap(c => tree(c, depth + 1))];
}

function rich(text: RichText): string {
    if (typeof text === 'string') return esc(text);
    return text.map(run => {
        if (run.style === 'bold') return `**${esc(run.text.trim())}**${run.text.endsWith(' ') ? ' ' : ''}`;
        if (run.style === 'italic') return `*${esc(run.text)}*`;
        if (run.style === 'code') return '`' + run.text.replace(/`/g, "'") + '`';
        return esc(run.text);
    }).join('');
}

function cell(text: string): string {
    return text.replace(/(?<!\\)\|/g, '\\|').replace(/\n/g, ' ');
}

/** Model text escaped (one definition, shared with the editor's hovers). */
export { esc };
