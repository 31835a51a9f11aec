const NOTHING_IGNORED: ReadonlySet<string> = new Set();

/**
 * Keys of the objects being compared, one run per depth: `Object.keys` would
 * allocate two arrays per object, which doubled the cost of comparing a large
 * domain model on every keystroke.
 */
const keyStack: string[] = [];

/**
 * Whether two plain values are the same data: equal primitives (`Object.is`:
 * NaN equal to itself, 0 not equal to -0), or arrays and objects with the same
 * keys in the same order and the same values, at any depth. Key order counts,
 * so values that are the same here serialise to the same JSON.
 *
 * Keys in `ignored` are skipped at every depth on both sides, whether present
 * or not: the editor compares domain models without their source locations.
 */
export function sameValue(a: unknown, b: unknown, ignored: ReadonlySet<string> = NOTHING_IGNORED): boolean {
    const start = keyStack.length;
    try {
        return same(a, b, ignored);
    } finally {
        // Only a throw (a getter, a stack overflow) leaves keys behind.
        keyStack.length = start;
    }
}

function same(a: unknown, b: unknown, ignored: ReadonlySet<string>): boolean {
    if (Object.is(a, b)) {
        return true;
    }
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)
        || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
        return false;
    }
    if (Array.isArray(a)) {
        return sameArray(a, b as unknown[], ignored);
    }
    const start = keyStack.length;
    const equal = sameObject(a as Record<string, unknown>, b as Record<string, unknown>, ignored, start);
    keyStack.length = start;
    return equal;
}

function sameArray(a: unknown[], b: unknown[], ignored: ReadonlySet<string>): boolean {
    if (a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (!same(a[i], b[i], ignored)) {
            return false;
        }
    }
    return true;
}

function sameObject(left: Record<string, unknown>, right: Record<string, unknown>, ignored: ReadonlySet<string>, start: number): boolean {
    let end = start;
    for (const key in left) {
        if (Object.prototype.hasOwnProperty.call(left, key) && !ignored.has(key)) {
            keyStack[end++] = key;
        }
    }
    let next = start;
    for (const key in right) {
        if (Object.prototype.hasOwnProperty.call(right, key) && !ignored.has(key)) {
            if (next === end || keyStack[next] !== key) {
                return false;
            }
            next++;
        }
    }
    if (next !== end) {
        return false;
    }
    for (let i = start; i < end; i++) {
        if (!same(left[keyStack[i]], right[keyStack[i]], ignored)) {
            return false;
        }
    }
    return true;
}
