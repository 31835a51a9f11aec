import {
    type LangiumCoreServices, type MaybePromise, stream, type Stream, type ValidationAcceptor, type ValidationCategory,
    type ValidationCheck, type ValidationChecks, ValidationRegistry
} from 'langium';
import { type Locality, localityOf } from '../validation/local-checks.js';

/**
 * Langium's validation registry, made cheaper per AST node without changing
 * what it runs or reports:
 *
 * - `getChecks` answers from an array per node type (and categories), made on
 *   first use, instead of building a stream chain for every node of every
 *   document;
 * - a check is called directly rather than through two async wrappers. All
 *   our checks are synchronous, so Langium's wrappers cost two promises per
 *   check and node; an exception, or a check that does return a promise, still
 *   goes through Langium's `handleException`, so errors are reported exactly as
 *   before (and cancellation still propagates).
 *
 * Together about a tenth of the validation phase outside the checks
 * themselves (docs/performance.md).
 *
 * It also keeps the table's `local(...)` label (validation/local-checks.ts)
 * on the checks it hands out, for the validation walk's per-declaration cache.
 */
export class AutonomyValidationRegistry extends ValidationRegistry {
    /** Checks by node type, per list of categories (joined with commas; a NUL key for all). */
    private readonly checksByCategories = new Map<string, Map<string, ValidationCheck[]>>();
    /** The last categories array asked for and its map: a document's validation asks with one array for every node. */
    private lastCategories?: ValidationCategory[];
    private lastChecks?: Map<string, ValidationCheck[]>;
    /** The label of each check as handed out whose original was labelled (local-checks.ts). */
    private readonly localities = new WeakMap<ValidationCheck, Locality>();
    /** Counts the calls of register: what a validation recorded holds only for the checks registered then. */
    private registrations = 0;

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    // Checks only arrive through register (Langium's addEntry is its helper): forget the arrays made so far.
    override register<T>(checksRecord: ValidationChecks<T>, thisObj?: ThisParameterType<unknown>, category?: ValidationCategory): void {
        this.checksByCategories.clear();
        this.lastCategories = undefined;
        this.lastChecks = undefined;
        this.registrations++;
        super.register(checksRecord, thisObj, category);
    }

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        return stream(this.checksFor(type, categories));
    }

    /** The same checks as getChecks, as the cached array itself (do not modify it): no stream per node. */
    checksFor(type: string, categories?: ValidationCategory[]): readonly ValidationCheck[] {
        let byType = this.lastChecks;
        if (!byType || categories !== this.lastCategories) {
            const key = categories ? categories.join(',') : '\u0000all';
            byType = this.checksByCategories.get(key);
            if (!byType) {
                byType = new Map();
                this.checksByCategories.set(key, byType);
            }
            this.lastCategories = categories;
            this.lastChecks = byType;
        }
        let checks = byType.get(type);
        if (!checks) {
            checks = super.getChecks(type, categories).toArray();
            byType.set(type, checks);
        }
        return checks;
    }

    /**
     * Names the set of checks `categories` selects, the same for every request
     * that selects the same checks: the editor's first build asks for every
     * category, its updates for 'built-in' and 'fast', and ours are all 'fast'.
     * Changes whenever checks are registered.
     */
    checkSetKey(categories?: ValidationCategory[]): string {
        const selected = new Set<string>();
        for (const entry of this.entries.values()) {
            if (!categories || categories.includes(entry.category)) {
                selected.add(entry.category);
            }
        }
        return `${this.registrations}:${[...selected].sort().join(',')}`;
    }

    /** How a check as handed out by checksFor was labelled in the table, if at all. */
    localityOf(check: ValidationCheck): Locality | undefined {
        return this.localities.get(check);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const wrapped = this.callDirectly(check, thisObj);
        const locality = localityOf(check);
        if (locality) {
            this.localities.set(wrapped, locality);
        }
        return wrapped;
    }

    private callDirectly(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const context = 'An error occurred during validation';
        return (node, accept: ValidationAcceptor, cancelToken): MaybePromise<void> => {
            let result: MaybePromise<void>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, context, accept, node);
            }
            if (result && typeof (result).then === 'function') {
                return this.handleException(() => result, context, accept, node);
            }
            return undefined;
        };
    }
}
