import {
    type LangiumCoreServices, type MaybePromise, stream, type Stream, type ValidationAcceptor, type ValidationCategory,
    type ValidationCheck, ValidationRegistry
} from 'langium';

/** Langium's (unexported) ValidationCheckEntry. */
interface CheckEntry {
    check: ValidationCheck;
    category: ValidationCategory;
}

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
 */
export class AutonomyValidationRegistry extends ValidationRegistry {
    private readonly checksByType = new Map<string, ValidationCheck[]>();

    constructor(services: LangiumCoreServices) {
        super(services);
    }

    protected override addEntry(type: string, entry: CheckEntry): void {
        this.checksByType.clear();
        super.addEntry(type, entry);
    }

    override getChecks(type: string, categories?: ValidationCategory[]): Stream<ValidationCheck> {
        const key = categories ? `${type}\u0000${categories.join(',')}` : type;
        let checks = this.checksByType.get(key);
        if (!checks) {
            checks = super.getChecks(type, categories).toArray();
            this.checksByType.set(key, checks);
        }
        return stream(checks);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        const context = 'An error occurred during validation';
        return (node, accept: ValidationAcceptor, cancelToken): MaybePromise<void> => {
            let result: MaybePromise<void>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, context, accept, node);
            }
            if (result && typeof (result as Promise<void>).then === 'function') {
                return this.handleException(() => result, context, accept, node);
            }
            return undefined;
        };
    }
}
