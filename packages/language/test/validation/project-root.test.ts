import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic, MessageConnection, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { serverOverStreams } from '../lsp/server-over-streams.js';

// Issue 12 items 1 and 13: imports that lead outside the project root are refused on their line
// and never read; the language server, with no folder open, loads a lone file's imports from its folder.

const REGISTER = `model "Register" { currency £ horizon 5 years }
practice Juliet "Juliet Surgery" { list size 8,000 sustainability gap £9,000 per year crisis risk 25% believes going alone is unsustainable }
practice Kilo "Kilo Practice" { list size 5,000 sustainability gap £4,000 per year crisis risk 35% believes going alone is unsustainable }
`;
const COLLECTIVE = 'collective Pair "Juliet and Kilo" { kind network members Juliet, Kilo decides by consensus }\n';

let dir: string;
let project: string;
beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'autonomy-root-'));
    project = join(dir, 'project');
    mkdirSync(project);
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside/register.autonomy'), REGISTER);
    writeFileSync(join(dir, 'secret.autonomy'), 'TOKEN=ghp_secret\n');
    symlinkSync(join(dir, 'secret.autonomy'), join(project, 'env.autonomy'));
    writeFileSync(join(project, 'register.autonomy'), REGISTER);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function validate(text: string, roots?: string[]): Promise<LangiumDocument> {
    const { shared, Autonomy } = createAutonomyServices(NodeFileSystem);
    if (roots) {
        Autonomy.references.ProjectRoot.setFolders(roots);
    }
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(join(project, 'scenario.autonomy')));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

const codeOf = (d: Diagnostic) => d.code ?? (d.data as { code?: string } | undefined)?.code;
const codesByLine = (document: LangiumDocument) => (document.diagnostics ?? []).map(d => [d.code, d.range.start.line]);

describe('imports outside the project root', () => {
    it('an import leaving the root by ../ or through a link is an import-outside-root error on its line', async () => {
        const document = await validate('import "../outside/register.autonomy"\nimport "env.autonomy"\nimport "register.autonomy"\n', [project]);
        expect(codesByLine(document)).toEqual([['import-outside-root', 0], ['import-outside-root', 1]]);
        const message = document.diagnostics?.[0].message ?? '';
        expect(message).toContain('"../outside/register.autonomy" is outside the project');
        expect(message).toContain(project);
    });

    it('a root holding both files lets the import through', async () => {
        const document = await validate('import "../outside/register.autonomy"\n', [dir]);
        expect(codesByLine(document)).toEqual([]);
    });

    it('with no root set (a library caller) nothing is refused', async () => {
        const document = await validate('import "../outside/register.autonomy"\n');
        expect(codesByLine(document)).toEqual([]);
    });
});

describe('the language server', () => {
    let client: MessageConnection;
    const published = new Map<string, Diagnostic[]>();

    async function start(workspaceFolders: string[] | null): Promise<void> {
        client = serverOverStreams(NodeFileSystem);
        client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            published.set(params.uri, params.diagnostics);
        });
        client.listen();
        await client.sendRequest('initialize', {
            processId: null, rootUri: null, capabilities: {},
            workspaceFolders: workspaceFolders?.map(folder => ({ uri: URI.file(folder).toString(), name: folder })) ?? null
        });
        await client.sendNotification('initialized', {});
    }
    afterEach(() => client.dispose());

    /** The diagnostics of `uri` once they satisfy `settled`, or the last ones seen after 20 s. */
    async function diagnosticsOf(uri: string, settled: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        for (let waited = 0; waited < 20_000; waited += 100) {
            const diagnostics = published.get(uri);
            if (diagnostics && settled(diagnostics)) {
                return diagnostics;
            }
            await new Promise(resolve => setTimeout(resolve, 100));
        }
        return published.get(uri) ?? [];
    }

    it('with no folder open, loads the imports of an opened file from its folder, and says on the import line why one outside it is not loaded', async () => {
        await start(null);
        const uri = URI.file(join(project, 'scenario.autonomy')).toString();
        const text = `import "register.autonomy"\nimport "../outside/register.autonomy"\n${COLLECTIVE}`;
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'autonomy', version: 1, text } });
        const diagnostics = await diagnosticsOf(uri, ds => !ds.some(d => codeOf(d) === 'linking-error'));
        expect(diagnostics.map(d => [codeOf(d), d.range.start.line])).toEqual([['import-outside-root', 1]]);
    });

    it('for a file outside the workspace folder, says on each import line that the import is outside it', async () => {
        mkdirSync(join(project, 'workspace'));
        await start([join(project, 'workspace')]);
        const uri = URI.file(join(project, 'scenario.autonomy')).toString();
        const text = `import "register.autonomy"\n${COLLECTIVE}`;
        await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'autonomy', version: 1, text } });
        const diagnostics = await diagnosticsOf(uri, ds => ds.some(d => codeOf(d) === 'import-outside-root'));
        const onImport = diagnostics.filter(d => d.range.start.line === 0);
        expect(onImport.map(codeOf)).toEqual(['import-outside-root']);
        expect(onImport[0].message).toContain('so it was not loaded');
    });
});
