import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';

/** Longest stretch of idle work between two turns of the event loop: a request arriving meanwhile waits at most this. */
export const IDLE_SLICE_MS = 20;

/**
 * Work the analysis provider left undone, done in idle time: in short
 * slices, each a turn of the event loop, so a request or a change arriving
 * meanwhile is handled after the slice it arrived in. It starts once the
 * build that left it has validated (the first diagnostics come first) and is
 * dropped by the next change to the workspace (whose build does what it
 * needs itself). At most one piece of work is pending.
 */
export class IdleWork {
    private pending: { document: LangiumDocument; steps: Iterator<void>; finish: () => void; started: boolean } | undefined;
    private waiting: Array<() => void> = [];

    constructor(shared: LangiumSharedCoreServices) {
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate(() => this.cancel());
        builder.onBuildPhase(DocumentState.Validated, () => this.start());
    }

    /**
     * Runs `steps` in idle time, then `finish()`, once `document` has validated; replaces any work pending.
     * `finish` runs only if every step did.
     */
    schedule(document: LangiumDocument, steps: Iterator<void>, finish: () => void): void {
        this.pending = { document, steps, finish, started: false };
        if (document.state >= DocumentState.Validated) {
            this.start();
        }
    }

    /** Drops the pending work, if any. */
    cancel(): void {
        this.pending = undefined;
        this.settle();
    }

    /** Resolves once no work is pending (at once when none is): what a benchmark waits for before typing. */
    settled(): Promise<void> {
        return this.pending ? new Promise(resolve => this.waiting.push(resolve)) : Promise.resolve();
    }

    private start(): void {
        const work = this.pending;
        if (work && !work.started && work.document.state >= DocumentState.Validated) {
            work.started = true;
            this.next(work);
        }
    }

    private next(work: NonNullable<IdleWork['pending']>): void {
        // setTimeout rather than setImmediate: the language also runs in a browser's worker (the web edition).
        setTimeout(() => {
            if (this.pending !== work) {
                return;
            }
            const until = Date.now() + IDLE_SLICE_MS;
            try {
                while (Date.now() < until) {
                    if (work.steps.next().done) {
                        this.pending = undefined;
                        work.finish();
                        this.settle();
                        return;
                    }
                }
            } catch {
                // Idle work only saves later work: a failure leaves that to the request that needs it.
                this.cancel();
                return;
            }
            this.next(work);
        }, 0);
    }

    private settle(): void {
        if (!this.pending) {
            const waiting = this.waiting;
            this.waiting = [];
            waiting.forEach(resolve => resolve());
        }
    }
}
