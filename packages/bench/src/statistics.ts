/** Order statistics for timing samples (milliseconds). */

export function percentile(samples: readonly number[], fraction: number): number {
    return samples.length === 0 ? Number.NaN : samples[percentileIndex(samples, fraction)];
}

/** The index of the sample percentile(samples, fraction) is (-1 when there are none): to read a figure measured with it. */
export function percentileIndex(samples: readonly number[], fraction: number): number {
    if (samples.length === 0) {
        return -1;
    }
    const order = samples.map((_, i) => i).sort((a, b) => samples[a] - samples[b]);
    // Nearest-rank: the smallest sample with at least `fraction` of samples at or below it.
    const rank = Math.max(1, Math.ceil(fraction * order.length));
    return order[rank - 1];
}

export function median(samples: readonly number[]): number {
    return percentile(samples, 0.5);
}

export async function timeIt<T>(action: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
    const start = performance.now();
    const value = await action();
    return { ms: performance.now() - start, value };
}

export function megabytes(bytes: number): number {
    return Math.round(bytes / 1024 / 1024);
}
