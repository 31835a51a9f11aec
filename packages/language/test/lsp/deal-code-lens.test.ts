import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createTestServices } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

describe('"Show the deal" code lens', () => {
    it('sits on the first line of each initiative and opens the preview (whose "The deal" section is the term sheet)', async () => {
        const document = await parse(`practice A { list size 1,000 }
practice B { list size 2,000 }
collective N { members A, B decides by consensus }
initiative One { run by N participants A, B current cost A £1,000, B £1,000 shared cost £500 fixed }

initiative Two { run by N participants A current cost A £1,000 shared cost £100 fixed }`, { validation: true });
        const lenses = await Autonomy.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses?.map(l => [l.range.start.line, l.command?.title, l.command?.command])).toEqual([
            [3, 'Show the deal', 'autonomy.openPreviewToSide'],
            [5, 'Show the deal', 'autonomy.openPreviewToSide']
        ]);
    });
});
