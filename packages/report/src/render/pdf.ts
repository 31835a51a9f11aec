import pdfmake from 'pdfmake';
import { chartSvg } from '../charts/chart-svg.js';
import { PALETTE } from '../charts/palette.js';
import { type Block, plainText, type ReportDocument, type RichText, type Section, type TableRow } from '../document.js';
import { fitWords } from '../long-words.js';
import { useStableDeflate } from './pdf-deflate.js';
import { pdfFonts } from './pdf-fonts.js';

type Node = Record<string, unknown>;

const ACCENT = PALETTE.fair;
const CONTENT_WIDTH = 595.28 - 2 * 48;
const SHORT_TABLE = 8;
const MAX_CHART_HEIGHT = 600;
const HEADER_FILL = '#eef2f7';
const TONE_FILL: Record<string, string> = { bad: '#fbeaea', good: '#e9f5ee' };

/**
 * Renders an A4 PDF: embedded DejaVu fonts, a table of contents, page numbers,
 * tables that split across pages with repeated headers, and charts as vector
 * SVG. Output is byte-identical for the same document: the only clock pdfkit
 * reads is the creation date, which is pinned to the report date, and streams
 * are compressed by the same JavaScript deflate here and in the web edition.
 */
export async function renderPdf(doc: ReportDocument): Promise<Uint8Array> {
    const fonts = pdfFonts();
    const allowed = new Set(Object.values(fonts).flatMap(f => Object.values(f)));
    pdfmake.setFonts(fonts);
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(path => allowed.has(path));
    useStableDeflate();
    const content: Node[] = [...cover(doc), { toc: { title: { text: 'Contents', style: 'h1' }, numberStyle: { bold: false } } }];
    for (const section of doc.sections) content.push(...await sectionNodes(section));
    const date = new Date(`${doc.cover.date}T00:00:00Z`);
    const definition = {
        pageSize: 'A4',
        pageMargins: [48, 56, 48, 56],
        info: { title: doc.cover.title, subject: doc.cover.subtitle, creator: 'autonomy', producer: 'autonomy', creationDate: date, modDate: date },
        defaultStyle: { font: 'DejaVuSans', fontSize: 9.5, lineHeight: 1.2, color: PALETTE.text },
        styles: {
            title: { fontSize: 28, bold: true, color: PALETTE.text },
            subtitle: { fontSize: 13, color: PALETTE.muted },
            h1: { fontSize: 16, bold: true, color: ACCENT, margin: [0, 0, 0, 8] },
            h3: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
            h4: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
            caption: { fontSize: 8, italics: true, color: PALETTE.muted, margin: [0, 6, 0, 2] },
            figcaption: { fontSize: 8, color: PALETTE.muted, margin: [0, 2, 0, 8] }
        },
        header: (page: number) => page === 1 ? null : {
            text: fitWords(doc.cover.title), fontSize: 8, color: PALETTE.muted, margin: [48, 24, 48, 0]
        },
        footer: (page: number, pages: number) => page === 1 ? null : {
            columns: [
                { text: doc.cover.date, fontSize: 8, color: PALETTE.muted },
                { text: `Page ${page} of ${pages}`, fontSize: 8, color: PALETTE.muted, alignment: 'right' }
            ],
            margin: [48, 20, 48, 0]
        },
        content
    };
    const buffer = await pdfmake.createPdf(definition).getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function cover(doc: ReportDocument): Node[] {
    const { cover } = doc;
    return [
        { canvas: [{ type: 'rect', x: 0, y: 0, w: CONTENT_WIDTH, h: 6, color: ACCENT }], margin: [0, 150, 0, 24] },
        { text: fitWords(cover.title), style: 'title' },
        { text: fitWords(cover.subtitle), style: 'subtitle', margin: [0, 8, 0, 24] },
        { text: cover.date, fontSize: 12, margin: [0, 0, 0, 16] },
        {
            table: { widths: ['auto', '*'], body: cover.facts.map(f => [{ text: fitWords(f.label), color: PALETTE.muted }, { text: fitWords(f.value), bold: true }]) },
            layout: 'noBorders'
        },
        ...(cover.sourceFile ? [{ text: fitWords(`Model: ${cover.sourceFile}`), fontSize: 8, color: PALETTE.muted, margin: [0, 24, 0, 0] }] : []),
        { text: '', pageBreak: 'after' }
    ];
}

async function sectionNodes(section: Section): Promise<Node[]> {
    // Sections and initiatives are bookmarks too, for readers who navigate by the PDF viewer's outline.
    const nodes: Node[] = [{ text: fitWords(section.title), style: 'h1', tocItem: true, pageBreak: section.runOn ? undefined : 'before', margin: section.runOn ? [0, 18, 0, 8] : undefined, id: section.id, outline: true }];
    let chain: Node[] = [];
    const blocks = section.pagedBlocks ?? section.blocks;
    for (const [index, block] of blocks.entries()) {
        chain.push(await blockNode(block, section.id));
        if (keepsWithNext(block, blocks[index + 1])) continue;
        nodes.push(chain.length === 1 ? chain[0] : { stack: chain, unbreakable: true });
        chain = [];
    }
    return nodes;
}

async function blockNode(block: Block, sectionId: string): Promise<Node> {
    switch (block.kind) {
        case 'heading':
            return sectionId === 'initiatives' && block.level === 3
                ? { text: fitWords(block.text), style: 'h3', tocItem: true, tocMargin: [14, 0, 0, 0], tocStyle: { fontSize: 9 }, outline: true, outlineParentId: sectionId }
                : { text: fitWords(block.text), style: `h${block.level}` };
        case 'paragraph':
            return { text: rich(block.text), margin: [0, 0, 0, 6] };
        case 'note':
            return {
                table: { widths: ['*'], body: [[{ text: rich(block.text), margin: [6, 4, 6, 4] }]] },
                layout: { hLineWidth: () => 0, vLineWidth: (i: number) => i === 0 ? 3 : 0, vLineColor: () => ACCENT, fillColor: () => '#f4f6f9' },
                margin: [0, 2, 0, 8]
            };
        case 'list': {
            const items = block.items.map(i => ({ text: rich(i), margin: [0, 0, 0, 3] }));
            return block.ordered ? { ol: items, margin: [0, 0, 0, 6] } : { ul: items, margin: [0, 0, 0, 6] };
        }
        case 'terms':
            return { stack: block.items.map(t => ({ text: [{ text: `${fitWords(t.term)}: `, bold: true }, fitWords(t.meaning)], margin: [0, 0, 0, 3] })), margin: [0, 0, 0, 6] };
        case 'code':
            return { text: fitWords(block.text), font: 'DejaVuSansMono', fontSize: 8, background: '#f4f6f9', preserveLeadingSpaces: true, margin: [0, 2, 0, 8] };
        case 'table':
            return table(block);
        case 'chart': {
            const svg = chartSvg(block.chart);
            // Fit the page width, and the page height less room for a heading and the caption.
            const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
            const [w, h] = size ? [Number(size[1]), Number(size[2])] : [CONTENT_WIDTH, CONTENT_WIDTH];
            const scale = Math.min(1, CONTENT_WIDTH / w, MAX_CHART_HEIGHT / h);
            return {
                stack: [
                    centred({ svg, width: w * scale, height: h * scale, font: 'DejaVuSans' }, w * scale),
                    { text: [{ text: `${fitWords(block.title)}. `, bold: true, color: PALETTE.text }, fitWords(block.description)], style: 'figcaption' }
                ],
                // A very tall diagram (dozens of practices) must be allowed to start on a fresh page rather than overflow.
                unbreakable: true,
                margin: [0, 6, 0, 6]
            };
        }
    }
}

/**
 * A heading never ends a page, a paragraph introducing a short table stays on
 * its page, and a short table stays with the chart drawn from it, so no chart
 * sits alone on a page away from its figures.
 */
function keepsWithNext(block: Block, next: Block | undefined): boolean {
    if (!next) return false;
    const shortTable = next.kind === 'table' && next.rows.length <= SHORT_TABLE;
    if (block.kind === 'heading') return next.kind !== 'table' || shortTable;
    if (block.kind === 'table') return next.kind === 'chart' && block.rows.length <= SHORT_TABLE;
    return block.kind === 'paragraph' && shortTable;
}

function centred(node: Node, width: number): Node {
    return { columns: [{ width: '*', text: '' }, { width, stack: [node] }, { width: '*', text: '' }], columnGap: 0 };
}

function table(block: Extract<Block, { kind: 'table' }>): Node {
    const align = block.columns.map(c => c.align ?? 'left');
    const header = block.columns.map((c, i) => ({ text: fitWords(c.header), bold: true, fillColor: HEADER_FILL, alignment: align[i] }));
    // Figures never wrap mid-amount; text columns do.
    const body = block.rows.map((row: TableRow) => row.cells.map((cell, i) => ({
        text: rich(cell), alignment: align[i], noWrap: align[i] === 'right' || block.columns[i].noWrap || undefined,
        fillColor: row.tone ? TONE_FILL[row.tone] : undefined
    })));
    // The caption is a header row, so it stays with the table and repeats on every page the table spans.
    const caption = block.caption
        ? [[{ text: fitWords(block.caption), style: 'caption', colSpan: block.columns.length, border: [false, false, false, false] },
            ...block.columns.slice(1).map(() => ({}))]]
        : [];
    const node: Node = {
        // Sizes set once on the table rather than per cell: pdfmake resolves styles per text run.
        fontSize: 8,
        table: { headerRows: caption.length + 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: widths(block), body: [...caption, header, ...body] },
        layout: {
            hLineWidth: (i: number) => i < caption.length ? 0 : i <= caption.length + 1 ? 0.8 : 0.3,
            vLineWidth: () => 0,
            hLineColor: (i: number) => i <= caption.length + 1 ? '#8a96a8' : '#d5dae1',
            paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 4, paddingRight: () => 4
        },
        margin: [0, 2, 0, 8]
    };
    return node;
}

/**
 * The text column with the longest content takes the spare width; figures
 * (right-aligned, never wrapped) and short columns fit their content.
 */
function widths(block: Extract<Block, { kind: 'table' }>): string[] {
    // Headers wrap happily; judge columns by their longest cell.
    const length = (i: number) => block.rows.reduce((n, r) => Math.max(n, plainText(r.cells[i] ?? '').length), block.rows.length === 0 ? block.columns[i].header.length : 0);
    const lengths = block.columns.map((c, i) => c.align === 'right' || c.noWrap ? -1 : length(i));
    const widest = lengths.indexOf(Math.max(...lengths));
    return block.columns.map((_, i) => i === widest ? '*' : 'auto');
}

function rich(text: RichText): unknown {
    if (typeof text === 'string') return fitWords(text);
    return text.map(run => ({
        text: fitWords(run.text),
        bold: run.style === 'bold' || undefined,
        italics: run.style === 'italic' || undefined,
        font: run.style === 'code' ? 'DejaVuSansMono' : undefined
    }));
}
