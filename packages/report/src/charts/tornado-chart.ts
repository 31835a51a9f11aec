/**
 * The tornado chart (DOMAIN.md item 16): one headline figure, each input's
 * bar spanning the figure at the input's low and high point, widest swing on
 * top, around a line at the figure's value in the model.
 */
import type { TornadoChart } from '../document.js';
import { PALETTE } from './palette.js';
import { clip, linearScale, px, textWidth } from './scale.js';
import { svgRoot, svgText } from './svg-text.js';

const PLOT_WIDTH = 300;
const ROW = 16;
const BAR = 10;
const TOP = 28;
const FONT = 8.5;
const MAX_LABEL = 230;

export function tornadoChartSvg(chart: TornadoChart): string {
    const labelChars = Math.floor(MAX_LABEL / (FONT * 0.6));
    const labels = chart.bars.map(b => clip(b.label, labelChars));
    const left = Math.min(MAX_LABEL, Math.max(40, ...labels.map(l => textWidth(l, FONT)))) + 10;
    const values = [chart.base, ...chart.bars.flatMap(b => [b.atLow, b.atHigh])];
    const x = linearScale(Math.min(...values), Math.max(...values), left, left + PLOT_WIDTH, 4);
    const plotBottom = TOP + Math.max(1, chart.bars.length) * ROW;
    const width = left + PLOT_WIDTH + 24;
    const parts: string[] = [];
    parts.push(legend(left, 10, PALETTE.charged, 'Input lowered'), legend(left + 110, 10, PALETTE.fair, 'Input raised'));
    for (const tick of x.ticks) {
        const tx = x(tick);
        parts.push(`<line class="grid" x1="${px(tx)}" y1="${TOP}" x2="${px(tx)}" y2="${plotBottom}" stroke="${PALETTE.grid}" stroke-width="0.6"/>`);
        parts.push(svgText(tx, plotBottom + 12, tickLabel(chart, tick), { anchor: 'middle', size: 8 }));
    }
    chart.bars.forEach((bar, i) => {
        const y = TOP + i * ROW + (ROW - BAR) / 2;
        parts.push(svgText(left - 6, y + BAR - 1, labels[i], { anchor: 'end', size: FONT }));
        parts.push(segment(x, chart.base, bar.atLow, y, PALETTE.charged), segment(x, chart.base, bar.atHigh, y, PALETTE.fair));
    });
    if (chart.bars.length === 0) {
        parts.push(svgText(left + PLOT_WIDTH / 2, TOP + ROW - 4, 'No input moves this figure.', { anchor: 'middle', size: FONT, fill: PALETTE.muted }));
    }
    const base = x(chart.base);
    parts.push(`<line class="axis" x1="${px(base)}" y1="${TOP - 4}" x2="${px(base)}" y2="${plotBottom}" stroke="${PALETTE.text}" stroke-width="1"/>`);
    parts.push(svgText(left + PLOT_WIDTH / 2, plotBottom + 27, chart.axisTitle, { anchor: 'middle', bold: true, size: 9 }));
    return svgRoot(width, plotBottom + 36, 'chart-tornado', parts.join(''));
}

/** Money in whole currency units (the values are minor units); autonomy in percentage points. */
function tickLabel(chart: TornadoChart, tick: number): string {
    if (chart.unit === 'money') {
        return `${tick < 0 ? '-' : ''}${chart.currency}${Math.abs(tick / 100).toLocaleString('en-GB')}`;
    }
    return `${tick > 0 ? '+' : ''}${Number((tick * 100).toFixed(1))}`;
}

function segment(x: (v: number) => number, from: number, to: number, y: number, colour: string): string {
    const a = Math.min(x(from), x(to));
    const w = Math.abs(x(to) - x(from));
    return `<rect x="${px(a)}" y="${px(y)}" width="${px(Math.max(w, 0.8))}" height="${BAR}" fill="${colour}"/>`;
}

function legend(x: number, y: number, colour: string, label: string): string {
    return `<rect x="${px(x)}" y="${px(y - 8)}" width="10" height="10" fill="${colour}"/>` + svgText(x + 14, y + 1, label, { size: 9 });
}
