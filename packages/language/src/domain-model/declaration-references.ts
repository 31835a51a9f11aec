import type { AstNode, ReferenceInfo } from 'langium';
import { declarationOf, declarationReferencesAsWalked, treeReferences, walkedByDeclaration } from '../speed/ast-walk.js';

/** References `list[start]` to `list[end - 1]`: a declaration's, without copying them out of its tree's list. */
export interface ReferenceSpan {
    list: readonly ReferenceInfo[];
    start: number;
    end: number;
}

/** Where each top-level declaration's references lie in its tree's list, by the declaration's index in its container's array. */
interface Spans {
    list: readonly ReferenceInfo[];
    property: string;
    declarations: readonly unknown[];
    starts: Int32Array;
    ends: Int32Array;
}

/** Per tree from a full parse; null when its declarations are not where their containers say (then each is walked). */
const spansOfTree = new WeakMap<AstNode, Spans | null>();

/**
 * The references under a top-level declaration, in the order a walk of it
 * finds them (`declarationReferencesAsWalked`). A tree from a full parse
 * keeps one list of all its references (ast-walk.ts), made by the linker,
 * in which each declaration's are contiguous (the walk is pre-order): the
 * span is read from it instead of walking the declaration again, which was
 * two fifths of building the domain model in a full build. A tree walked by
 * declaration keeps each declaration's list already; one whose container
 * does not list it where its index says is walked.
 */
export function referencesOfDeclaration(declaration: AstNode): ReferenceSpan {
    const root = declaration.$container;
    const property = declaration.$containerProperty;
    const spans = root && property !== undefined && !walkedByDeclaration(root) ? spansOf(root, property) : undefined;
    const index = declaration.$containerIndex;
    if (!spans || spans.property !== property || index === undefined || spans.declarations[index] !== declaration) {
        const list = declarationReferencesAsWalked(declaration);
        return { list, start: 0, end: list.length };
    }
    return { list: spans.list, start: spans.starts[index], end: spans.ends[index] };
}

function spansOf(root: AstNode, property: string): Spans | null {
    let spans = spansOfTree.get(root);
    if (spans === undefined) {
        spans = layOut(root, property);
        spansOfTree.set(root, spans);
    }
    return spans;
}

function layOut(root: AstNode, property: string): Spans | null {
    const siblings = (root as unknown as Record<string, unknown>)[property];
    if (!Array.isArray(siblings)) {
        return null;
    }
    const list = treeReferences(root);
    const starts = new Int32Array(siblings.length);
    const ends = new Int32Array(siblings.length);
    for (let i = 0; i < list.length; i++) {
        const node = declarationOf(list[i].container);
        if (node.$container !== root || node.$containerProperty !== property) {
            continue;
        }
        const index = node.$containerIndex;
        if (index === undefined || siblings[index] !== node) {
            return null;
        }
        if (ends[index] === 0) {
            starts[index] = i;
        }
        ends[index] = i + 1;
    }
    return { list, property, declarations: siblings, starts, ends };
}
