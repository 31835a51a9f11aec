/**
 * Whether two plain values are the same data: equal primitives (NaN equal to
 * itself), or arrays and objects with the same keys in the same order and the
 * same values, at any depth. Key order counts, so values that are the same
 * here serialise to the same JSON.
 */
export function sameValue(a: unknown, b: unknown): boolean {
    if (Object.is(a, b)) {
        return true;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)
        || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
        return false;
    }
    const keys = Object.keys(a);
    const others = Object.keys(b);
    if (keys.length !== others.length) {
        return false;
    }
    for (let i = 0; i < keys.length; i++) {
        if (keys[i] !== others[i] || !sameValue((a as Record<string, unknown>)[keys[i]], (b as Record<string, unknown>)[keys[i]])) {
            return false;
        }
    }
    return true;
}
