import { AstUtils, type AstNode, type Reference } from 'langium';

/** What a message calls a declaration: its display title, else its name. */
export function label(node: { name?: string; title?: string } | undefined): string {
    if (!node) {
        return 'an unknown element';
    }
    if (!node.name) {
        // The parser recovered a declaration whose name is not typed yet.
        return node.title ? `"${node.title}" (not named yet)` : 'this declaration (not named yet)';
    }
    return node.title ? `${node.title} (${node.name})` : `'${node.name}'`;
}

/** The label of what a reference points to, or the text written. */
export function refLabel(ref: Reference<AstNode & { name?: string; title?: string }> | undefined): string {
    if (!ref) {
        return 'an unknown element';
    }
    return ref.ref ? label(ref.ref) : `'${ref.$refText}'`;
}

/** A short file name for messages about other files. */
export function fileOf(node: AstNode): string {
    const path = AstUtils.getDocument(node).uri.path;
    return path.slice(path.lastIndexOf('/') + 1);
}

/** One-based line of a node, for messages that point elsewhere. */
export function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
