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
 * no half-filled record. One recorder serves the declarations of one document's
 * validation in turn (`begin` before each): they are validated one after another.
 */
export class DeclarationRecorder {
    private readonly steps: Step[] = [];
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

    /** Starts the record of the next declaration, forgetting what a cancelled one left. */
    begin(): void {
        this.steps.length = 0;
        this.reported = 0;
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
        // A copy of exact length, as the list is the recorder's, reused for the next declaration.
        return { size, steps: this.steps.length === 0 ? NO_STEPS : this.steps.slice() };
    }
}

/**
 * Does again what `record` says: re-emits the local checks' diagnostics and
 * runs the other checks, in their original order. Synchronous unless a check
 * returns a promise (ours do not): an async function per declaration cost a
 * full build of 50,000 lines about 10 MB of garbage in its frames and promises.
 */
export function replay(record: DeclarationRecord, acceptor: ValidationAcceptor,
    cancelToken: Cancellation.CancellationToken): Promise<void> | undefined {
    return replayFrom(record, 0, acceptor, cancelToken);
}

function replayFrom(record: DeclarationRecord, from: number, acceptor: ValidationAcceptor,
    cancelToken: Cancellation.CancellationToken): Promise<void> | undefined {
    const steps = record.steps;
    for (let i = from; i < steps.length; i++) {
        const step = steps[i];
        if (step.check) {
            const result = step.check(step.node, acceptor, cancelToken);
            if (result) {
                return result.then(() => replayFrom(record, i + 1, acceptor, cancelToken));
            }
        } else {
            acceptor(step.severity, step.message, step.info);
        }
    }
    return undefined;
}
