import {
    type AstNode, type AstNodeDescription, type AstNodeLocator, type CstNode, CstUtils, type DocumentSegment, isMultiReference, isReference, type ReferenceDescription,
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
 * Adds the index entries of one reference to `into`, as Langium's
 * DefaultReferenceDescriptionProvider.createInfoDescriptions makes them (one
 * per target; none for an unresolved reference), in compact form. Pushed one
 * by one, with no list per reference: the lists were most of the 10 MB a
 * 50,000-line build's reference index allocated.
 */
export function addCompactReferenceDescriptions(refInfo: ReferenceInfo, sourceUri: URI, locator: AstNodeLocator, into: ReferenceDescription[]): void {
    const reference = refInfo.reference;
    const refNode = reference.$refNode;
    if (reference.error || !refNode) {
        return;
    }
    if (isReference(reference)) {
        addEntry(reference.$nodeDescription, sourceUri, refInfo.container, refNode, locator, into);
    } else if (isMultiReference(reference)) {
        for (const item of reference.items) {
            addEntry(item.$nodeDescription, sourceUri, refInfo.container, refNode, locator, into);
        }
    }
}

function addEntry(target: AstNodeDescription | undefined, sourceUri: URI, container: AstNode, refNode: CstNode, locator: AstNodeLocator,
    into: ReferenceDescription[]): void {
    if (target) {
        into.push(new CompactReferenceDescription(
            sourceUri, target.documentUri, target.path, UriUtils.equals(target.documentUri, sourceUri), container, refNode, locator
        ));
    }
}
