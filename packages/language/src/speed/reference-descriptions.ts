import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { NODES_PER_INTERRUPT_CHECK, treeReferences } from './ast-walk.js';
import { compactReferenceDescriptions } from './compact-reference-description.js';

/**
 * Langium's reference index entries for a document (find references, rename,
 * which documents an edit affects), from the document's references as listed
 * once per parsed tree (ast-walk.ts) instead of streaming the tree again: the
 * same descriptions in the same order, in compact form (compact-reference-description.ts).
 */
export class AutonomyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const references = treeReferences(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            const refInfo = references[i];
            if (!refInfo.reference.error) {
                descriptions.push(...compactReferenceDescriptions(refInfo, document.uri, this.nodeLocator));
            }
        }
        return descriptions;
    }
}
