import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { SERVER_BIN } from './raw-stdio-client.js';

// The server driven by a real third-party client: Neovim's built-in LSP client
// (Debian's `neovim`, 0.7.2 here; .ci/run installs it), headless, running
// neovim/drive-server.lua against a copy of the examples, with the
// :AutonomyReport command taken verbatim from docs/editors.md.

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');

interface LspAnswer<T> {
    result?: T;
    error?: unknown;
}
/** A Location or, as this server answers, a LocationLink. */
interface Location {
    uri?: string;
    targetUri?: string;
}
interface Results {
    errors: string[];
    diagnostics?: { code?: string; severity?: number; message: string }[];
    hover?: LspAnswer<{ contents: { value: string } }>;
    definition?: LspAnswer<Location[] | Location>;
    rename?: LspAnswer<{ changes?: Record<string, unknown[]>; documentChanges?: { textDocument: { uri: string } }[] }>;
    formatting?: LspAnswer<unknown[]>;
    formatted?: string;
    report_bytes?: number;
}

/** The fenced Lua block after the `autonomy-report-command` marker in docs/editors.md. */
function reportCommandFromDocs(): string {
    const docs = readFileSync(join(repo, 'docs/editors.md'), 'utf8');
    const match = /<!-- autonomy-report-command -->\s*```lua\n([\s\S]*?)```/.exec(docs);
    if (!match) {
        throw new Error('docs/editors.md has no ```lua block after <!-- autonomy-report-command -->');
    }
    return match[1];
}

let results: Results;
let workspace: string;

beforeAll(() => {
    workspace = mkdtempSync(join(tmpdir(), 'autonomy-nvim-'));
    cpSync(join(repo, 'examples/southvale-staff-bank.autonomy'), join(workspace, 'southvale-staff-bank.autonomy'));
    cpSync(join(repo, 'examples/register'), join(workspace, 'register'), { recursive: true });
    writeFileSync(join(workspace, 'messy.autonomy'), 'practice Ash "Ash Surgery" {\nlist size 4,000\n        }\n');
    const command = join(workspace, 'autonomy-report-command.lua');
    writeFileSync(command, reportCommandFromDocs());
    const out = join(workspace, 'results.json');
    const run = spawnSync('nvim', ['--headless', '-n', '-u', 'NONE', '-c', `luafile ${join(here, 'neovim/drive-server.lua')}`], {
        env: {
            ...process.env,
            AUTONOMY_WORKSPACE: workspace,
            AUTONOMY_SERVER_CMD: [process.execPath, SERVER_BIN, '--stdio'].join('\t'),
            AUTONOMY_REPORT_COMMAND: command,
            AUTONOMY_OUT: out
        },
        encoding: 'utf8',
        timeout: 240_000
    });
    if (run.error) {
        throw new Error(`Neovim is needed for this test (apt-get install neovim): ${run.error.message}`);
    }
    if (!existsSync(out)) {
        throw new Error(`Neovim wrote no results (exit ${String(run.status)}): ${run.stdout}${run.stderr}`);
    }
    results = JSON.parse(readFileSync(out, 'utf8')) as Results;
}, 300_000);

describe('Neovim drives the language server', () => {
    test('runs the script without a Lua error', () => {
        expect(results.errors).toEqual([]);
    });

    test('receives the diagnostics: the staff bank decides by vote', () => {
        const codes = (results.diagnostics ?? []).map(d => d.code);
        expect(codes).toContain('collective-decides-by-vote');
    });

    test('shows a hover for a practice declared in the imported register', () => {
        expect(results.hover?.result?.contents.value).toContain('Holly Tree Practice');
    });

    test('goes to the definition across the import', () => {
        const answer = results.definition?.result;
        const first = Array.isArray(answer) ? answer[0] : answer;
        expect(first?.targetUri ?? first?.uri).toBe(pathToFileURL(join(workspace, 'register/practices.autonomy')).toString());
    });

    test('gets a rename as one workspace edit over both files', () => {
        const edit = results.rename?.result;
        const files = edit?.changes ? Object.keys(edit.changes) : (edit?.documentChanges ?? []).map(c => c.textDocument.uri);
        expect(files.map(uri => uri.slice(uri.lastIndexOf('/') + 1)).sort()).toEqual(['practices.autonomy', 'southvale-staff-bank.autonomy']);
    });

    test('formats a document, and the edits apply', () => {
        expect(results.formatting?.error).toBeUndefined();
        expect(results.formatted).toBe('practice Ash "Ash Surgery" {\n    list size 4,000\n}');
    });

    test('opens the HTML report through the :AutonomyReport command of docs/editors.md', () => {
        expect(results.report_bytes).toBeGreaterThan(10_000);
        const html = readFileSync(join(workspace, 'results.json.html'), 'utf8');
        expect(html).toContain('<html');
        expect(html).toContain('Southvale');
    });
});
