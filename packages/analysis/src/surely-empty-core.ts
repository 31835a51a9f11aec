/**
 * A cheap proof that the core is empty, without the LP: a coalition S with
 * v(S) + v(P - S) > v(P) forces e* >= (v(S) + v(P - S) - v(P)) / 2 > 0 for
 * any split. Values are whole pence, so the test is exact and never says
 * "empty" where the exact least core (exact-least-core.ts) would not.
 */
export function surelyEmptyCore(n: number, values: Float64Array): boolean {
    if (n <= 1) {
        return false;
    }
    const full = (1 << n) - 1;
    const grand = values[full];
    // Masks without the highest participant cover each pair {S, P - S} once.
    const half = 1 << (n - 1);
    for (let mask = 1; mask < half; mask++) {
        if (values[mask] + values[full ^ mask] > grand) {
            return true;
        }
    }
    return false;
}
