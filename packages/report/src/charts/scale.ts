/** Linear scales and round tick values for the report's charts. */
import { scaleLinear } from 'd3-scale';

export interface LinearScale {
    (value: number): number;
    ticks: number[];
}

/**
 * Maps [lo, hi], widened to round ticks (d3's `nice`: a step of 1, 2 or 5
 * times a power of ten giving about `tickCount` ticks), onto [from, to] pixels.
 */
export function linearScale(lo: number, hi: number, from: number, to: number, tickCount = 5): LinearScale {
    if (lo === hi) { lo -= 1; hi += 1; }
    const d3 = scaleLinear().domain([lo, hi]).range([from, to]).nice(tickCount);
    const scale = ((value: number) => d3(value)) as LinearScale;
    // d3 computes each tick as a multiple of the step, so -0 is the only float artefact left.
    scale.ticks = d3.ticks(tickCount).map(t => t + 0);
    return scale;
}

/** Coordinates with at most two decimals keep the SVG small and deterministic. */
export function px(n: number): string {
    return Number(n.toFixed(2)).toString();
}

/** DejaVu Sans averages a little over half an em per character. */
export function textWidth(text: string, fontSize: number): number {
    return [...text].length * fontSize * 0.6;
}

export function clip(label: string, maxChars: number): string {
    const chars = [...label];
    return chars.length <= maxChars ? label : chars.slice(0, Math.max(1, maxChars - 1)).join('') + '…';
}

/** Labels clipped to fit `maxWidth` at `fontSize`, and the x where the plot starts to their right. */
export function labelColumn(labels: string[], fontSize: number, maxWidth: number): { labels: string[]; left: number } {
    const clipped = labels.map(l => clip(l, Math.floor(maxWidth / (fontSize * 0.6))));
    return { labels: clipped, left: Math.min(maxWidth, Math.max(40, ...clipped.map(l => textWidth(l, fontSize)))) + 10 };
}
