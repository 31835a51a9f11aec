/**
 * The comparison chart (DOMAIN.md item 17): for each practice, its expected
 * autonomy in the collective under each scenario (one bar per scenario), with
 * a mark at its expected autonomy alone; a practice absent from a scenario
 * has no bar there.
 */
import type { ScenarioChart } from '../document.js';
import { PALETTE } from './palette.js';
import { clip, linearScale, px, textWidth } from './scale.js';
import { svgRoot, svgText } from './svg-text.js';

const PLOT_WIDTH = 300;
const BAR = 7;
const TOP = 30;
const FONT = 8.5;
const MAX_LABEL = 180;
/** Distinct on white paper and for common colour blindness (Okabe-Ito order). */
const SCENARIO_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#999999'];

export function scenarioChartSvg(chart: ScenarioChart): string {
    const k = Math.max(1, chart.scenarios.length);
    const group = k * BAR + 8;
    const labels = chart.practices.map(p => clip(p.label, Math.floor(MAX_LABEL / (FONT * 0.6))));
    const left = Math.min(MAX_LABEL, Math.max(40, ...labels.map(l => textWidth(l, FONT)))) + 10;
    const x = linearScale(0, 1, left, left + PLOT_WIDTH, 5);
    const legendRows = Math.ceil(k / 3);
    const top = TOP + (legendRows - 1) * 14;
    const plotBottom = top + Math.max(1, chart.practices.length) * group;
    const parts: string[] = [];
    chart.scenarios.forEach((name, s) => {
        const lx = left + (s % 3) * 110;
        const ly = 10 + Math.floor(s / 3) * 14;
        parts.push(`<rect x="${px(lx)}" y="${px(ly - 8)}" width="10" height="10" fill="${colour(s)}"/>`, svgText(lx + 14, ly + 1, clip(name, 16), { size: 9 }));
    });
    for (const tick of x.ticks) {
        parts.push(`<line class="grid" x1="${px(x(tick))}" y1="${top}" x2="${px(x(tick))}" y2="${plotBottom}" stroke="${PALETTE.grid}" stroke-width="0.6"/>`);
        parts.push(svgText(x(tick), plotBottom + 12, `${Math.round(tick * 100)}%`, { anchor: 'middle', size: 8 }));
    }
    chart.practices.forEach((p, i) => {
        const y0 = top + i * group + 4;
        parts.push(svgText(left - 6, y0 + (k * BAR) / 2 + 3, labels[i], { anchor: 'end', size: FONT }));
        for (let s = 0; s < k; s++) {
            const y = y0 + s * BAR;
            const collective = p.collective[s];
            if (collective !== null && collective !== undefined) {
                parts.push(`<rect x="${px(x(0))}" y="${px(y)}" width="${px(Math.max(0.8, x(collective) - x(0)))}" height="${BAR - 1}" fill="${colour(s)}"/>`);
            }
            const alone = p.alone[s];
            if (alone !== null && alone !== undefined) {
                parts.push(`<line x1="${px(x(alone))}" y1="${px(y - 0.5)}" x2="${px(x(alone))}" y2="${px(y + BAR - 0.5)}" stroke="${PALETTE.text}" stroke-width="1.6"/>`);
            }
        }
    });
    parts.push(`<line class="axis" x1="${px(x(0))}" y1="${top}" x2="${px(x(0))}" y2="${plotBottom}" stroke="${PALETTE.muted}" stroke-width="1"/>`);
    parts.push(svgText(left + PLOT_WIDTH / 2, plotBottom + 27, 'Expected autonomy in the collective (bars); alone (black marks)', { anchor: 'middle', bold: true, size: 9 }));
    return svgRoot(left + PLOT_WIDTH + 24, plotBottom + 36, 'chart-scenarios', parts.join(''));
}

function colour(s: number): string {
    return SCENARIO_COLOURS[s % SCENARIO_COLOURS.length];
}
