/**
 * A PDF of a locality with thousands of practices must stay readable and
 * bounded (the 50,000-line benchmark locality took 47 s and 2.3 GB). Paged
 * formats get the top entries of each long table, no whole-locality diagram,
 * and a sentence saying so; the HTML, Markdown and JSON keep everything.
 */
import type { Block, Section, StructureNode, TableRow } from '../document.js';

/** Initiatives a paged edition details. */
export const PAGED_INITIATIVES = 12;
/** Rows a paged table keeps. */
export const PAGED_ROWS = 40;
/** Boxes a structure diagram may draw on paper. */
const PAGED_DIAGRAM_NODES = 150;

export function withPagedSummary(section: Section): Section {
    const source = section.pagedBlocks ?? section.blocks;
    let changed = section.pagedBlocks !== undefined;
    const paged: Block[] = [];
    for (const block of source) {
        const entries = block.kind === 'table' ? block.rows.filter(isEntry).length : 0;
        if (block.kind === 'table' && entries > PAGED_ROWS) {
            changed = true;
            paged.push({ ...block, rows: topRows(block.rows) }, {
                kind: 'note',
                text: `This table shows the ${PAGED_ROWS} rows of ${entries.toLocaleString('en-GB')} with most at stake`
                    + `${block.rows.some(r => !isEntry(r)) ? ' and the totals' : ''}; the full table is in the HTML and JSON editions of this report.`
            });
        } else if (block.kind === 'chart' && block.chart.kind === 'structure' && nodeCount(block.chart.roots) > PAGED_DIAGRAM_NODES) {
            changed = true;
            paged.push({ kind: 'note', text: `The diagram of all ${nodeCount(block.chart.roots).toLocaleString('en-GB')} practices and collectives is too large for a page; it is in the HTML edition of this report.` });
        } else {
            paged.push(block);
        }
    }
    return changed ? { ...section, pagedBlocks: paged } : section;
}

/** A row about one element of the model, as opposed to a totals row. */
function isEntry(row: TableRow): boolean {
    return row.kind !== undefined || row.weight !== undefined;
}

/** The heaviest rows in their original order; rows that are not model elements (totals) always stay. */
function topRows(rows: TableRow[]): TableRow[] {
    const elements = rows.map((row, index) => ({ row, index })).filter(x => isEntry(x.row));
    const keep = new Set(elements.sort((a, b) => (b.row.weight ?? 0) - (a.row.weight ?? 0) || a.index - b.index).slice(0, PAGED_ROWS).map(x => x.index));
    return rows.filter((row, index) => keep.has(index) || !isEntry(row));
}

function nodeCount(nodes: StructureNode[]): number {
    return nodes.reduce((n, node) => n + 1 + nodeCount(node.children), 0);
}

/** Detail blocks for the first `keep` groups, and a sentence for the rest: the initiatives and the deal of a large locality. */
export function pagedGroups(intro: Block[], groups: { weight: number; blocks: Block[] }[], keep: number, noun: string): Block[] | undefined {
    if (groups.length <= keep) return undefined;
    const top = groups.map((g, index) => ({ g, index })).sort((a, b) => b.g.weight - a.g.weight || a.index - b.index).slice(0, keep)
        .sort((a, b) => a.index - b.index).map(x => x.g);
    return [
        ...intro,
        { kind: 'note', text: `This edition details the ${keep} of ${groups.length.toLocaleString('en-GB')} ${noun} with most at stake; every one is detailed in the HTML and JSON editions of this report.` },
        ...top.flatMap(g => g.blocks)
    ];
}
