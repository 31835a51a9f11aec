/**
 * Places the labels of a scatter chart's points so they do not overlap each
 * other: practices often have near-identical figures, and labels written in
 * one fixed position then print on top of each other.
 *
 * Greedy: each label tries positions beside its point (its own side first,
 * then the other, then stepping up and down), first avoiding other labels and
 * other points, then only other labels; a label moved away from its point gets
 * a leader line. Deterministic, so the PDF stays byte-identical.
 */

export interface LabelledPoint {
    x: number;
    y: number;
    radius: number;
    text: string;
}

export interface Bounds {
    left: number;
    top: number;
    right: number;
    bottom: number;
}

export interface PlacedLabel {
    text: string;
    /** Text anchor position (baseline). */
    x: number;
    y: number;
    anchor: 'start' | 'end';
    /** From the point's edge to the label, when the label had to move away from its point. */
    leader?: { x1: number; y1: number; x2: number; y2: number };
}

interface Box {
    left: number;
    top: number;
    right: number;
    bottom: number;
}

/** DejaVu Sans averages about 0.6 em per character; a little generous, so estimates err towards space. */
const CHARACTER_WIDTH_EM = 0.62;
const GAP = 3;
/** Line offsets tried, nearest first: a dozen near-identical practices need up to a dozen lines. */
const STEPS = [0, ...Array.from({ length: 12 }, (_, k) => [-(k + 1), k + 1]).flat()];

export function placeLabels(points: LabelledPoint[], bounds: Bounds, fontSize: number): PlacedLabel[] {
    const lineHeight = fontSize + 2;
    const circles: Box[] = points.map(p => ({ left: p.x - p.radius, top: p.y - p.radius, right: p.x + p.radius, bottom: p.y + p.radius }));
    const placed: Box[] = [];
    const result = new Array<PlacedLabel>(points.length);
    // Top to bottom, then left to right: neighbours are placed one after another.
    const order = points.map((p, i) => i).sort((a, b) => points[a].y - points[b].y || points[a].x - points[b].x || a - b);
    for (const i of order) {
        const p = points[i];
        const width = p.text.length * fontSize * CHARACTER_WIDTH_EM;
        const preferLeft = p.x > (bounds.left + bounds.right) / 2;
        const candidates: { box: Box; label: PlacedLabel }[] = [];
        for (const step of STEPS) {
            for (const left of preferLeft ? [true, false] : [false, true]) {
                const middle = p.y + step * lineHeight;
                const x = left ? p.x - p.radius - GAP : p.x + p.radius + GAP;
                const box = left
                    ? { left: x - width, top: middle - fontSize / 2, right: x, bottom: middle + fontSize / 2 }
                    : { left: x, top: middle - fontSize / 2, right: x + width, bottom: middle + fontSize / 2 };
                const label: PlacedLabel = { text: p.text, x, y: middle + fontSize * 0.35, anchor: left ? 'end' : 'start' };
                if (step !== 0) {
                    label.leader = { x1: left ? p.x - p.radius : p.x + p.radius, y1: p.y, x2: x, y2: middle };
                }
                candidates.push({ box, label });
            }
        }
        const inside = candidates.filter(c => within(c.box, bounds));
        const choice = inside.find(c => !placed.some(b => overlaps(b, c.box)) && !circles.some((b, j) => j !== i && overlaps(b, c.box)))
            ?? inside.find(c => !placed.some(b => overlaps(b, c.box)))
            ?? leastOverlapping(inside.length > 0 ? inside : candidates, placed);
        placed.push(choice.box);
        result[i] = choice.label;
    }
    return result;
}

/** When every position collides, the one that covers the least of the labels already placed (the nearest on a tie). */
function leastOverlapping<T extends { box: Box }>(candidates: T[], placed: Box[]): T {
    let best = candidates[0];
    let bestArea = Infinity;
    for (const candidate of candidates) {
        const area = placed.reduce((sum, b) => sum + overlapArea(b, candidate.box), 0);
        if (area < bestArea) {
            best = candidate;
            bestArea = area;
        }
    }
    return best;
}

function overlapArea(a: Box, b: Box): number {
    return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
}

function within(box: Box, bounds: Bounds): boolean {
    return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

function overlaps(a: Box, b: Box): boolean {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
