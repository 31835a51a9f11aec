/**
 * A field of a result computed when first read, for figures no diagnostic reads: a full build
 * (the editor's first, or `autonomy validate`) then never computes them, and a hover that asks
 * gets what the eager computation would have given, since `compute` reads only what the result
 * was made from, none of which changes after. The field keeps its place among the object's keys
 * (it must exist already), so the JSON of the result is the same as with the value written in.
 * A read or a write turns it into a plain data field.
 */
export function computeOnFirstRead<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
    if (!Object.prototype.hasOwnProperty.call(target, key)) {
        throw new Error(`computeOnFirstRead: '${String(key)}' must be a field of the object already, to keep its place`);
    }
    const settle = (value: T[K]): T[K] => {
        Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
        return value;
    };
    Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        get: () => settle(compute()),
        set: (value: T[K]) => {
            settle(value);
        }
    });
}
