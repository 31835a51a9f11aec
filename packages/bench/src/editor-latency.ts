/**
 * Editor latency: the real language server over stdio, one open model of
 * about 5,000 lines, single-character edits one after another. For each edit
 * we time from sending the change to receiving the diagnostics the server
 * publishes next for that document (Langium publishes without a version, so
 * edits are sent one at a time and each waits for its own diagnostics).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateModel } from './generate-model.js';
import { LanguageServerClient, type ServerMemoryUse } from './language-server-client.js';
import { SeededRandom } from '@autonomy/analysis';

export interface EditorLatency {
    lines: number;
    diagnosticsMs: number[];
    /** For each edit, the CPU time of the server's main thread from sending the change to receiving the diagnostics (empty where unavailable). */
    diagnosticsCpuMs: number[];
    completionMs: number[];
    hoverMs: number[];
    /** Requests answered with an empty result (a sign the positions were wrong). */
    emptyHovers: number;
    emptyCompletions: number;
    serverRssMb?: number;
}

/** A single-character edit that the next edit undoes, so the model stays valid. */
interface EditPlan {
    line: number;
    character: number;
    /** Inserted text, or '' to delete one character. */
    insert: string;
    deleteLength: number;
}

export function planEdits(text: string, count: number, seed: number): EditPlan[] {
    const lines = text.split('\n');
    const random = new SeededRandom(seed);
    const indented = lines.flatMap((l, i) => (l.startsWith('    ') ? [i] : []));
    const risks = lines.flatMap((l, i) => (/^ {4}crisis risk \d/.test(l) ? [i] : []));
    const plans: EditPlan[] = [];
    while (plans.length < count) {
        if (random.chance(0.5)) {
            // Type a space into the indentation, then delete it.
            const line = random.pick(indented);
            plans.push({ line, character: 0, insert: ' ', deleteLength: 0 });
            plans.push({ line, character: 0, insert: '', deleteLength: 1 });
        } else {
            // Overtype a digit of a crisis risk: the analysis figures change.
            const line = random.pick(risks);
            const character = '    crisis risk '.length;
            const original = lines[line][character];
            const replacement = String(1 + ((Number(original) + random.int(0, 7)) % 9));
            plans.push({ line, character, insert: replacement, deleteLength: 1 });
            plans.push({ line, character, insert: original, deleteLength: 1 });
        }
    }
    return plans.slice(0, count);
}

function positionsOf(text: string, pattern: RegExp): Array<{ line: number; character: number }> {
    const found: Array<{ line: number; character: number }> = [];
    text.split('\n').forEach((line, i) => {
        const match = pattern.exec(line);
        if (match) {
            found.push({ line: i, character: match.index + match[0].length });
        }
    });
    return found;
}

export async function measureEditorLatency(options: { lines: number; edits: number; requests: number; seed: number; nodeArgs?: string[]; env?: Record<string, string>; entry?: string }): Promise<EditorLatency> {
    const model = generateModel({ lines: options.lines, seed: options.seed, singleFile: true });
    const folder = mkdtempSync(join(tmpdir(), 'autonomy-latency-'));
    const file = join(folder, model.files[0].path);
    const text = model.files[0].text;
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const client = await LanguageServerClient.start({ workspaceFolder: folder, nodeArgs: options.nodeArgs, env: options.env, entry: options.entry });
    try {
        const first = client.nextDiagnostics(uri, 120_000);
        await client.open(uri, text);
        await first;

        const diagnosticsMs: number[] = [];
        const diagnosticsCpuMs: number[] = [];
        let version = 1;
        for (const edit of planEdits(text, options.edits, options.seed)) {
            const published = client.nextDiagnostics(uri);
            const cpuBefore = client.mainThreadCpuMs();
            const start = performance.now();
            await client.change(uri, ++version, {
                start: { line: edit.line, character: edit.character },
                end: { line: edit.line, character: edit.character + edit.deleteLength }
            }, edit.insert);
            diagnosticsMs.push((await published).at - start);
            const cpuAfter = client.mainThreadCpuMs();
            if (cpuBefore !== undefined && cpuAfter !== undefined) {
                diagnosticsCpuMs.push(cpuAfter - cpuBefore);
            }
        }

        const random = new SeededRandom(options.seed + 1);
        // Hover over a participant (a cross-reference); complete after "run by " (a collective name).
        const hoverAt = positionsOf(text, /^ {4}participants /).map(p => ({ ...p, character: p.character + 2 }));
        const completeAt = positionsOf(text, /^ {4}run by /);
        const hoverMs: number[] = [];
        const completionMs: number[] = [];
        let emptyHovers = 0;
        let emptyCompletions = 0;
        for (let i = 0; i < options.requests; i++) {
            let start = performance.now();
            const hover = await client.hover(uri, random.pick(hoverAt));
            hoverMs.push(performance.now() - start);
            emptyHovers += hover ? 0 : 1;
            start = performance.now();
            const completion = await client.completion(uri, random.pick(completeAt));
            completionMs.push(performance.now() - start);
            const items = Array.isArray(completion) ? completion : completion?.items ?? [];
            emptyCompletions += items.length > 0 ? 0 : 1;
        }
        return { lines: model.lines, diagnosticsMs, diagnosticsCpuMs, completionMs, hoverMs, emptyHovers, emptyCompletions, serverRssMb: client.rssMb() };
    } finally {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    }
}

export interface ServerMemory {
    lines: number;
    files: number;
    rssMb?: number;
    /** RSS's anonymous (heaps) and file-backed (binary, libraries) parts, before the full GC. */
    rssAnonMb?: number;
    rssFileMb?: number;
    /** The largest RSS the server had up to that reading (VmHWM): the loading's peak. */
    peakRssMb?: number;
    /** The same after a full garbage collection in the server, with the heap's share. */
    afterGc?: ServerMemoryUse;
    loadMs: number;
    /** CPU time of the server process (all threads) from its start until every file had diagnostics. */
    loadCpuMs?: number;
    /** With `edits`: resident memory after that many edits of the file every other file imports (then afterGc is measured after them). */
    afterEdits?: { edits: number; rssMb?: number; rssAnonMb?: number; cpuMsPerEdit?: number };
    /** With `idleMs`: resident memory that long after the last diagnostics (the server releases memory after 5 s of quiet). */
    idle?: { afterMs: number; rssMb?: number };
}

/**
 * Single-character edits of the model's first file (shared.autonomy, which
 * every other file imports, so each edit re-links and re-validates the
 * workspace): a space typed at the start of an indented line, then deleted.
 */
async function editSharedFile(client: LanguageServerClient, uri: string, text: string, edits: number): Promise<void> {
    const line = text.split('\n').findIndex(l => l.startsWith('    '));
    for (let i = 0; i < edits; i++) {
        const published = client.nextDiagnostics(uri, 180_000);
        const deleting = i % 2 === 1;
        await client.change(uri, i + 2, { start: { line, character: 0 }, end: { line, character: deleting ? 1 : 0 } }, deleting ? '' : ' ');
        await published;
    }
}

/** Server memory with a whole generated workspace loaded and every file open (so every file is validated). */
export async function measureServerMemory(options: {
    lines: number; seed: number; nodeArgs?: string[]; env?: Record<string, string>; entry?: string; edits?: number;
    /** How long the server is left alone after the last diagnostics before its memory is read (default 2,000 ms). */
    settleMs?: number;
    /** Read the memory once more this long after the last diagnostics (longer than settleMs). */
    idleMs?: number;
}): Promise<ServerMemory> {
    const settle = () => new Promise(resolve => setTimeout(resolve, options.settleMs ?? 2000));
    // lines 0: the server with an empty workspace folder (what the process holds by itself).
    const model = options.lines > 0 ? generateModel({ lines: options.lines, seed: options.seed }) : { lines: 0, files: [] };
    const folder = mkdtempSync(join(tmpdir(), 'autonomy-memory-'));
    for (const f of model.files) {
        writeFileSync(join(folder, f.path), f.text);
    }
    const start = performance.now();
    const client = await LanguageServerClient.start({ workspaceFolder: folder, nodeArgs: options.nodeArgs, env: options.env, entry: options.entry });
    try {
        const uris = model.files.map(f => pathToFileURL(join(folder, f.path)).toString());
        const published = uris.map(uri => client.nextDiagnostics(uri, 180_000));
        for (const [i, uri] of uris.entries()) {
            await client.open(uri, model.files[i].text);
        }
        // Later opens cancel earlier builds; wait until every file has had diagnostics once.
        await Promise.all(published);
        const loadMs = performance.now() - start;
        const loadCpuMs = client.processCpuMs();
        // Let the server settle (garbage from the build) before reading its memory.
        await settle();
        const resident = client.residentMb();
        let idle: ServerMemory['idle'];
        if (options.idleMs !== undefined) {
            await new Promise(resolve => setTimeout(resolve, Math.max(0, options.idleMs! - (options.settleMs ?? 2000))));
            idle = { afterMs: options.idleMs, rssMb: client.residentMb().rss };
        }
        let afterEdits: ServerMemory['afterEdits'];
        const edits = options.edits ?? 0;
        if (edits > 0 && uris.length > 0) {
            const cpuBefore = client.processCpuMs();
            await editSharedFile(client, uris[0], model.files[0].text, edits);
            const cpuAfter = client.processCpuMs();
            await settle();
            const edited = client.residentMb();
            afterEdits = { edits, rssMb: edited.rss, rssAnonMb: edited.anon, cpuMsPerEdit: cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / edits : undefined };
        }
        const afterGc = await client.memoryAfterGc().catch(() => undefined);
        return { lines: model.lines, files: model.files.length, rssMb: resident.rss, rssAnonMb: resident.anon, rssFileMb: resident.file, peakRssMb: resident.peak, afterGc, loadMs, loadCpuMs, afterEdits, idle };
    } finally {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    }
}
