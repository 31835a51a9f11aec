import {
    type AstNode, type AstNodeLocator, type CstNode, CstUtils, type DocumentSegment, isMultiReference, isReference, type ReferenceDescription,
    type ReferenceInfo, type URI, UriUtils
} from 'langium';

/**
 * A reference index entry that keeps the reference's container node and
 * CST node and works out its source path and text segment when asked (find
 * references, rename), instead of holding them ready as Langium's entries do.
 * The index holds one entry per resolved reference of every open document
 * (32,905 for the benchmark's 50,000-line workspace), and those ready-made
 * path strings and segment objects were 390 bytes an entry, 12.6 MB in all;
 * the nodes are kept alive by the document anyway until the entry is replaced
 * (docs/performance.md, "Server memory (2 December)").
 */
export class CompactReferenceDescription implements ReferenceDescription {
    constructor(
        readonly sourceUri: URI,
        readonly targetUri: URI,
        readonly targetPath: string,
        readonly local: boolean,
        private readonly container: AstNode,
        private readonly refNode: CstNode,
        private readonly locator: AstNodeLocator
    ) {}

    /** The node holding the reference. */
    get source(): AstNode {
        return this.container;
    }

    get sourcePath(): string {
        return this.locator.getAstNodePath(this.container);
    }

    get segment(): DocumentSegment {
        return CstUtils.toDocumentSegment(this.refNode);
    }

    /** The entry as Langium's plain one, fields in its order. */
    toJSON(): ReferenceDescription {
        const { sourceUri, sourcePath, targetUri, targetPath, segment, local } = this;
        return { sourceUri, sourcePath, targetUri, targetPath, segment, local };
    }
}

/**
 * The index entries of one reference, as Langium's
 * DefaultReferenceDescriptionProvider.createInfoDescriptions makes them (one
 * per target; none for an unresolved reference), in compact form.
 */
export function compactReferenceDescriptions(refInfo: ReferenceInfo, sourceUri: URI, locator: AstNodeLocator): ReferenceDescription[] {
    const reference = refInfo.reference;
    const refNode = reference.$refNode;
    if (reference.error || !refNode) {
        return [];
    }
    const targets = isReference(reference)
        ? (reference.$nodeDescription ? [reference.$nodeDescription] : [])
        : isMultiReference(reference) ? reference.items.flatMap(item => (item.$nodeDescription ? [item.$nodeDescription] : [])) : [];
    return targets.map(target => new CompactReferenceDescription(
        sourceUri, target.documentUri, target.path, UriUtils.equals(target.documentUri, sourceUri), refInfo.container, refNode, locator
    ));
}
