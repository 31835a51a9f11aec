import type { AstNode, Cancellation, DiagnosticInfo, ValidationAcceptor, ValidationCheck, ValidationSeverity } from 'langium';

/**
 * One step of validating a top-level declaration, in the order a full
 * validation takes them: a diagnostic a local check reported (re-emitted as
 * is: the acceptor works out its range from the syntax tree's current
 * positions), or a check that is not local, run again every time.
 */
type Step =
    | { severity: ValidationSeverity; message: string; info: DiagnosticInfo<AstNode>; node?: undefined; check?: undefined }
    | { node: AstNode; check: ValidationCheck; severity?: undefined; message?: undefined; info?: undefined };

/** What validating one declaration did: `size` nodes of the document's node list, and its steps. */
export interface DeclarationRecord {
    readonly size: number;
    readonly steps: readonly Step[];
}

/** Most declarations report nothing and hold only local checks: they share one empty list. */
const NO_STEPS: readonly Step[] = Object.freeze([]);

/**
 * Records the validation of one declaration's nodes while running it: local
 * checks report through `accept`, which also writes their diagnostics down;
 * the others are written down as themselves, but for a check local when quiet
 * that reported nothing (validation/local-checks.ts). `finish()` gives the record
 * only once every node was checked, so a validation cancelled midway leaves
 * no half-filled record.
 */
export class DeclarationRecorder {
    private steps: Step[] = [];
    private reported = 0;
    /** For local checks: reports, and writes the diagnostic down. */
    readonly accept: ValidationAcceptor;
    /** For checks local when quiet: reports, and counts (reportedSinceAsked). */
    readonly counting: ValidationAcceptor;

    constructor(acceptor: ValidationAcceptor) {
        this.accept = (severity, message, info) => {
            this.steps.push({ severity, message, info });
            acceptor(severity, message, info);
        };
        this.counting = (severity, message, info) => {
            this.reported++;
            acceptor(severity, message, info);
        };
    }

    /** Whether `counting` reported anything since the last call. */
    reportedSinceAsked(): boolean {
        const reported = this.reported > 0;
        this.reported = 0;
        return reported;
    }

    /** A check that is not local: written down, then run with the real acceptor. */
    runAgainLater(node: AstNode, check: ValidationCheck): void {
        this.steps.push({ node, check });
    }

    finish(size: number): DeclarationRecord {
        // A copy of exact length: the list grew by pushing, with room for 17 steps at least (0.2 MB on the 50,000-line workspace).
        return { size, steps: this.steps.length === 0 ? NO_STEPS : this.steps.slice() };
    }
}

/**
 * Does again what `record` says: re-emits the local checks' diagnostics and
 * runs the other checks, in their original order.
 */
export async function replay(record: DeclarationRecord, acceptor: ValidationAcceptor,
    cancelToken: Cancellation.CancellationToken): Promise<void> {
    const steps = record.steps;
    for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        if (step.check) {
            const result = step.check(step.node, acceptor, cancelToken);
            if (result) {
                await result;
            }
        } else {
            acceptor(step.severity, step.message, step.info);
        }
    }
}
