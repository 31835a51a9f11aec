/**
 * Where a per-step shared cost jumps. A coalition's cost counts
 * ceil(pop(S) / stepSize) steps, so a verdict can flip and flip back as a
 * step size or a list size moves: between two scanned points of the
 * break-even search (break-even.ts) it would go unseen. These are the values
 * of such an input at which some coalition's step count changes, nearest the
 * model's value first, given as signed whole-step offsets on both sides of
 * each jump, so that the search visits every piece on which the costs are
 * constant (for a step size, where every verdict is constant too).
 */
import type { Direction } from './break-even.js';
import type { CleanModel } from './sanitise.js';
import type { SensitivityInput } from './sensitivity-result.js';

/** Jumps visited per direction; beyond them the search falls back to its scan (docs/formulas.md). */
export const MAX_JUMPS = 400;
/** Above this many participants the coalitions are too many to list; the scan alone is used. */
const MAX_PARTICIPANTS = 10;

export function jumpOffsets(model: CleanModel, input: SensitivityInput, direction: Direction, bound: number): number[] {
    const ref = input.ref;
    const offsets = new Set<number>();
    const add = (value: number): void => {
        const d = (value - input.value) * direction;
        if (d > 0 && d <= bound) {
            offsets.add(d);
        }
    };
    for (const initiative of model.initiatives) {
        const steps = initiative.sharedCost.flatMap((t, k) => (t.kind === 'per-step' && t.stepSize > 0 ? [{ k, size: t.stepSize }] : []));
        if (steps.length === 0 || initiative.participants.length > MAX_PARTICIPANTS) {
            continue;
        }
        const pops = initiative.participants.map(id => model.practiceById.get(id)?.listSize ?? 0);
        if (ref.kind === 'shared-cost' && ref.field === 'step-size' && ref.initiative === initiative.id) {
            for (const pop of new Set(subsetSums(pops))) {
                stepSizeJumps(pop, input.value, direction, add);
            }
        } else if (ref.kind === 'list-size') {
            const j = initiative.participants.indexOf(ref.practice);
            if (j < 0) {
                continue;
            }
            const others = pops.filter((_, k) => k !== j);
            for (const rest of new Set(subsetSums(others))) {
                for (const { size } of steps) {
                    listSizeJumps(rest, size, input.value, direction, add);
                }
            }
        }
    }
    return [...offsets].sort((a, b) => a - b).slice(0, MAX_JUMPS).map(d => d * direction);
}

function subsetSums(values: number[]): number[] {
    let sums = [0];
    for (const v of values) {
        sums = [...sums, ...sums.map(s => s + v)];
    }
    return sums;
}

/**
 * ceil(pop / s) takes the value m for s from ceil(pop / m) to ceil(pop / (m - 1)) - 1:
 * both ends of each such piece, nearest the model's step size first.
 */
function stepSizeJumps(pop: number, value: number, direction: Direction, add: (v: number) => void): void {
    let s = value;
    for (let n = 0; pop > 0 && n < MAX_JUMPS; n++) {
        const m = Math.ceil(pop / s);
        // Up: the next piece starts at ceil(pop / (m - 1)); down: this piece starts at ceil(pop / m).
        const start = direction > 0 ? (m <= 1 ? Infinity : Math.ceil(pop / (m - 1))) : Math.ceil(pop / m);
        if (!Number.isFinite(start) || start - 1 < 1) {
            return;
        }
        add(start);
        add(start - 1);
        s = direction > 0 ? start : start - 1;
    }
}

/** ceil((L + rest) / size) steps up after L = m * size - rest: both sides of each such L, nearest first. */
function listSizeJumps(rest: number, size: number, value: number, direction: Direction, add: (v: number) => void): void {
    for (let m = Math.floor((value + rest) / size), n = 0; n < MAX_JUMPS; m += direction, n++) {
        const at = m * size - rest;
        if (direction < 0 && at + 1 < 0) {
            break;
        }
        add(at);
        add(at + 1);
    }
}
