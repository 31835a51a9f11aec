import { EmptyFileSystem, URI } from 'langium';
import type { NormalizedTextDocuments } from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';

/** Open files edited as the editor edits them: the text document changes, then the builder updates. */
function workspace(files: Record<string, string>) {
    const { shared } = createAutonomyServices(EmptyFileSystem);
    const textDocuments = shared.workspace.TextDocuments as NormalizedTextDocuments<TextDocument>;
    const versions = new Map<string, number>();
    const uri = (name: string) => URI.parse(`file:///project/${name}`);
    const write = (name: string, text: string) => {
        const version = (versions.get(name) ?? 0) + 1;
        versions.set(name, version);
        textDocuments.set(TextDocument.create(uri(name).toString(), 'autonomy', version, text));
    };
    return {
        async open() {
            for (const [name, text] of Object.entries(files)) {
                write(name, text);
                shared.workspace.LangiumDocuments.addDocument(
                    shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocuments.get(uri(name).toString())!));
            }
            await shared.workspace.DocumentBuilder.build(shared.workspace.LangiumDocuments.all.toArray(), { validation: true });
        },
        async edit(name: string, text: string) {
            write(name, text);
            await shared.workspace.DocumentBuilder.update([uri(name)], []);
        },
        codes(name: string): string[] {
            const document = shared.workspace.LangiumDocuments.getDocument(uri(name))!;
            return (document.diagnostics ?? []).map(d => String(d.code));
        }
    };
}

describe('a file is checked again when a file it imports changes, even with no reference into it', () => {
    // Found by the incremental-parsing replay of 2 December (broken/import-cycle): the other file of a
    // cycle kept its import-cycle error after the edited file dropped its import.
    it('drops the cycle error from both files when one file of a cycle drops its import', async () => {
        const files = workspace({
            'a.autonomy': 'import "b.autonomy"\npractice A { list size 1,000 }\n',
            'b.autonomy': 'import "a.autonomy"\npractice B { list size 1,000 }\n'
        });
        await files.open();
        expect(files.codes('a.autonomy')).toContain('import-cycle');
        expect(files.codes('b.autonomy')).toContain('import-cycle');

        await files.edit('a.autonomy', 'practice A { list size 1,000 }\n');
        expect(files.codes('a.autonomy')).not.toContain('import-cycle');
        expect(files.codes('b.autonomy')).not.toContain('import-cycle');

        await files.edit('a.autonomy', 'import "b.autonomy"\npractice A { list size 1,000 }\n');
        expect(files.codes('b.autonomy')).toContain('import-cycle');
    });

    it('follows imports transitively: a cycle closed two files away is seen by the first file', async () => {
        const files = workspace({
            'a.autonomy': 'import "b.autonomy"\npractice A { list size 1,000 }\n',
            'b.autonomy': 'import "c.autonomy"\npractice B { list size 1,000 }\n',
            'c.autonomy': 'practice C { list size 1,000 }\n'
        });
        await files.open();
        expect(files.codes('a.autonomy')).not.toContain('import-cycle');
        await files.edit('c.autonomy', 'import "a.autonomy"\npractice C { list size 1,000 }\n');
        expect(files.codes('a.autonomy')).toContain('import-cycle');
    });
});
