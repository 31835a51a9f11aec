import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { astNodes, forEachReference, NODES_PER_INTERRUPT_CHECK } from './ast-walk.js';

/**
 * Langium's linker, walking the document with plain loops (ast-walk.ts)
 * instead of lazy streams: the same references linked in the same order.
 * With Langium's profiler active it defers to Langium, which times each reference.
 */
export class AutonomyLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const nodes = astNodes(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            forEachReference(nodes[i], ref => this.doLink(ref, document));
        }
    }
}
