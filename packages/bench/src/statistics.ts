/** Order statistics for timing samples (milliseconds). */

export function percentile(samples: readonly number[], fraction: number): number {
    if (samples.length === 0) {
        return Number.NaN;
    }
    const sorted = [...samples].sort((a, b) => a - b);
    // Nearest-rank: the smallest sample with at least `fraction` of samples at or below it.
    const rank = Math.max(1, Math.ceil(fraction * sorted.length));
    return sorted[rank - 1];
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
