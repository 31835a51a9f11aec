/**
 * The build ratios' verdict figure. One 50,000-line build per language is one
 * sample each, and on this shared machine the same pair of builds gave
 * ours/peer from 0.78 to 1.25 within an hour (docs/performance.md, "Build ratios
 * from pairs; node constructors shared across parsers"). So each ratio with a target is
 * measured in several pairs of processes, ours then the peer, one pair after
 * another, and the verdict reads the median of the pairs' ratios: a pair shares
 * the machine's mood of its minute, which a ratio of medians taken over
 * different minutes would not.
 */
import { median } from './statistics.js';

/** Sizes whose ratio has a target, and how many pairs each is measured in (the table's run is the first). */
export const RATIO_PAIRS: ReadonlyMap<number, number> = new Map([[10_000, 5], [50_000, 5]]);

/**
 * Sizes whose cold first build (no warm-up, measure-size.ts --cold) is printed beside them, and in how many
 * pairs: no target, but it is what a user pays on opening a workspace, and the warm figure leaves it out.
 */
export const COLD_PAIRS: ReadonlyMap<number, number> = new Map([[10_000, 3], [50_000, 3]]);

export interface PairedRatio {
    /** ours / peer CPU of each pair, in the order run. */
    ratios: number[];
    median: number;
}

/** Undefined when no pair has both figures. */
export function pairedRatio(pairs: ReadonlyArray<{ ours?: number; peer?: number }>): PairedRatio | undefined {
    const ratios = pairs.flatMap(p => (p.ours !== undefined && p.peer !== undefined && p.peer > 0 ? [p.ours / p.peer] : []));
    return ratios.length === 0 ? undefined : { ratios, median: median(ratios) };
}
