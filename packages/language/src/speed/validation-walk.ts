import {
    type AstNode, Cancellation, interruptAndCheck, type LangiumCoreServices, type ValidationAcceptor, type ValidationCheck,
    type ValidationOptions, type ValidationRegistry
} from 'langium';
import { astNodes, NODES_PER_INTERRUPT_CHECK, treeNodes } from './ast-walk.js';
import { AutonomyValidationRegistry } from './validation-registry.js';

/** What Langium's validator decides for one node: run its checks, and descend into its children. */
type NodeOptions = (node: AstNode) => { validateNode: boolean; validateChildren: boolean };

/**
 * The node walk of Langium's document validator (`validateAstNodes`), going
 * through the nodes as listed once per parsed tree (ast-walk.ts) instead of
 * streaming the tree again, and awaiting a check only when it returns a
 * promise (ours are synchronous). The same checks run on the same nodes in
 * the same order, so the diagnostics are the same and in the same order.
 * The document validator calls it when the speed module is present.
 */
export class ValidationWalk {
    private readonly registry: ValidationRegistry;

    constructor(services: LangiumCoreServices) {
        this.registry = services.validation.ValidationRegistry;
    }

    async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken, nodeOptions: NodeOptions): Promise<void> {
        const toValidate = nodesToValidate(rootNode, nodeOptions);
        const registry = this.registry;
        // Our registry hands out its cached arrays; any other goes through its streams.
        const checksOf = registry instanceof AutonomyValidationRegistry
            ? (type: string): readonly ValidationCheck[] => registry.checksFor(type, options.categories)
            : (type: string): readonly ValidationCheck[] => registry.getChecks(type, options.categories).toArray();
        for (let i = 0; i < toValidate.length; i++) {
            if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            const node = toValidate[i];
            const checks = checksOf(node.$type);
            for (let j = 0; j < checks.length; j++) {
                const result = checks[j](node, acceptor, cancelToken);
                if (result) {
                    await result;
                }
            }
        }
    }
}

/** The nodes whose checks run, in streamAst order, leaving out the descendants of a node that says not to validate its children. */
function nodesToValidate(rootNode: AstNode, nodeOptions: NodeOptions): AstNode[] {
    const toValidate: AstNode[] = [];
    let pruned = false;
    for (const node of treeNodes(rootNode)) {
        const options = nodeOptions(node);
        if (!options.validateChildren) {
            pruned = true;
            break;
        }
        if (options.validateNode) {
            toValidate.push(node);
        }
    }
    if (!pruned) {
        return toValidate;
    }
    // Some node keeps its children out: walk again, pruning as Langium's stream does.
    const kept: AstNode[] = [];
    astNodes(rootNode, node => {
        const options = nodeOptions(node);
        if (options.validateNode) {
            kept.push(node);
        }
        return options.validateChildren;
    });
    return kept;
}
