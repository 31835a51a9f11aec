import {
    type AstNode, Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription,
    type ReferenceInfo
} from 'langium';
import { concatenated, declarationReferences, forEachReference, NODES_PER_INTERRUPT_CHECK, topLevelNodes } from './ast-walk.js';
import { compactReferenceDescriptions } from './compact-reference-description.js';
import { linkOutcomeOf } from './incremental-linking.js';

/**
 * Langium's reference index entries for a document (find references, rename,
 * which documents an edit affects), from the document's references as listed
 * once per top-level declaration (ast-walk.ts) instead of streaming the tree
 * again: the same descriptions in the same order, in compact form
 * (compact-reference-description.ts). The entries are kept per declaration:
 * after a link that kept the links of a declaration's references
 * (incremental-linking.ts), its entries are those of the last index, whose
 * positions and paths are read from its nodes when asked.
 */
export class AutonomyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly ofDeclaration = new WeakMap<AstNode, ReferenceDescription[]>();
    /** The link each document's last index was made after. */
    private readonly indexedLink = new WeakMap<LangiumDocument, number>();

    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const root = document.parseResult.value;
        const outcome = linkOutcomeOf(root);
        const kept = outcome?.kept && this.indexedLink.get(document) === outcome.kept.from ? outcome.kept.relinked : undefined;
        this.indexedLink.delete(document);
        const own: ReferenceInfo[] = [];
        forEachReference(root, info => own.push(info));
        const walk = { done: 0, cancelToken };
        const parts: ReferenceDescription[][] = [[]];
        await this.describe(document, own, parts[0], walk);
        for (const declaration of topLevelNodes(root)) {
            let entries = kept && !kept.has(declaration) ? this.ofDeclaration.get(declaration) : undefined;
            if (!entries) {
                entries = [];
                await this.describe(document, declarationReferences(declaration), entries, walk);
                this.ofDeclaration.set(declaration, entries);
            }
            parts.push(entries);
        }
        const descriptions = concatenated(parts);
        if (outcome) {
            this.indexedLink.set(document, outcome.id);
        }
        return descriptions;
    }

    /** Adds the entries of `references` to `into`; `walk` counts the references described, to yield every so many. */
    private async describe(document: LangiumDocument, references: readonly ReferenceInfo[], into: ReferenceDescription[],
        walk: { done: number; cancelToken: Cancellation.CancellationToken }): Promise<void> {
        for (let i = 0; i < references.length; i++) {
            if (walk.done++ % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(walk.cancelToken);
            }
            const refInfo = references[i];
            if (!refInfo.reference.error) {
                into.push(...compactReferenceDescriptions(refInfo, document.uri, this.nodeLocator));
            }
        }
    }
}
