import {
    type AstNode, type AstNodeDescription, type AstNodeLocator, CstUtils, DefaultAstNodeDescriptionProvider, type DocumentSegment,
    type LangiumCoreServices, type LangiumDocument, type NameProvider, type URI, AstUtils
} from 'langium';

/**
 * An index entry for a declaration whose text segments are read from its
 * syntax tree when asked, instead of held as they were when it was indexed
 * (Langium's `selectionSegment`, and its `nameSegment` once read). An
 * incremental parse moves the syntax trees of the declarations after an edit
 * in place (cst-positions.ts), so an entry kept from the previous index
 * (scope-computation.ts) still gives their positions now.
 */
class LiveNodeDescription implements AstNodeDescription {
    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly type: string,
        readonly documentUri: URI,
        readonly path: string,
        private readonly nameProvider: NameProvider
    ) {}

    get nameSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.nameProvider.getNameNode(this.node) ?? this.node.$cstNode);
    }

    get selectionSegment(): DocumentSegment | undefined {
        return CstUtils.toDocumentSegment(this.node.$cstNode);
    }
}

/** Langium's description provider, making entries that read their positions when asked (above). */
export class LiveNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    private readonly locator: AstNodeLocator;
    private readonly names: NameProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.locator = services.workspace.AstNodeLocator;
        this.names = services.references.NameProvider;
    }

    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const path = this.locator.getAstNodePath(node);
        name ??= this.names.getName(node);
        if (!name) {
            throw new Error(`Node at path ${path} has no name.`);
        }
        return new LiveNodeDescription(node, name, node.$type, (document ?? AstUtils.getDocument(node)).uri, path, this.names);
    }
}
