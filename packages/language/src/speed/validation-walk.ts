import {
    type AstNode, Cancellation, interruptAndCheck, type LangiumCoreServices, type ValidationAcceptor, type ValidationCheck,
    type ValidationOptions, type ValidationRegistry
} from 'langium';
import { astNodes, NODES_PER_INTERRUPT_CHECK, treeNodes } from './ast-walk.js';
import { type DeclarationRecord, DeclarationRecorder, replay } from './local-diagnostics.js';
import type { Locality } from '../validation/local-checks.js';
import { AutonomyValidationRegistry } from './validation-registry.js';

/** What Langium's validator decides for one node: run its checks, and descend into its children. */
type NodeOptions = (node: AstNode) => { validateNode: boolean; validateChildren: boolean };

/** How often the per-declaration cache served (the replay test checks that it does). */
export interface ValidationCounts {
    /** Validations of a document's nodes. */
    validations: number;
    /** Of those, how many re-emitted at least one declaration's local diagnostics. */
    reusing: number;
    /** Top-level declarations whose local checks' diagnostics were re-emitted, and those checked. */
    declarationsReused: number;
    declarationsChecked: number;
}

/**
 * The node walk of Langium's document validator (`validateAstNodes`), going
 * through the nodes as listed once per parsed tree (ast-walk.ts) instead of
 * streaming the tree again, and awaiting a check only when it returns a
 * promise (ours are synchronous). The same checks run on the same nodes in
 * the same order, so the diagnostics are the same and in the same order.
 * The document validator calls it when the speed module is present.
 *
 * Incremental validation: an incremental parse keeps the objects of every
 * top-level declaration the edit did not touch. For such a declaration the
 * diagnostics its local checks (validation/local-checks.ts) reported last time
 * are re-emitted, in their place among the other checks, which run again
 * (local-diagnostics.ts), but for those local when quiet that reported nothing;
 * a declaration seen for the first time is checked in full and recorded. `incremental = false`, or AUTONOMY_INCREMENTAL_VALIDATION=off
 * in the environment, runs every check every time.
 */
export class ValidationWalk {
    /** False runs every check on every validation (the benchmarks' A/B switch). */
    incremental = true;
    readonly counts: ValidationCounts = { validations: 0, reusing: 0, declarationsReused: 0, declarationsChecked: 0 };
    private readonly registry: ValidationRegistry;
    /** Per set of checks (the registry's checkSetKey): what each declaration's validation did (WeakMap: dropped with the declaration). */
    private readonly records = new Map<string, WeakMap<AstNode, DeclarationRecord>>();
    /** The label of each of a node type's checks, per checks array the registry handed out. */
    private readonly localities = new WeakMap<readonly ValidationCheck[], Array<Locality | undefined>>();

    constructor(services: LangiumCoreServices) {
        this.registry = services.validation.ValidationRegistry;
        if (typeof process !== 'undefined' && process.env['AUTONOMY_INCREMENTAL_VALIDATION'] === 'off') {
            this.incremental = false;
        }
    }

    /** `nodeOptions` undefined: every node is validated (Langium's default), which incremental validation needs. */
    async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken, nodeOptions?: NodeOptions): Promise<void> {
        const registry = this.registry;
        if (this.incremental && !nodeOptions && registry instanceof AutonomyValidationRegistry) {
            return this.validateByDeclaration(rootNode, options, acceptor, cancelToken, registry);
        }
        const toValidate = nodeOptions ? nodesToValidate(rootNode, nodeOptions) : treeNodes(rootNode);
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

    /**
     * The same walk, a top-level declaration at a time: in the node list (pre-order)
     * each declaration is the node whose container is the root, followed by its subtree.
     */
    private async validateByDeclaration(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken, registry: AutonomyValidationRegistry): Promise<void> {
        const nodes = treeNodes(rootNode);
        const records = this.recordsFor(registry, options);
        const counts = this.counts;
        counts.validations++;
        let reused = 0;
        let sinceInterrupt = 0;
        await interruptAndCheck(cancelToken);
        await this.runChecks(rootNode, registry.checksFor(rootNode.$type, options.categories), acceptor, cancelToken);
        let i = 1;
        while (i < nodes.length) {
            const declaration = nodes[i];
            const record = records.get(declaration);
            const end = record && fits(nodes, rootNode, i + record.size) ? i + record.size : nextDeclaration(nodes, rootNode, i);
            sinceInterrupt += record ? 1 + record.steps.length : end - i;
            if (sinceInterrupt >= NODES_PER_INTERRUPT_CHECK) {
                sinceInterrupt = 0;
                await interruptAndCheck(cancelToken);
            }
            if (record && end === i + record.size) {
                await replay(record, acceptor, cancelToken);
                reused++;
            } else {
                records.set(declaration, await this.checkAndRecord(nodes, i, end, options, acceptor, cancelToken, registry));
                counts.declarationsChecked++;
            }
            i = end;
        }
        counts.declarationsReused += reused;
        if (reused > 0) {
            counts.reusing++;
        }
    }

    /** Runs every check of the nodes `[start, end)`, writing down what to do again next time. */
    private async checkAndRecord(nodes: readonly AstNode[], start: number, end: number, options: ValidationOptions,
        acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken, registry: AutonomyValidationRegistry): Promise<DeclarationRecord> {
        const recorder = new DeclarationRecorder(acceptor);
        for (let i = start; i < end; i++) {
            if ((i - start) % NODES_PER_INTERRUPT_CHECK === NODES_PER_INTERRUPT_CHECK - 1) {
                await interruptAndCheck(cancelToken);
            }
            const node = nodes[i];
            const checks = registry.checksFor(node.$type, options.categories);
            const localities = this.localitiesOf(checks, registry);
            for (let j = 0; j < checks.length; j++) {
                const locality = localities[j];
                const result = locality === 'local' ? checks[j](node, recorder.accept, cancelToken)
                    : locality === 'local-when-quiet' ? checks[j](node, recorder.counting, cancelToken)
                    : checks[j](node, acceptor, cancelToken);
                if (result) {
                    await result;
                }
                // Its diagnostics went straight through: written down after it ran, it is still in its place.
                if (!locality || (locality === 'local-when-quiet' && recorder.reportedSinceAsked())) {
                    recorder.runAgainLater(node, checks[j]);
                }
            }
        }
        return recorder.finish(end - start);
    }

    private async runChecks(node: AstNode, checks: readonly ValidationCheck[], acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken): Promise<void> {
        for (let j = 0; j < checks.length; j++) {
            const result = checks[j](node, acceptor, cancelToken);
            if (result) {
                await result;
            }
        }
    }

    private localitiesOf(checks: readonly ValidationCheck[], registry: AutonomyValidationRegistry): Array<Locality | undefined> {
        let localities = this.localities.get(checks);
        if (!localities) {
            localities = checks.map(check => registry.localityOf(check));
            this.localities.set(checks, localities);
        }
        return localities;
    }

    /** Records hold for the checks they were made with: one map per set of checks. */
    private recordsFor(registry: AutonomyValidationRegistry, options: ValidationOptions): WeakMap<AstNode, DeclarationRecord> {
        const key = registry.checkSetKey(options.categories);
        let records = this.records.get(key);
        if (!records) {
            records = new WeakMap();
            this.records.set(key, records);
        }
        return records;
    }
}

/** The index of the next top-level declaration after the one at `start` (or the end of the list). */
function nextDeclaration(nodes: readonly AstNode[], root: AstNode, start: number): number {
    let end = start + 1;
    while (end < nodes.length && nodes[end].$container !== root) {
        end++;
    }
    return end;
}

/** Whether a declaration's recorded size still ends where the next declaration (or the list) starts. */
function fits(nodes: readonly AstNode[], root: AstNode, end: number): boolean {
    return end === nodes.length || (end < nodes.length && nodes[end].$container === root);
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
