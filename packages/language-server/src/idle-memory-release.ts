/**
 * Gives memory back to the system once the editor goes quiet after a build.
 *
 * A workspace build allocates far more than it keeps (a 50,000-line
 * workspace keeps about 120 MB of heap; an edit of a file every other file
 * imports allocates hundreds of MB). V8 frees that garbage but keeps the
 * freed pages in a pool for reuse and releases them only in a
 * memory-reducing collection, which its memory reducer starts when the
 * program is idle. In Node 24 (V8 13.6) the memory reducer never judges the
 * program idle (its embedder allocation rate reads as zero, which it takes
 * for a high rate), so only its 100-second watchdog ever starts one, and any
 * ordinary full collection postpones that: a server that had been edited sat
 * at 615 MB resident while its heap held 126 MB (docs/performance.md,
 * "Server memory (2 December)").
 *
 * So the server starts that collection itself: `idleMs` after the last build
 * finished, if no new change came meanwhile and the process has grown by
 * `growthMb` since the last release. A build that no keystroke led to (the
 * workspace loaded, files opened, files changed on disk) is followed by the
 * collection sooner, `loadMs` after it: nobody is typing into a file whose
 * text is what it was. A keystroke that came in the collection's pause
 * (0.3-1.1 s of wall time on a 50,000-line workspace on a busy 2-core
 * machine: two full collections) would wait for it, so after typing the
 * wait stays a pause in typing. It needs `gc` from `--expose-gc`
 * (SERVER_EXEC_ARGV in packages/vscode); without it, or with the environment
 * variable AUTONOMY_IDLE_MEMORY_RELEASE=off (for comparisons), nothing happens.
 */
import { DocumentState, type LangiumSharedCoreServices, type URI } from 'langium';

/** Quiet time after a build before memory is released: a pause in typing, not a gap between keystrokes. */
export const IDLE_RELEASE_MS = 5_000;

/** Quiet time after a build that no keystroke led to (opening files, loading the workspace): enough for a burst of opens. */
export const LOAD_RELEASE_MS = 500;

/** Growth of the resident set since the last release below which a release is not worth a full collection. */
export const RELEASE_GROWTH_MB = 32;

export interface IdleMemoryReleaseOptions {
    /** Runs the memory-reducing collection. */
    collect: () => void;
    /** The process's resident memory in bytes (process.memoryUsage.rss). */
    residentBytes: () => number;
    /** The editor's text of a document, when it has it open (by default the LSP's open documents). */
    editorText?: (uri: URI) => string | undefined;
    idleMs?: number;
    loadMs?: number;
    growthMb?: number;
}

export class IdleMemoryRelease {
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Resident memory just after the last release (or at start): the baseline growth is measured from. */
    private baselineBytes: number;
    private releases = 0;
    /** Whether an update since the last finished build changed the text of a document the editor has open. */
    private typed = false;

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly options: IdleMemoryReleaseOptions) {
        this.baselineBytes = options.residentBytes();
        const builder = shared.workspace.DocumentBuilder;
        builder.onUpdate(changed => {
            this.cancel();
            this.typed ||= changed.some(uri => this.typedInto(uri));
        });
        builder.onBuildPhase(DocumentState.Validated, () => {
            this.schedule(this.typed ? this.options.idleMs ?? IDLE_RELEASE_MS : this.options.loadMs ?? LOAD_RELEASE_MS);
            this.typed = false;
        });
    }

    /**
     * Whether the editor's text of `uri` differs from the text last parsed: a keystroke (or a paste, an undo).
     * Called while the builder updates, before the document is parsed again.
     */
    private typedInto(uri: URI): boolean {
        const edited = this.options.editorText ? this.options.editorText(uri) : this.shared.workspace.TextDocuments?.get(uri)?.getText();
        const parsed = this.shared.workspace.LangiumDocuments.getDocument(uri)?.parseResult.value.$cstNode?.root.fullText;
        return edited !== undefined && parsed !== undefined && edited !== parsed;
    }

    /** How many releases have run (for tests and logs). */
    get releaseCount(): number {
        return this.releases;
    }

    private schedule(quietMs: number): void {
        this.cancel();
        this.timer = setTimeout(() => this.releaseIfGrown(), quietMs);
        // A pending release must not keep a server alive that is shutting down.
        this.timer.unref?.();
    }

    private cancel(): void {
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
    }

    private releaseIfGrown(): void {
        this.timer = undefined;
        const growth = this.options.residentBytes() - this.baselineBytes;
        if (growth < (this.options.growthMb ?? RELEASE_GROWTH_MB) * 1048576) {
            return;
        }
        this.options.collect();
        this.releases++;
        this.baselineBytes = this.options.residentBytes();
    }
}

type ExposedGc = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async'; flavor?: 'regular' | 'last-resort' }) => void;

/**
 * The memory-reducing collection, when `--expose-gc` made `gc` available:
 * V8's "last resort" full collection compacts the heap and releases its
 * pooled pages (a regular full collection keeps them).
 */
export function memoryReducingCollection(): (() => void) | undefined {
    const gc = (globalThis as { gc?: ExposedGc }).gc;
    if (!gc) {
        return undefined;
    }
    return () => {
        try {
            gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
        } catch {
            // An engine whose gc() takes no options (VS Code's own Node may differ from ours): collect as it can.
            // Memory is not worth a dead server, so a second failure is left alone.
            try { gc(); } catch { /* nothing to release with */ }
        }
    };
}

/** Starts releasing memory after builds when the process can collect on request; returns undefined when it cannot. */
export function startIdleMemoryRelease(shared: LangiumSharedCoreServices): IdleMemoryRelease | undefined {
    const collect = process.env['AUTONOMY_IDLE_MEMORY_RELEASE'] === 'off' ? undefined : memoryReducingCollection();
    return collect ? new IdleMemoryRelease(shared, { collect, residentBytes: () => process.memoryUsage.rss() }) : undefined;
}
