import {
    type AstNode, Cancellation, DefaultDocumentValidator, interruptAndCheck, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import { astNodes, NODES_PER_INTERRUPT_CHECK } from '../references/ast-walk.js';

/**
 * Langium's document validator, walking the AST with plain loops (ast-walk.ts)
 * instead of a lazy stream, and awaiting a check only when it returns a
 * promise (ours are synchronous). The same checks run on the same nodes in the
 * same order, so the diagnostics are the same and in the same order. With
 * Langium's profiler active it defers to Langium, which times each node type.
 */
export class AutonomyDocumentValidator extends DefaultDocumentValidator {
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const toValidate: AstNode[] = [];
        astNodes(rootNode, node => {
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                toValidate.push(node);
            }
            return nodeOptions.validateChildren;
        });
        for (let i = 0; i < toValidate.length; i++) {
            if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            const node = toValidate[i];
            for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                const result = check(node, acceptor, cancelToken);
                if (result) {
                    await result;
                }
            }
        }
    }
}
