/**
 * The break-even search of DOMAIN.md item 16, on a grid of whole steps away
 * from an input's value (one penny, 0.1 percentage point, one patient, 0.01 of
 * a score). Scan outwards at 1, 2, 5, 10, 20, 50, ... times the fragile band
 * up to the end of the valid range, then bisect the first scanned interval in
 * which a verdict differs, down to one step. What comes back is a value where
 * the verdict differs while one step nearer the model's value it does not.
 * Where the costs jump (per-step terms), the caller adds the jumps to the
 * scanned points (step-breakpoints.ts). Otherwise a verdict that flips and
 * flips back between two scanned points is not seen: docs/formulas.md says so.
 */
import type { SensitivityInput } from './sensitivity-result.js';

export type Direction = -1 | 1;

/** The input's value `d` steps away from the model's value, on the step grid, within the range. */
export function valueAt(input: SensitivityInput, d: number): number {
    if (d === 0) {
        return input.value;
    }
    // Whole units (pence, patients) stay integers; 0.01 and 0.001 steps are rounded to drop binary noise.
    const raw = input.step >= 1 ? Math.round(input.value + d * input.step) : Math.round((input.value + d * input.step) * 1e9) / 1e9;
    return Math.min(input.max, Math.max(input.min, raw));
}

/** How many whole steps fit between the model's value and the end of the range in `direction`. */
export function stepsToBound(input: SensitivityInput, direction: Direction): number {
    const room = direction > 0 ? input.max - input.value : input.value - input.min;
    return Math.max(0, Math.floor(room / input.step + 1e-9));
}

/** Offsets (signed whole steps) scanned in `direction`, nearest first, ending at the bound. */
export function scanOffsets(input: SensitivityInput, direction: Direction): number[] {
    const bound = stepsToBound(input, direction);
    const band = Math.max(1, Math.round(input.fragileWithin / input.step));
    const out: number[] = [];
    for (let scale = band; out.length === 0 || out[out.length - 1] < bound; scale *= 10) {
        for (const m of [1, 2, 5]) {
            const d = Math.min(bound, m * scale);
            if (d > (out[out.length - 1] ?? 0)) {
                out.push(d);
            }
        }
        if (bound === 0) {
            break;
        }
    }
    return out.map(d => d * direction);
}

/**
 * For each verdict in `keys`, the first offset in `direction` at which
 * `stateAt(d).get(key)` differs from `stateAt(0).get(key)`, with the state
 * there; null when it never does at the scanned points.
 */
export function firstFlips(
    input: SensitivityInput, direction: Direction, keys: string[], stateAt: (d: number) => Map<string, string>, jumps: number[] = []
): Map<string, { d: number; state: string } | null> {
    const base = stateAt(0);
    const scan = [...new Set([...scanOffsets(input, direction), ...jumps])].sort((a, b) => Math.abs(a) - Math.abs(b));
    const out = new Map<string, { d: number; state: string } | null>();
    for (const key of keys) {
        const was = base.get(key);
        let previous = 0;
        let found: { d: number; state: string } | null = null;
        for (const d of scan) {
            const state = stateAt(d).get(key);
            if (state !== was) {
                found = bisect(previous, d, was, key, stateAt);
                break;
            }
            previous = d;
        }
        out.set(key, found);
    }
    return out;
}

/** Narrows (same, differs) to adjacent steps; returns the nearest differing offset and its state. */
function bisect(same: number, differs: number, was: string | undefined, key: string, stateAt: (d: number) => Map<string, string>)
    : { d: number; state: string } {
    let lo = same;
    let hi = differs;
    while (Math.abs(hi - lo) > 1) {
        const mid = lo + Math.trunc((hi - lo) / 2);
        if (stateAt(mid).get(key) === was) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return { d: hi, state: stateAt(hi).get(key) ?? 'none' };
}
