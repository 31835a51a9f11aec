import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { astNodes, forEachReference, NODES_PER_INTERRUPT_CHECK } from './ast-walk.js';

/**
 * Langium's reference index entries for a document (find references, rename,
 * which documents an edit affects), collected with plain loops (ast-walk.ts)
 * instead of lazy streams: the same descriptions in the same order.
 */
export class AutonomyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const nodes = astNodes(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            forEachReference(nodes[i], refInfo => {
                if (!refInfo.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(refInfo));
                }
            });
        }
        return descriptions;
    }
}
