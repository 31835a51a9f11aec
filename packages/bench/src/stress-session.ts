/**
 * A scripted, seeded editor session against the real language server:
 * random edits (including ones that break the syntax, later repaired),
 * hovers, completions and formatting requests across several open files.
 * Records what went wrong rather than stopping at the first problem, so a
 * run reports every failure it met.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diagnosticMessage } from '@autonomy/language';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { generateModel } from './generate-model.js';
import { LanguageServerClient, type ServerMemoryUse, withTimeout } from './language-server-client.js';
import { SeededRandom } from './random.js';

export interface StressOptions {
    operations: number;
    seed: number;
    /** Total lines of the generated workspace (spread over several files). */
    lines?: number;
    /** Longest wait for any one answer. */
    requestTimeoutMs?: number;
    log?: (line: string) => void;
}

export interface StressReport {
    operations: number;
    edits: number;
    syntaxBreaks: number;
    repairs: number;
    hovers: number;
    completions: number;
    formats: number;
    /** Requests that failed or did not answer in time, with what was asked. */
    failures: string[];
    /** Published diagnostics whose range lies outside the document they belong to. */
    outOfRange: string[];
    /** Server memory after a full garbage collection, once the first hundred edits have settled and at the end. */
    afterFirstHundredEdits?: ServerMemoryUse;
    atEnd?: ServerMemoryUse;
    serverAlive: boolean;
    durationMs: number;
}

const TYPED = 'abcxyz0123456789 {}%£,."-\n'.split('');

class OpenFile {
    version = 1;
    constructor(readonly uri: string, readonly original: string, public text: string) {}

    positionAt(offset: number): Position {
        const before = this.text.slice(0, offset);
        const line = before.split('\n').length - 1;
        return { line, character: offset - (before.lastIndexOf('\n') + 1) };
    }

    /** Applies an edit to the shadow copy and returns the LSP range it replaced. */
    apply(start: number, end: number, insert: string): Range {
        const range = { start: this.positionAt(start), end: this.positionAt(end) };
        this.text = this.text.slice(0, start) + insert + this.text.slice(end);
        this.version++;
        return range;
    }

    contains(range: Range): boolean {
        const lines = this.text.split('\n');
        const inside = (p: Position) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
        return inside(range.start) && inside(range.end);
    }
}

export async function runStressSession(options: StressOptions): Promise<StressReport> {
    const random = new SeededRandom(options.seed);
    const timeout = options.requestTimeoutMs ?? 20_000;
    const model = generateModel({ lines: options.lines ?? 1500, seed: options.seed, areaLines: 400 });
    const folder = mkdtempSync(join(tmpdir(), 'autonomy-stress-'));
    for (const f of model.files) {
        writeFileSync(join(folder, f.path), f.text);
    }
    const report: StressReport = {
        operations: 0, edits: 0, syntaxBreaks: 0, repairs: 0, hovers: 0, completions: 0, formats: 0,
        failures: [], outOfRange: [], serverAlive: false, durationMs: 0
    };
    const started = performance.now();
    const client = await LanguageServerClient.start({ workspaceFolder: folder });
    // Several open files: the entry, and the registers and scenarios it imports.
    const files = model.files.slice(0, 5).map(f => new OpenFile(pathToFileURL(join(folder, f.path)).toString(), f.text, f.text));
    const ask = async <T>(what: string, request: () => Promise<T>): Promise<T | undefined> => {
        try {
            return await withTimeout(request(), timeout, what);
        } catch (error) {
            report.failures.push(`${what}: ${(error as Error).message}`);
            return undefined;
        }
    };
    /**
     * Lets the server catch up, checks that the diagnostics it published lie
     * inside the (possibly broken) text they describe, then restores every
     * file to its original text.
     */
    const settle = async (label: string) => {
        for (const file of files) {
            if (file.text === file.original) {
                continue;
            }
            // A harmless edit guarantees a fresh publish for the current text.
            const at = file.text.length;
            const nudge = file.apply(at, at, '\n');
            await client.change(file.uri, file.version, nudge, '\n');
            const published = await client.settledDiagnostics(file.uri, 400, timeout).catch(error => {
                report.failures.push(`${label}: ${(error as Error).message}`);
                return undefined;
            });
            for (const d of published?.diagnostics ?? []) {
                if (!file.contains(d.range)) {
                    report.outOfRange.push(`${file.uri} v${file.version}: ${JSON.stringify(d.range)} "${diagnosticMessage(d)}"`);
                }
            }
            const range = file.apply(0, file.text.length, file.original);
            await client.change(file.uri, file.version, range, file.original);
            report.repairs++;
            await client.settledDiagnostics(file.uri, 200, timeout).catch(error => report.failures.push(`${label}: ${(error as Error).message}`));
        }
    };

    try {
        for (const file of files) {
            const published = client.nextDiagnostics(file.uri, 120_000);
            await client.open(file.uri, file.text);
            await published.catch(error => report.failures.push(`open ${file.uri}: ${(error as Error).message}`));
        }
        for (let op = 0; op < options.operations && client.running; op++) {
            report.operations++;
            const file = random.pick(files);
            const roll = random.next();
            if (roll < 0.6) {
                await randomEdit(client, file, random, report);
                if (report.edits === 100) {
                    await settle('after 100 edits');
                    report.afterFirstHundredEdits = await client.memoryAfterGc();
                }
            } else if (roll < 0.75) {
                report.hovers++;
                await ask(`hover ${file.uri}`, () => client.hover(file.uri, file.positionAt(random.int(0, file.text.length))));
            } else if (roll < 0.93) {
                report.completions++;
                await ask(`completion ${file.uri}`, () => client.completion(file.uri, file.positionAt(random.int(0, file.text.length))));
            } else {
                report.formats++;
                await ask(`format ${file.uri}`, () => client.format(file.uri));
            }
            if (op % 250 === 249) {
                await settle(`repair at operation ${op + 1}`);
                options.log?.(`${op + 1} operations, server RSS ${client.rssMb()} MB, ${report.failures.length} failures`);
            }
        }
        await settle('final repair');
        report.atEnd = await client.memoryAfterGc();
        report.serverAlive = client.running;
    } finally {
        report.durationMs = performance.now() - started;
        const code = await client.stop();
        if (code !== 0) {
            report.failures.push(`the server exited with code ${code}: ${client.recentStderr.trim().split('\n').slice(-3).join(' / ')}`);
        }
        rmSync(folder, { recursive: true, force: true });
    }
    return report;
}

async function randomEdit(client: LanguageServerClient, file: OpenFile, random: SeededRandom, report: StressReport): Promise<void> {
    report.edits++;
    const at = random.int(0, file.text.length);
    const roll = random.next();
    let range: Range;
    let inserted: string;
    if (roll < 0.45) {
        inserted = random.pick(TYPED);
        range = file.apply(at, at, inserted);
    } else if (roll < 0.8) {
        inserted = '';
        range = file.apply(at, Math.min(file.text.length, at + random.int(1, 4)), inserted);
    } else {
        // Break the structure: remove a brace (repaired at the next settle).
        const brace = file.text.indexOf(random.chance(0.5) ? '}' : '{', at);
        report.syntaxBreaks++;
        inserted = brace >= 0 ? '' : '{';
        range = brace >= 0 ? file.apply(brace, brace + 1, '') : file.apply(at, at, inserted);
    }
    await client.change(file.uri, file.version, range, inserted);
}
