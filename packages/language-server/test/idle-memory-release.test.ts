/**
 * The idle memory release (src/idle-memory-release.ts) runs one
 * memory-reducing collection after the editor has been quiet for a while
 * following a build (shortly after a build no keystroke led to), only when
 * the process has grown, and never while the user is still typing. Time is simulated (setTimeout only; Langium's builds
 * yield with setImmediate, which stays real).
 */
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystemProvider, type LangiumDocument, type LangiumSharedCoreServices, URI } from 'langium';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IDLE_RELEASE_MS, IdleMemoryRelease, LOAD_RELEASE_MS, memoryReducingCollection, RELEASE_GROWTH_MB } from '../src/idle-memory-release.js';

const MB = 1048576;
const MODEL = 'model "Idle"\n';

/** The model's text wherever the builder reads it again (an update re-reads the changed file). */
class OneFileSystem extends EmptyFileSystemProvider {
    override readFile(): Promise<string> {
        return Promise.resolve(MODEL);
    }
    override readFileSync(): string {
        return MODEL;
    }
}

function workspace(): { shared: LangiumSharedCoreServices; document: LangiumDocument } {
    const { shared } = createAutonomyServices({ fileSystemProvider: () => new OneFileSystem() });
    // The editor's builds validate; the release waits for the validated phase.
    shared.workspace.DocumentBuilder.updateBuildOptions = { validation: true };
    const document = shared.workspace.LangiumDocumentFactory.fromString(MODEL, URI.parse('memory:///idle.autonomy'));
    shared.workspace.LangiumDocuments.addDocument(document);
    return { shared, document };
}

/** A release wired to a fake collector, a resident size the test sets and the editor's texts (by URI) the test sets. */
function release(shared: LangiumSharedCoreServices, resident: { bytes: number }, editor = new Map<string, string>()) {
    const collect = vi.fn(() => {
        resident.bytes -= 100 * MB;
    });
    const idle = new IdleMemoryRelease(shared, { collect, residentBytes: () => resident.bytes, editorText: uri => editor.get(uri.toString()) });
    return { idle, collect };
}

/** The editor holding `document` with a keystroke typed into it. */
function typedInto(document: LangiumDocument): Map<string, string> {
    return new Map([[document.uri.toString(), `${MODEL} `]]);
}

describe('idle memory release', () => {
    beforeEach(() => {
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
        vi.useRealTimers();
    });

    test('collects once, after the quiet time that follows a build, when the process has grown', async () => {
        const { shared, document } = workspace();
        const resident = { bytes: 100 * MB };
        const { idle, collect } = release(shared, resident, typedInto(document));
        resident.bytes += 200 * MB;
        await shared.workspace.DocumentBuilder.update([document.uri], []);
        vi.advanceTimersByTime(IDLE_RELEASE_MS - 1);
        expect(collect).not.toHaveBeenCalled();
        vi.advanceTimersByTime(1);
        expect(collect).toHaveBeenCalledTimes(1);
        expect(idle.releaseCount).toBe(1);
        // Nothing more to give back: later quiet times after further builds do not collect again.
        await shared.workspace.DocumentBuilder.update([document.uri], []);
        vi.advanceTimersByTime(IDLE_RELEASE_MS);
        expect(collect).toHaveBeenCalledTimes(1);
    });

    test('collects sooner after a build that no keystroke led to: the workspace loaded, a file opened with its text on disk', async () => {
        for (const what of ['loaded', 'opened'] as const) {
            const { shared, document } = workspace();
            const resident = { bytes: 100 * MB };
            const editor = new Map(what === 'opened' ? [[document.uri.toString(), MODEL]] : []);
            const { collect } = release(shared, resident, editor);
            resident.bytes += 200 * MB;
            await (what === 'loaded' ? shared.workspace.DocumentBuilder.build([document], { validation: true }) : shared.workspace.DocumentBuilder.update([document.uri], []));
            vi.advanceTimersByTime(LOAD_RELEASE_MS - 1);
            expect(collect, what).not.toHaveBeenCalled();
            vi.advanceTimersByTime(1);
            expect(collect, what).toHaveBeenCalledTimes(1);
        }
    });

    test('waits while changes keep coming: an update cancels the pending release', async () => {
        const { shared, document } = workspace();
        const resident = { bytes: 100 * MB };
        const { collect } = release(shared, resident, typedInto(document));
        resident.bytes += 200 * MB;
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        vi.advanceTimersByTime(LOAD_RELEASE_MS / 2);
        // The next keystroke: its update cancels the timer, its build starts a new one.
        const notified = new Promise<void>(resolve => shared.workspace.DocumentBuilder.onUpdate(() => resolve()));
        const updated = shared.workspace.DocumentBuilder.update([document.uri], []);
        await notified;
        vi.advanceTimersByTime(IDLE_RELEASE_MS / 2);
        expect(collect).not.toHaveBeenCalled();
        await updated;
        vi.advanceTimersByTime(IDLE_RELEASE_MS - 1);
        expect(collect).not.toHaveBeenCalled();
        vi.advanceTimersByTime(1);
        expect(collect).toHaveBeenCalledTimes(1);
    });

    test('does not collect when the process has grown less than the threshold', async () => {
        const { shared, document } = workspace();
        const resident = { bytes: 100 * MB };
        const { collect } = release(shared, resident);
        resident.bytes += (RELEASE_GROWTH_MB - 1) * MB;
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        vi.advanceTimersByTime(IDLE_RELEASE_MS);
        expect(collect).not.toHaveBeenCalled();
    });
});

describe('the memory-reducing collection', () => {
    afterEach(() => {
        vi.unstubAllGlobals();
    });

    test("is V8's last-resort full collection when gc is exposed", () => {
        const gc = vi.fn();
        vi.stubGlobal('gc', gc);
        memoryReducingCollection()?.();
        expect(gc).toHaveBeenCalledWith({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    });

    test('is not there without --expose-gc', () => {
        vi.stubGlobal('gc', undefined);
        expect(memoryReducingCollection()).toBeUndefined();
    });
});
