/**
 * A practice's compensation over several initiatives: receiving £4,000 on one
 * and paying £4,000 on another nets to zero, but "no compensation due" would
 * tell the partners nothing changes hands. The hint and the hover name both
 * sides when they differ in sign.
 */
import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { MarkupContent } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, FIXTURES_DIR, readText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

// The hand-worked Hub (A receives £4,000, B pays £4,000) and its mirror image, with A's and B's costs swapped:
// v(A) = £2,000, v(B) = 0, v(AB) = £12,000, so A's fair share is £7,000 against £11,000 as charged: A pays £4,000.
const MIRRORED = readText(`${FIXTURES_DIR}hand-worked.autonomy`) + `
initiative Mirror "Mirror hub" {
    run by Net
    participants A, B
    cedes clinical 10%
    current cost A £20,000, B £10,000
    shared cost £18,000 fixed
    charged equally
    share fairly
}
`;

describe('compensation that nets to zero across initiatives', () => {
    let document: LangiumDocument;
    beforeAll(async () => {
        document = await parse(MIRRORED, { validation: true });
    });

    it('the inlay hint names what it receives and what it pays', async () => {
        const text = document.textDocument.getText();
        const end = document.textDocument.positionAt(text.length);
        const hints = await Autonomy.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range: { start: { line: 0, character: 0 }, end } }) ?? [];
        const line = text.split('\n').findIndex(l => l.startsWith('practice A '));
        const raw = hints.find(h => h.position.line === line)?.label;
        const label = typeof raw === 'string' ? raw : (raw ?? []).map(part => part.value).join('');
        expect(label).not.toContain('no compensation due');
        expect(label).toContain('should receive £4,000 and pay £4,000 (net £0)');
    });

    it('the hover names what it receives and what it pays', async () => {
        const offset = document.textDocument.getText().indexOf('A "Alpha');
        const hover = await Autonomy.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
        });
        const text = (hover?.contents as MarkupContent | undefined)?.value ?? '';
        expect(text).not.toContain('none needed');
        expect(text).toContain('| Compensation | should receive £4,000 and pay £4,000 per year across its initiatives (net £0) |');
    });
});
