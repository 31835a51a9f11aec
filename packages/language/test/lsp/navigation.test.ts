import { join } from 'node:path';
import { expectFindReferences, expectGoToDefinition, parseHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isResolved } from '../resolved-reference.js';
import type { Location, LocationLink, TextEdit } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, FIXTURES_DIR, loadWorkspace, positionOf } from './lsp-test-services.js';

type Workspace = Awaited<ReturnType<typeof loadWorkspace>>;
let ws: Workspace;

beforeAll(async () => {
    ws = await loadWorkspace(join(FIXTURES_DIR, 'cross-file'));
});

function fileOf(uri: string): string {
    return uri.split('/').pop()!;
}

function textAt(location: Location): string {
    const document = [...ws.documents.values()].find(d => d.uri.toString() === location.uri)!;
    return document.textDocument.getText(location.range);
}

describe('go to definition across imports', () => {
    it('jumps from a participant in one file to the practice declared in the imported register', async () => {
        const hub = ws.get('hub.autonomy');
        const links = await ws.Autonomy.lsp.DefinitionProvider!.getDefinition(hub, {
            textDocument: { uri: hub.uri.toString() },
            position: positionOf(hub, 'Hillside')
        }) as LocationLink[];
        expect(links).toHaveLength(1);
        expect(fileOf(links[0].targetUri)).toBe('register.autonomy');
        const register = ws.get('register.autonomy');
        expect(register.textDocument.getText(links[0].targetSelectionRange)).toBe('Hillside');
        expect(links[0].targetSelectionRange.start).toEqual(positionOf(register, 'Hillside'));
    });

    it('resolves a same-named practice in a file that does not import the register to its own declaration', async () => {
        const unrelated = ws.get('unrelated.autonomy');
        const links = await ws.Autonomy.lsp.DefinitionProvider!.getDefinition(unrelated, {
            textDocument: { uri: unrelated.uri.toString() },
            position: positionOf(unrelated, 'Riverside', 2)
        }) as LocationLink[];
        expect(links.map(l => fileOf(l.targetUri))).toEqual(['unrelated.autonomy']);
    });
});

describe('find references across imports', () => {
    it('finds every use of a register practice in the files that import it, and none elsewhere', async () => {
        const register = ws.get('register.autonomy');
        const locations = await ws.Autonomy.lsp.ReferencesProvider!.findReferences(register, {
            textDocument: { uri: register.uri.toString() },
            position: positionOf(register, 'Riverside'),
            context: { includeDeclaration: true }
        });
        const perFile: Record<string, number> = {};
        for (const location of locations) {
            expect(textAt(location)).toBe('Riverside');
            perFile[fileOf(location.uri)] = (perFile[fileOf(location.uri)] ?? 0) + 1;
        }
        // register: declaration + members; hub: trust, participants, current cost; merger: merges.
        expect(perFile).toEqual({ 'register.autonomy': 2, 'hub.autonomy': 3, 'merger.autonomy': 1 });
    });

    it('leaves the declaration out when asked to', async () => {
        const hub = ws.get('hub.autonomy');
        const locations = await ws.Autonomy.lsp.ReferencesProvider!.findReferences(hub, {
            textDocument: { uri: hub.uri.toString() },
            position: positionOf(hub, 'NorthPCN'),
            context: { includeDeclaration: false }
        });
        expect(locations.map(l => fileOf(l.uri)).sort()).toEqual(['hub.autonomy', 'hub.autonomy']);
        expect(locations.every(l => textAt(l) === 'NorthPCN')).toBe(true);
    });
});

describe('rename across files', () => {
    it('renames a practice in its register and in every importing file, and the result still links', async () => {
        const hub = ws.get('hub.autonomy');
        const edit = await ws.Autonomy.lsp.RenameProvider!.rename(hub, {
            textDocument: { uri: hub.uri.toString() },
            position: positionOf(hub, 'Riverside', 1),
            newName: 'Riverbank'
        });
        const changes = edit?.changes ?? {};
        expect(Object.keys(changes).map(fileOf).sort()).toEqual(['hub.autonomy', 'merger.autonomy', 'register.autonomy']);
        const renamed = new Map<string, string>();
        for (const [name, document] of ws.documents) {
            const edits: TextEdit[] = changes[document.uri.toString()] ?? [];
            renamed.set(name, TextDocument.applyEdits(document.textDocument, edits));
        }
        expect(renamed.get('unrelated.autonomy')).toBe(ws.get('unrelated.autonomy').textDocument.getText());
        for (const name of ['register.autonomy', 'hub.autonomy', 'merger.autonomy']) {
            // Titles are text, not names: "Riverside Surgery" stays.
            expect(renamed.get(name)!.replace(/"[^"]*"/g, '""')).not.toMatch(/Riverside/);
            expect(renamed.get(name)).toMatch(/Riverbank/);
        }
        // Relink the renamed files in a fresh workspace: every reference must resolve.
        const { Autonomy } = createTestServices();
        const parse = parseHelper(Autonomy);
        for (const name of ['register.autonomy', 'hub.autonomy', 'merger.autonomy']) {
            const document = await parse(renamed.get(name)!, { documentUri: `file:///renamed/${name}` });
            const unresolved = document.references.filter(ref => !isResolved(ref)).map(ref => ref.$refText);
            expect(unresolved, name).toEqual([]);
        }
    });

    it('refuses a keyword, a malformed name, or a name already taken, saying why', async () => {
        const register = ws.get('register.autonomy');
        const rename = (newName: string) => ws.Autonomy.lsp.RenameProvider!.rename(register, {
            textDocument: { uri: register.uri.toString() },
            position: positionOf(register, 'Riverside'),
            newName
        });
        await expect(rename('network')).rejects.toThrow(/keyword/);
        await expect(rename('9lives')).rejects.toThrow(/not a valid name/);
        await expect(rename('Hillside')).rejects.toThrow(/already the name of a practice in register\.autonomy/);
    });
});

describe('navigation within one file (Langium test helpers)', () => {
    const { Autonomy } = createTestServices();

    it('goes from a trust statement to the collective it names', async () => {
        await expectGoToDefinition(Autonomy)({
            text: 'practice P { }\ncollective <|C|> { members P }\ntrust P -> <|>C { credibility 5 }',
            index: 0,
            rangeIndex: 0
        });
    });

    it('finds a domain declaration and its cessions', async () => {
        await expectFindReferences(Autonomy)({
            text: 'domain <|docs|>\npractice P { }\ninitiative I { cedes <|do<|>cs|> fully participants P }\ninitiative J { cedes <|docs|> 50% }',
            includeDeclaration: true
        });
    });
});

describe('import links', () => {
    it('links each import to the file it names, resolved against the importing file', async () => {
        const hub = ws.get('hub.autonomy');
        const links = await ws.Autonomy.lsp.DocumentLinkProvider!.getDocumentLinks(hub, { textDocument: { uri: hub.uri.toString() } });
        expect(links).toHaveLength(1);
        expect(links[0].target).toBe(ws.get('register.autonomy').uri.toString());
        expect(hub.textDocument.getText(links[0].range)).toBe('"register.autonomy"');
    });
});

describe('renaming and moving model files', () => {
    const rename = (from: string, to: string) => ws.shared.lsp.FileOperationHandler!.willRenameFiles!({ files: [{ oldUri: from, newUri: to }] });
    const edited = (edit: Awaited<ReturnType<typeof rename>>, name: string) => {
        const document = ws.get(name);
        const edits = edit?.changes?.[document.uri.toString()];
        return edits ? TextDocument.applyEdits(document.textDocument, edits) : undefined;
    };

    it('rewrites every import of a renamed register, and nothing else', async () => {
        const register = ws.get('register.autonomy').uri;
        const edit = await rename(register.toString(), register.toString().replace('register.autonomy', 'shared/practice-register.autonomy'));
        expect(Object.keys(edit?.changes ?? {}).map(fileOf).sort()).toEqual(['hub.autonomy', 'merger.autonomy']);
        expect(edited(edit, 'hub.autonomy')).toMatch(/^import "shared\/practice-register\.autonomy"\n/);
        expect(edited(edit, 'merger.autonomy')).toMatch(/^import "shared\/practice-register\.autonomy"\n/);
    });

    it("rewrites a moved file's own imports relative to its new folder", async () => {
        const hub = ws.get('hub.autonomy').uri.toString();
        const edit = await rename(hub, hub.replace('hub.autonomy', 'scenarios/hub.autonomy'));
        expect(edited(edit, 'hub.autonomy')).toMatch(/^import "\.\.\/register\.autonomy"\n/);
        expect(Object.keys(edit?.changes ?? {}).map(fileOf)).toEqual(['hub.autonomy']);
    });

    it('handles a folder being renamed, and asks for nothing when no import is affected', async () => {
        const folder = ws.get('hub.autonomy').uri.toString().replace(/\/hub\.autonomy$/, '');
        // Everything moves together: relative imports stay right.
        expect(await rename(folder, `${folder}-2024`)).toBeNull();
        const unrelated = ws.get('unrelated.autonomy').uri.toString();
        expect(await rename(unrelated, unrelated.replace('unrelated', 'elsewhere'))).toBeNull();
    });
});
