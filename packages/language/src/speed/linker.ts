import { Cancellation, DefaultLinker, interruptAndCheck, type LangiumDocument } from 'langium';
import { NODES_PER_INTERRUPT_CHECK, treeReferences } from './ast-walk.js';

/**
 * Langium's linker, going through the document's references as listed once
 * per parsed tree (ast-walk.ts) instead of streaming the tree again: the same
 * references linked in the same order.
 * With Langium's profiler active it defers to Langium, which times each reference.
 */
export class AutonomyLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const references = treeReferences(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            this.doLink(references[i], document);
        }
    }
}
