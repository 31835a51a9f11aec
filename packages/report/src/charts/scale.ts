/** Linear scales and round tick values for the report's charts. */

export interface LinearScale {
    (value: number): number;
    ticks: number[];
}

/** Maps [lo, hi] (widened to round ticks) onto [from, to] pixels. */
export function linearScale(lo: number, hi: number, from: number, to: number, tickCount = 5): LinearScale {
    if (lo === hi) { lo -= 1; hi += 1; }
    const step = tickStep(lo, hi, tickCount);
    const start = Math.floor(lo / step) * step;
    const end = Math.ceil(hi / step) * step;
    const scale = ((value: number) => from + (value - start) / (end - start) * (to - from)) as LinearScale;
    scale.ticks = [];
    for (let v = start; v <= end + step / 2; v += step) scale.ticks.push(Math.abs(v) < step / 1e6 ? 0 : Number(v.toPrecision(12)));
    return scale;
}

/** 1, 2 or 5 times a power of ten, giving about `count` ticks. */
function tickStep(lo: number, hi: number, count: number): number {
    const raw = (hi - lo) / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    const ratio = raw / power;
    return power * (ratio >= 7.07 ? 10 : ratio >= 3.16 ? 5 : ratio >= 1.41 ? 2 : 1);
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
