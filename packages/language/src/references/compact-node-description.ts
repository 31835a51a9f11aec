import {
    type AstNode, type AstNodeDescription, AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type DocumentSegment, type LangiumDocument,
    type NameProvider, type URI
} from 'langium';

/**
 * An exported declaration's entry in the index (issue 15: server memory)
 * that works out its text segments when asked (go to definition, workspace
 * symbols, hover), instead of holding them ready. Langium's entry is an object
 * literal with a getter, which V8 keeps as a dictionary with a closure: about
 * 700 bytes an entry with its ready-made segment and range, 4.2 MB for the
 * 5,894 declarations of the benchmark's 50,000-line workspace; and making the
 * segment cached a range on every declaration's CST node. This one is 80 bytes.
 * The segments are those of the node where it is now: the incremental parse
 * moves the declarations after an edit in place (speed/cst-positions.ts), and
 * the speed module's scope computation keeps their entries from one keystroke
 * to the next (speed/scope-computation.ts), so they must not hold positions.
 */
class CompactAstNodeDescription implements AstNodeDescription {
    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly type: string,
        readonly documentUri: URI,
        readonly path: string,
        private readonly names: NameProvider
    ) {}

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }

    /** The entry as Langium's plain one, without the node (which refers back to its document). */
    toJSON(): Omit<AstNodeDescription, 'node'> {
        const { name, nameSegment, selectionSegment, type, documentUri, path } = this;
        return { name, nameSegment, selectionSegment, type, documentUri, path };
    }
}

/** Langium's description provider, making the compact entries above. */
export class CompactAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        const named = name ?? this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!named) {
            throw new Error(`Node at path ${path} has no name.`);
        }
        return new CompactAstNodeDescription(node, named, node.$type, uri, path, this.nameProvider);
    }
}
