/**
 * The structure diagram: each collective is a box holding its members, so
 * nesting (practices in networks in a federation) reads at a glance and a
 * 50-practice federation still fits the page width.
 */
import type { StructureChart, StructureNode } from '../document.js';
import { PALETTE } from './palette.js';
import { clip, px } from './scale.js';
import { svgRoot, svgText } from './svg-text.js';

const WIDTH = 520;
const PAD = 8;
const HEADER = 30;
const CHIP_HEIGHT = 22;
const GAP = 6;
const COLUMNS = 3;
const FONT_SIZE = 9;
/** DejaVu Sans averages a little over half an em per character. */
const CHAR_WIDTH = FONT_SIZE * 0.6;

interface Placed { height: number; svg: string }

export function structureSvg(chart: StructureChart): string {
    let y = 0;
    const parts: string[] = [];
    if (chart.roots.length === 0) {
        parts.push(svgText(WIDTH / 2, 20, 'The model declares no practices or collectives.', { anchor: 'middle', fill: PALETTE.muted }));
        y = 30;
    }
    const loose = chart.roots.filter(r => r.kind === 'practice');
    for (const root of chart.roots.filter(r => r.kind === 'collective')) {
        const placed = collective(root, 0, y, WIDTH);
        parts.push(placed.svg);
        y += placed.height + GAP;
    }
    if (loose.length > 0) {
        parts.push(svgText(0, y + 12, 'Not in any collective', { bold: true, fill: PALETTE.muted }));
        const placed = chips(loose, 0, y + 18, WIDTH);
        parts.push(placed.svg);
        y += 18 + placed.height + GAP;
    }
    const height = Math.max(1, Math.ceil(y));
    return svgRoot(WIDTH, height, 'chart-structure', parts.join(''), FONT_SIZE);
}

/** The extra header line for a collective's trust in its parent (item 19). */
const ALERT_LINE = 11;

function collective(node: StructureNode, x: number, y: number, width: number): Placed {
    const inner: string[] = [];
    // The trust and the initiatives it will not follow on each get a line (parts are joined with ' · ').
    const alertLines = node.alert ? node.alert.text.split(' · ') : [];
    const header = HEADER + alertLines.length * ALERT_LINE;
    let cursor = y + header;
    const practices = node.children.filter(c => c.kind === 'practice');
    for (const child of node.children.filter(c => c.kind === 'collective')) {
        const placed = collective(child, x + PAD, cursor, width - 2 * PAD);
        inner.push(placed.svg);
        cursor += placed.height + GAP;
    }
    if (practices.length > 0) {
        const placed = chips(practices, x + PAD, cursor, width - 2 * PAD);
        inner.push(placed.svg);
        cursor += placed.height + GAP;
    }
    const height = Math.max(header + PAD, cursor - y + PAD - GAP);
    const maxChars = Math.floor((width - 2 * PAD) / (CHAR_WIDTH * 1.1));
    const bad = node.alert?.bad === true;
    const box = `<rect class="collective" x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="${PALETTE.collectiveFill}" stroke="${bad ? PALETTE.bad : PALETTE.collectiveStroke}" stroke-width="${bad ? 1.6 : 1}"/>`
        + svgText(x + PAD, y + 13, clip(node.label, maxChars), { bold: true, size: 10 })
        + (node.detail ? svgText(x + PAD, y + 24, clip(node.detail, maxChars), { fill: PALETTE.muted, size: 8 }) : '')
        + alertLines.map((line, k) => svgText(x + PAD, y + 24 + (k + 1) * ALERT_LINE, clip(line, maxChars), { fill: bad ? PALETTE.bad : PALETTE.muted, size: 8, bold: bad })).join('');
    return { height, svg: box + inner.join('') };
}

function chips(nodes: StructureNode[], x: number, y: number, width: number): Placed {
    const chipWidth = (width - (COLUMNS - 1) * GAP) / COLUMNS;
    const maxChars = Math.floor((chipWidth - 10) / CHAR_WIDTH);
    const svg = nodes.map((node, i) => {
        const cx = x + (i % COLUMNS) * (chipWidth + GAP);
        const cy = y + Math.floor(i / COLUMNS) * (CHIP_HEIGHT + GAP);
        return `<rect class="practice" x="${px(cx)}" y="${cy}" width="${px(chipWidth)}" height="${CHIP_HEIGHT}" rx="3" fill="${PALETTE.practiceFill}" stroke="${PALETTE.practiceStroke}" stroke-width="0.8"/>`
            + svgText(cx + 5, cy + 14.5, clip(node.label, maxChars), {});
    }).join('');
    const rows = Math.ceil(nodes.length / COLUMNS);
    return { height: rows * CHIP_HEIGHT + (rows - 1) * GAP, svg };
}

