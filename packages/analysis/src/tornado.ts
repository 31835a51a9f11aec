/**
 * Tornado bars (DOMAIN.md item 16): each headline figure with one input moved
 * by -20% and +20% of its value (percentages by -10 and +10 points), clamped
 * to the input's range. The tornado's swing is twice the fragile band, so the
 * offsets are whole steps on the same grid the break-even search uses.
 */
import { type Direction, stepsToBound } from './break-even.js';
import type { SensitivityInput, Tornado, TornadoBar } from './sensitivity-result.js';

/** Signed step offsets of the tornado's low and high points. */
export function tornadoOffsets(input: SensitivityInput): { low: number; high: number } {
    const swing = 2 * Math.max(1, Math.round(input.fragileWithin / input.step));
    const clampTo = (direction: Direction): number => direction * Math.min(swing, stepsToBound(input, direction));
    return { low: clampTo(-1), high: clampTo(1) };
}

/** A bar, or undefined when the input does not move the figure (swing below 1e-12, or a penny for money). */
export function tornadoBar(input: string, lowInput: number, highInput: number, atLow: number, atHigh: number, base: number): TornadoBar | undefined {
    const swing = Math.max(Math.abs(atHigh - base), Math.abs(atLow - base), Math.abs(atHigh - atLow));
    return swing > 1e-12 ? { input, lowInput, highInput, atLow, atHigh, swing: Math.abs(atHigh - atLow) } : undefined;
}

export function sortTornado(t: Tornado): Tornado {
    return { ...t, bars: [...t.bars].sort((a, b) => b.swing - a.swing || a.input.localeCompare(b.input)) };
}
