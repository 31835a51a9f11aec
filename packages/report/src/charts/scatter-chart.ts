/**
 * Chart (b), the paradox chart: each practice's expected autonomy alone (x)
 * against in the collective (y), sized by list size. Above the diagonal,
 * ceding raises expected autonomy.
 */
import type { ParadoxVerdict } from '@autonomy/analysis';
import type { ParadoxChart } from '../document.js';
import { placeLabels } from './label-placement.js';
import { PALETTE } from './palette.js';
import { clip, linearScale, px } from './scale.js';
import { svgRoot, svgText } from './svg-text.js';

const SIZE = 300;
const LEFT = 52;
const TOP = 12;
const MAX_RADIUS = 13;
const MIN_RADIUS = 3;
/** Labels help with a handful of practices and become noise with dozens. */
const MAX_LABELLED = 12;
const LABEL_SIZE = 8;

const VERDICT_COLOURS: Record<ParadoxVerdict, string> = {
    'better-ceding': PALETTE.good,
    'no-difference': PALETTE.neutral,
    'better-alone': PALETTE.bad
};

const VERDICT_LEGEND: [ParadoxVerdict, string][] = [
    ['better-ceding', 'Better off ceding'], ['no-difference', 'No difference'], ['better-alone', 'Better off alone']
];

export function paradoxChartSvg(chart: ParadoxChart): string {
    const x = linearScale(0, 1, LEFT, LEFT + SIZE, 5);
    const y = linearScale(0, 1, TOP + SIZE, TOP, 5);
    const largest = Math.max(1, ...chart.points.map(p => p.listSize));
    const radius = (listSize: number) => Math.max(MIN_RADIUS, Math.sqrt(Math.max(0, listSize) / largest) * MAX_RADIUS);
    const parts: string[] = [];
    for (const tick of x.ticks) {
        const label = `${Math.round(tick * 100)}%`;
        parts.push(`<line class="grid" x1="${px(x(tick))}" y1="${TOP}" x2="${px(x(tick))}" y2="${TOP + SIZE}" stroke="${PALETTE.grid}" stroke-width="0.6"/>`);
        parts.push(`<line class="grid" x1="${LEFT}" y1="${px(y(tick))}" x2="${LEFT + SIZE}" y2="${px(y(tick))}" stroke="${PALETTE.grid}" stroke-width="0.6"/>`);
        parts.push(svgText(x(tick), TOP + SIZE + 13, label, { anchor: 'middle', size: 8 }));
        parts.push(svgText(LEFT - 5, y(tick) + 3, label, { anchor: 'end', size: 8 }));
    }
    parts.push(`<line class="axis" x1="${LEFT}" y1="${TOP + SIZE}" x2="${LEFT + SIZE}" y2="${TOP}" stroke="${PALETTE.muted}" stroke-width="0.8" stroke-dasharray="4 3"/>`);
    parts.push(`<rect class="axis" x="${LEFT}" y="${TOP}" width="${SIZE}" height="${SIZE}" fill="none" stroke="${PALETTE.muted}" stroke-width="0.8"/>`);
    parts.push(svgText(LEFT + SIZE / 2, TOP + SIZE + 30, 'Expected autonomy alone', { anchor: 'middle', bold: true, size: 9 }));
    parts.push(svgText(14, TOP + SIZE / 2, 'Expected autonomy in the collective', { anchor: 'middle', bold: true, size: 9, rotate: -90 }));
    // Largest first, so small practices stay visible on top.
    const order = chart.points.map((p, i) => ({ p, i })).sort((a, b) => b.p.listSize - a.p.listSize || a.i - b.i);
    for (const { p } of order) {
        // A verdict the estimates could change is a ring in its colour: where it sits, not which side it is on, is shown.
        const at = `cx="${px(x(p.alone))}" cy="${px(y(p.collective))}" r="${px(radius(p.listSize))}"`;
        parts.push(p.uncertain
            ? `<circle ${at} fill="#ffffff" fill-opacity="0.6" stroke="${VERDICT_COLOURS[p.verdict]}" stroke-width="1.6" stroke-dasharray="2 1.5"/>`
            : `<circle ${at} fill="${VERDICT_COLOURS[p.verdict]}" fill-opacity="0.75" stroke="#ffffff" stroke-width="0.8"/>`);
    }
    if (chart.points.length <= MAX_LABELLED) {
        const labels = placeLabels(
            chart.points.map(p => ({ x: x(p.alone), y: y(p.collective), radius: radius(p.listSize), text: clip(p.label, 30) })),
            { left: LEFT, top: TOP, right: LEFT + SIZE, bottom: TOP + SIZE },
            LABEL_SIZE
        );
        for (const label of labels) {
            if (label.leader) {
                parts.push(`<line x1="${px(label.leader.x1)}" y1="${px(label.leader.y1)}" x2="${px(label.leader.x2)}" y2="${px(label.leader.y2)}" `
                    + `stroke="${PALETTE.muted}" stroke-width="0.5"/>`);
            }
            parts.push(svgText(label.x, label.y, label.text, { anchor: label.anchor, size: LABEL_SIZE }));
        }
    }
    parts.push(legend(LEFT + SIZE + 16, TOP + 6, chart, radius));
    return svgRoot(LEFT + SIZE + 130, TOP + SIZE + 40, 'chart-paradox', parts.join(''));
}

function legend(x: number, y: number, chart: ParadoxChart, radius: (n: number) => number): string {
    const parts = VERDICT_LEGEND.flatMap(([verdict, text], i) => [
        `<circle cx="${x + 5}" cy="${y + 16 * i}" r="5" fill="${VERDICT_COLOURS[verdict]}"/>`, svgText(x + 14, y + 16 * i + 3, text, { size: 8 })
    ]);
    const unsure = chart.points.some(p => p.uncertain);
    if (unsure) {
        parts.push(`<circle cx="${x + 5}" cy="${y + 48}" r="4.2" fill="#ffffff" stroke="${PALETTE.muted}" stroke-width="1.6" stroke-dasharray="2 1.5"/>`,
            svgText(x + 14, y + 51, 'Uncertain (estimates)', { size: 8 }));
    }
    const below = unsure ? 16 : 0;
    parts.push(svgText(x, y + 58 + below, 'List size', { size: 8, bold: true }));
    const sizes = [...new Set(chart.points.map(p => p.listSize))].sort((a, b) => a - b);
    const shown = sizes.length <= 2 ? sizes : [sizes[0], sizes[sizes.length - 1]];
    let cy = y + 72 + below;
    for (const size of shown) {
        const r = radius(size);
        parts.push(`<circle cx="${px(x + MAX_RADIUS)}" cy="${px(cy + r)}" r="${px(r)}" fill="${PALETTE.muted}" fill-opacity="0.6"/>`);
        parts.push(svgText(x + 2 * MAX_RADIUS + 6, cy + r + 3, size.toLocaleString('en-GB'), { size: 8 }));
        cy += 2 * r + 8;
    }
    return parts.join('');
}
