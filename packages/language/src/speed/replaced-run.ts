/**
 * Replaces, in `list` itself, the run of elements `before` (found by its
 * first element) by `after`; false, leaving `list` as it was, when `before`
 * is not a run of `list`, or is empty while `after` is not (then where
 * `after` goes is not known). The lists the build keeps per document in tree
 * order (its references, its reference index entries) change by one
 * declaration's part on a keystroke: on a 2 MB model, copying the rest, or
 * putting it together again from every declaration's, allocates arrays of
 * tens of thousands of elements, and their garbage costs more than the copy.
 */
export function replaceRun<T>(list: T[], before: readonly T[], after: readonly T[]): boolean {
    if (before.length === 0) {
        return after.length === 0;
    }
    const at = list.indexOf(before[0]);
    if (at < 0 || at + before.length > list.length) {
        return false;
    }
    for (let i = 1; i < before.length; i++) {
        if (list[at + i] !== before[i]) {
            return false;
        }
    }
    list.splice(at, before.length, ...after);
    return true;
}
