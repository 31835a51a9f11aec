import type { SourceLocation } from '@autonomy/domain';
import { type AstNode, AstUtils, type CstNode, isCompositeCstNode, isReference } from 'langium';
import { referencesOfDeclaration, type ReferenceSpan } from './declaration-references.js';

/**
 * What is kept of a declaration: its record, where it was (as numbers: a second location object per
 * declaration beside the record's own was 0.4 MB on the 50,000-line workspace) and its references' target names.
 */
interface Kept {
    record: unknown;
    uri: string | undefined;
    line: number;
    character: number;
    targets: ReadonlyArray<string | undefined>;
}

/** The targets of a declaration without references, shared. */
const NO_TARGETS: ReadonlyArray<string | undefined> = [];

/**
 * The domain record of each top-level declaration, kept from one build of the
 * domain model to the next. An incremental parse keeps the objects of every
 * declaration it did not re-parse, and a declaration's record reads nothing
 * but its own subtree (which does not change once parsed), the names of the
 * declarations its references lead to (a declaration's name is fixed for its
 * object's life) and its position. So the record is the last one while its
 * references lead to declarations of the same names (a declaration an edit
 * parsed again is a new object of the same name), and a copy with the new
 * position when only that moved. Keeping the objects is what lets the analysis recognise
 * what did not change by identity (see @autonomy/analysis, AnalysisMemo),
 * instead of comparing the whole model's contents on every keystroke.
 */
export class DeclarationRecords {
    private readonly kept = new WeakMap<AstNode, Kept>();

    /**
     * The record of `declaration`: the kept one when still right, `relocate(kept, source)` when only its
     * position moved, else `build(source)`'s (`source` is sourceOf the declaration, read once for both).
     * Callers must not change what comes back: the next build shares it.
     */
    recordOf<R>(declaration: AstNode, build: (source: SourceLocation | undefined) => R, relocate: (record: R, source: SourceLocation | undefined) => R): R {
        const source = sourceOf(declaration);
        const references = referencesOfDeclaration(declaration);
        const entry = this.kept.get(declaration);
        if (entry && sameTargets(entry.targets, references)) {
            if (!sameSource(entry, source)) {
                entry.record = relocate(entry.record as R, source);
                setSource(entry, source);
            }
            return entry.record as R;
        }
        const record = build(source);
        const targets = references.start === references.end ? NO_TARGETS : targetNames(references);
        const kept: Kept = { record, uri: undefined, line: -1, character: -1, targets };
        setSource(kept, source);
        this.kept.set(declaration, kept);
        return record;
    }
}

/** The name of what a reference leads to: all the builder reads of it. */
function targetName(target: AstNode | undefined): string | undefined {
    return (target as { name?: string } | undefined)?.name;
}

function targetNames({ list, start, end }: ReferenceSpan): Array<string | undefined> {
    const names: Array<string | undefined> = [];
    for (let i = start; i < end; i++) {
        const reference = list[i].reference;
        names.push(isReference(reference) ? targetName(reference.ref) : undefined);
    }
    return names;
}

function sameTargets(targets: ReadonlyArray<string | undefined>, { list, start, end }: ReferenceSpan): boolean {
    if (targets.length !== end - start) {
        return false;
    }
    for (let i = 0; i < targets.length; i++) {
        const reference = list[start + i].reference;
        // No multi-references in the grammar; one would never be kept.
        if (!isReference(reference) || targetName(reference.ref) !== targets[i]) {
            return false;
        }
    }
    return true;
}

/** Whether `kept` was at `source` (line -1: it had none). */
function sameSource(kept: Kept, source: SourceLocation | undefined): boolean {
    return source === undefined ? kept.line < 0 : kept.uri === source.uri && kept.line === source.line && kept.character === source.character;
}

function setSource(kept: Kept, source: SourceLocation | undefined): void {
    kept.uri = source?.uri;
    kept.line = source?.line ?? -1;
    kept.character = source?.character ?? -1;
}

/**
 * Where a declaration starts: the start of its syntax node's range, which is
 * that of its first leaf (as the composite's range is made), read from the
 * leaf alone: a composite's range finds its last leaf too, and after an edit
 * every declaration below it has its range made anew (a twentieth of a
 * 61,000-line keystroke when asked of every declaration).
 */
export function sourceOf(node: AstNode): SourceLocation | undefined {
    let cst: CstNode | undefined = node.$cstNode;
    if (!cst) {
        return undefined;
    }
    while (isCompositeCstNode(cst)) {
        // As Langium's firstNonHiddenNode: the first child not hidden, else the first.
        cst = cst.content.find(child => !child.hidden) ?? cst.content[0];
        if (!cst) {
            // An empty composite's range is the start of the text.
            return { uri: AstUtils.getDocument(node).uri.toString(), line: 0, character: 0 };
        }
    }
    const { line, character } = cst.range.start;
    return { uri: AstUtils.getDocument(node).uri.toString(), line, character };
}
