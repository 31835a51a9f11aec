/**
 * Chart (a): per initiative, each practice's yearly benefit under the charged
 * split against its fair share, as paired horizontal bars around a zero line.
 */
import type { SplitChart } from '../document.js';
import { PALETTE } from './palette.js';
import { clip, linearScale, px, textWidth } from './scale.js';
import { svgRoot, svgText } from './svg-text.js';

const PLOT_WIDTH = 330;
const BAR = 9;
const ROW = 2 * BAR + 8;
const TOP = 28;
const FONT = 9;
const MAX_LABEL = 200;

export function splitChartSvg(chart: SplitChart): string {
    const labelChars = Math.floor(MAX_LABEL / (FONT * 0.6));
    const labels = chart.bars.map(b => clip(b.label, labelChars));
    const left = Math.min(MAX_LABEL, Math.max(40, ...labels.map(l => textWidth(l, FONT)))) + 10;
    const values = chart.bars.flatMap(b => [b.charged / 100, b.fair / 100]);
    const x = linearScale(Math.min(0, ...values), Math.max(0, ...values), left, left + PLOT_WIDTH, 5);
    const plotBottom = TOP + chart.bars.length * ROW;
    const width = left + PLOT_WIDTH + 20;
    const height = plotBottom + 36;
    const parts: string[] = [];
    parts.push(legendItem(left, 10, PALETTE.charged, 'Benefit as charged'), legendItem(left + 140, 10, PALETTE.fair, 'Fair share'));
    for (const tick of x.ticks) {
        const tx = x(tick);
        parts.push(`<line class="grid" x1="${px(tx)}" y1="${TOP}" x2="${px(tx)}" y2="${plotBottom}" stroke="${PALETTE.grid}" stroke-width="0.6"/>`);
        parts.push(svgText(tx, plotBottom + 12, tick.toLocaleString('en-GB'), { anchor: 'middle', size: 8 }));
    }
    chart.bars.forEach((bar, i) => {
        const y = TOP + i * ROW + 4;
        parts.push(svgText(left - 6, y + BAR + 3, labels[i], { anchor: 'end', size: FONT }));
        parts.push(barRect(x, bar.charged / 100, y, PALETTE.charged), barRect(x, bar.fair / 100, y + BAR, PALETTE.fair));
    });
    const zero = x(0);
    parts.push(`<line class="axis" x1="${px(zero)}" y1="${TOP}" x2="${px(zero)}" y2="${plotBottom}" stroke="${PALETTE.muted}" stroke-width="1"/>`);
    parts.push(`<line class="axis" x1="${px(left)}" y1="${plotBottom}" x2="${px(left + PLOT_WIDTH)}" y2="${plotBottom}" stroke="${PALETTE.muted}" stroke-width="0.8"/>`);
    parts.push(svgText(left + PLOT_WIDTH / 2, plotBottom + 28, `Yearly benefit (${chart.currency})`, { anchor: 'middle', bold: true, size: 9 }));
    return svgRoot(width, height, 'chart-split', parts.join(''));
}

function barRect(x: (v: number) => number, value: number, y: number, colour: string): string {
    const from = Math.min(x(0), x(value));
    const width = Math.abs(x(value) - x(0));
    return `<rect x="${px(from)}" y="${px(y)}" width="${px(width)}" height="${BAR - 1}" fill="${colour}"/>`;
}

function legendItem(x: number, y: number, colour: string, label: string): string {
    return `<rect x="${px(x)}" y="${px(y - 8)}" width="10" height="10" fill="${colour}"/>` + svgText(x + 14, y + 1, label, { size: 9 });
}
