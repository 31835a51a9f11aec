import type { AstNode } from 'langium';

/**
 * What an incremental parse replaced, for the build phases after it (the
 * index, the linker, the reference index): a parse made from the previous
 * tree with one top-level declaration replaced, or only the comments between
 * two. A full parse records nothing, and every phase then works on the whole
 * document as Langium does. Each phase keeps the serial of the tree it last
 * worked on, and uses the record only when it was made from that tree.
 */
export interface Reparse {
    /** The serial (treeSerial) of the tree the parse was made from. */
    readonly previous: number;
    /** The declaration the edit fell in, and the node its new text parsed to; absent when only comments between declarations changed. */
    readonly replaced?: { readonly old: AstNode; readonly new: AstNode };
}

const serials = new WeakMap<AstNode, number>();
let nextSerial = 1;

/**
 * A number for a document's tree (its root node), unique in the process: the
 * phases remember trees by it rather than by the root, which would keep the
 * previous tree and its text alive.
 */
export function treeSerial(root: AstNode): number {
    let serial = serials.get(root);
    if (serial === undefined) {
        serial = nextSerial++;
        serials.set(root, serial);
    }
    return serial;
}

const reparses = new WeakMap<AstNode, Reparse>();

/** Records that `root` was parsed from `previousRoot`, with `replaced` (or only comments) new. */
export function recordReparse(previousRoot: AstNode, root: AstNode, replaced?: Reparse['replaced']): void {
    reparses.set(root, { previous: treeSerial(previousRoot), replaced });
}

/** What the parse that made `root` replaced, when it was incremental. */
export function reparseOf(root: AstNode): Reparse | undefined {
    return reparses.get(root);
}

/**
 * Forgets the record once the last phase that reads it (linking) is done:
 * the replaced declaration points to the previous tree, which holds the
 * previous text.
 */
export function forgetReparse(root: AstNode): void {
    reparses.delete(root);
}
