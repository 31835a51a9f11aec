/**
 * Whether two domain models give the same analysis: equal in every value but
 * their source locations (`source`, at any depth), which the analysis never
 * reads. A keystroke in whitespace, a comment or a title's position moves
 * declarations without changing what is analysed; the editor then reuses the
 * previous analysis instead of running it again.
 *
 * Conservative: a NaN, a differing key set or an unexpected value type counts
 * as a difference, so the analysis runs again.
 */
export function sameAnalysisInput(a: unknown, b: unknown): boolean {
    if (a === b) {
        return true;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
        return false;
    }
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length) {
            return false;
        }
        for (let i = 0; i < a.length; i++) {
            if (!sameAnalysisInput(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
    if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
        return false;
    }
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    let count = 0;
    for (const key in left) {
        if (!Object.prototype.hasOwnProperty.call(left, key) || key === 'source') {
            continue;
        }
        if (!Object.prototype.hasOwnProperty.call(right, key) || !sameAnalysisInput(left[key], right[key])) {
            return false;
        }
        count++;
    }
    for (const key in right) {
        if (Object.prototype.hasOwnProperty.call(right, key) && key !== 'source') {
            count--;
        }
    }
    return count === 0;
}
