import { type AstNode, type AstNodeDescription, type CstNode, type DefaultLinker, isLinkingError, type LinkingError, type Reference } from 'langium';

/** What Langium's linker asks of a reference's resolver (its ReferenceResolver, not exported). */
interface Resolver {
    resolveReference(reference: SlottedReference, node: AstNode, property: string): AstNode | undefined;
}

/**
 * Langium's reference (DefaultReferenceImpl in references/linker.js, which
 * its linker's buildReference makes), with a slot for the target's
 * description from the start. Langium's adds `_nodeDescription` when the
 * reference is linked, long after it was made, so each of a build's
 * references (32,905 at 50,000 lines) got a new hidden class and a separate
 * property store then: about 2 MB of a 50,000-line build's linking garbage,
 * and kept. It behaves as Langium's in every other way.
 */
export class SlottedReference implements Reference {
    // Declared, and set in the constructor in the order Langium's sets them, the slot last.
    declare private readonly resolver: Resolver;
    declare private readonly node: AstNode;
    declare private readonly property: string;
    declare _ref: AstNode | LinkingError | symbol | undefined;
    declare readonly $refNode: CstNode | undefined;
    declare readonly $refText: string;
    declare _nodeDescription: AstNodeDescription | undefined;

    constructor(resolver: Resolver, node: AstNode, property: string, refNode: CstNode | undefined, refText: string) {
        this.resolver = resolver;
        this.node = node;
        this.property = property;
        this._ref = undefined;
        this.$refNode = refNode;
        this.$refText = refText;
        this._nodeDescription = undefined;
    }

    get ref(): AstNode | undefined {
        return this.resolver.resolveReference(this, this.node, this.property);
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}

/** The resolver Langium's linker gives its references (a protected field). */
export function referenceResolverOf(linker: DefaultLinker): Resolver {
    return (linker as unknown as { referenceResolver: Resolver }).referenceResolver;
}
