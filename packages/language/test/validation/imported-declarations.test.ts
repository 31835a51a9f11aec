/**
 * The whole-file checks that compare a file's declarations with those of the
 * files it imports (duplicate names and titles, a domain ceded to two
 * collectives) report on this file's declarations only, and look an imported
 * declaration up only under a name, title or cession this file has: the exact
 * diagnostics of a chain of imports, each file in its place in it.
 */
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { diagnosticCode, diagnosticMessage } from '../../src/validation/plain-diagnostic.js';

const FILES: Record<string, string> = {
    'a.autonomy': `model "A" { currency £ }
domain visiting "Visiting"
practice A "Alpha Surgery" { list size 1,000 }
practice B "Beta Surgery" { list size 2,000 }
collective Net { members A, B decides by consensus }
collective Other { members A, B decides by consensus }
collective D { members A, B decides by consensus }
initiative One {
    run by Net
    participants A, B
    current cost A £1,000, B £1,000
    shared cost £500 fixed
    cedes visiting 20% for A
}
`,
    'b.autonomy': `import "a.autonomy"
practice C "Beta surgery " { list size 3,000 }
collective D { members A decides by consensus }
initiative Two {
    run by Other
    participants A, B
    current cost A £1,000, B £1,000
    shared cost £500 fixed
    cedes visiting 20% for A
    cedes visiting 10% for B
}
`,
    'c.autonomy': `import "b.autonomy"
practice A "Alpha again" { list size 10 }
practice D "alpha surgery" { list size 20 }
initiative Three {
    run by Other
    participants A, B
    current cost A £1,000, B £1,000
    shared cost £500 fixed
    cedes visiting fully
}
`,
    'd.autonomy': `import "c.autonomy"
`
};

const CODES = new Set(['duplicate-name', 'duplicate-title', 'domain-ceded-twice']);

async function diagnosticsByFile(): Promise<Record<string, string[]>> {
    const { shared } = createAutonomyServices(EmptyFileSystem);
    const documents: LangiumDocument[] = Object.entries(FILES).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///imports/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return Object.fromEntries(documents.map(document => [document.uri.path.slice('/imports/'.length),
        (document.diagnostics ?? []).filter(d => CODES.has(diagnosticCode(d)))
            .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${diagnosticCode(d)}: ${diagnosticMessage(d)}`)]));
}

describe('whole-file checks across imports', () => {
    it('report on the file\'s own declarations, naming the first imported one that clashes', async () => {
        expect(await diagnosticsByFile()).toEqual({
            'a.autonomy': [],
            'b.autonomy': [
                "3:12 duplicate-name: The name 'D' is already used by the collective declared at a.autonomy line 7; "
                + 'rename this collective or remove one of them.',
                "2:12 duplicate-title: Practices 'B' (a.autonomy line 4) and 'C' are both shown as \"Beta surgery \": "
                + 'reports and the editor could not tell them apart. Give each a title of its own.',
                "9:11 domain-ceded-twice: A cedes Visiting (visiting) to 'Other' here and to 'Net' in 'One': two collectives "
                + 'would decide it. Cede it to one collective, or split the domain.'
            ],
            'c.autonomy': [
                "2:10 duplicate-name: The name 'A' is already used by the practice declared at a.autonomy line 3; "
                + 'rename this practice or remove one of them.',
                // The first of the imported declarations in scope order: b's, which itself repeats a's.
                "3:10 duplicate-name: The name 'D' is already used by the collective declared at b.autonomy line 3; "
                + 'rename this practice or remove one of them.',
                "3:12 duplicate-title: Practices 'A' (a.autonomy line 3) and 'D' are both shown as \"alpha surgery\": "
                + 'reports and the editor could not tell them apart. Give each a title of its own.',
                "9:11 domain-ceded-twice: A cedes Visiting (visiting) to 'Other' here and to 'Net' in 'One': two collectives "
                + 'would decide it. Cede it to one collective, or split the domain.'
            ],
            'd.autonomy': []
        });
    });
});
