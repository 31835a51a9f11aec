import { join } from 'node:path';
import { expectFoldings, expectSymbols, expectWorkspaceSymbols, expectSemanticToken, highlightHelper } from 'langium/test';
import { FoldingRangeKind, SymbolKind, type SemanticTokenTypes } from 'vscode-languageserver';
// The language's own token types (money, percentage) are not members of LSP's enum, hence the casts below.
import { describe, expect, it } from 'vitest';
import { createTestServices, FIXTURES_DIR, loadWorkspace } from './lsp-test-services.js';

const { Autonomy } = createTestServices();

const MODEL = `model "North" {
    currency £
}
domain documents "Documents" weight 2
practice Riverside "Riverside Surgery" {
    list size 8,200
}
collective NorthPCN "North PCN" {
    kind network
    members Riverside
    decides by consensus
}
trust Riverside -> NorthPCN { credibility 7 reliability 6 intimacy 6 self-orientation 3 }
initiative Hub "Document hub" {
    run by NorthPCN
    participants Riverside
}
merger M { merges Riverside }
partner County "County Hospital" serves 300,000 patients
`;

describe('document symbols', () => {
    it('outlines every declaration with its kind and a detail read from the model', async () => {
        await expectSymbols(Autonomy)({
            text: MODEL,
            assert: symbols => {
                expect(symbols.map(s => [s.name, s.kind])).toEqual([
                    ['North', SymbolKind.Module],
                    ['documents', SymbolKind.EnumMember],
                    ['Riverside', SymbolKind.Class],
                    ['NorthPCN', SymbolKind.Namespace],
                    ['Riverside -> NorthPCN', SymbolKind.Interface],
                    ['Hub', SymbolKind.Event],
                    ['M', SymbolKind.Struct],
                    ['County', SymbolKind.Object]
                ]);
                const detail = Object.fromEntries(symbols.map(s => [s.name, s.detail]));
                expect(detail['documents']).toBe('Documents · weight 2');
                expect(detail['Riverside']).toBe('Riverside Surgery · 8,200 patients');
                expect(detail['NorthPCN']).toBe('North PCN · network · decides by consensus');
                expect(detail['Hub']).toBe('Document hub · run by NorthPCN');
                expect(detail['County']).toBe('County Hospital · serves 300,000 patients');
            }
        });
    });

    it('lists a collective\'s members and an initiative\'s participants as children', async () => {
        await expectSymbols(Autonomy)({
            text: MODEL,
            assert: symbols => {
                const pcn = symbols.find(s => s.name === 'NorthPCN')!;
                expect(pcn.children?.map(c => [c.name, c.detail, c.kind])).toEqual([['Riverside', 'member', SymbolKind.Class]]);
                const hub = symbols.find(s => s.name === 'Hub')!;
                expect(hub.children?.map(c => c.name)).toEqual(['Riverside']);
            }
        });
    });

    it('says when a collective has no decision rule', async () => {
        await expectSymbols(Autonomy)({
            text: 'collective C { kind federation }',
            assert: symbols => expect(symbols[0].detail).toBe('federation · no decision rule')
        });
    });
});

describe('workspace symbols', () => {
    it('finds declarations in every loaded file, naming the file', async () => {
        const ws = await loadWorkspace(join(FIXTURES_DIR, 'cross-file'));
        await expectWorkspaceSymbols(ws.shared)({
            query: 'Riverside',
            assert: symbols => {
                expect(symbols.map(s => `${s.name} ${s.containerName} ${s.kind}`).sort()).toEqual([
                    `Riverside register.autonomy ${SymbolKind.Class}`,
                    `Riverside unrelated.autonomy ${SymbolKind.Class}`
                ]);
            }
        });
        await expectWorkspaceSymbols(ws.shared)({
            query: 'hub',
            assert: symbols => expect(symbols.map(s => [s.name, s.kind])).toContainEqual(['DocumentHub', SymbolKind.Event])
        });
    });
});

describe('folding', () => {
    it('folds blocks, comment runs, block comments, imports and runs of one-line declarations', async () => {
        await expectFoldings(Autonomy)({
            text: `<|import "a.autonomy"
import "b.autonomy"|>
<|// A header comment
// over two lines|>
<|domain a
domain b
domain c|>
<|practice P {
    list size 10
|>}
<|/* a block
   comment
|>*/
trust P -> C { credibility 5 }
domain d
`,
            assert: (foldings, expected) => {
                const actual = foldings.map(f => [f.startLine, f.endLine]);
                expect(actual).toHaveLength(expected.length);
                expect(foldings.find(f => f.startLine === 0)?.kind).toBe(FoldingRangeKind.Imports);
                expect(foldings.find(f => f.startLine === 2)?.kind).toBe(FoldingRangeKind.Comment);
                expect(foldings.find(f => f.startLine === 4)?.kind).toBe(FoldingRangeKind.Region);
            }
        });
    });

    it('places each folding on the marked lines', async () => {
        await expectFoldings(Autonomy)({
            text: '<|// one\n// two|>\ndomain x\n<|collective C {\n    kind network\n    decides by consensus|>\n}\n'
        });
    });

    it('does not fold two one-line declarations or a lone line comment', async () => {
        await expectFoldings(Autonomy)({
            text: '// lone\ndomain a\ndomain b\n'
        });
    });
});

describe('semantic highlighting', () => {
    const highlight = highlightHelper(Autonomy);

    it('colours each kind of name at its declaration and its references', async () => {
        const tokens = await highlight(`domain <|docs|>
practice <|P|> { }
collective <|C|> { members <|P|> }
initiative <|I|> { run by <|C|> cedes <|docs|> fully }
trust <|P|> -> <|C|> { <|credibility|> 5 }
`);
        const expected = ['enumMember', 'class', 'namespace', 'class', 'event', 'namespace', 'enumMember', 'class', 'namespace', 'property'];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType: tokenType as SemanticTokenTypes }));
    });

    it('tells money, percentages and plain numbers apart', async () => {
        const tokens = await highlight(`practice P {
    list size <|8,200|>
    sustainability gap <|£12,000|> per year
    crisis risk <|40%|>
}
initiative I { shared cost <|£1.50|> per patient + <|£5|> per <|1,000|> patients }
`);
        const expected = ['number', 'money', 'percentage', 'money', 'money', 'number'];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType: tokenType as SemanticTokenTypes }));
    });

    it('publishes the custom token types in its legend', () => {
        const legend = Autonomy.lsp.SemanticTokenProvider!.semanticTokensOptions.legend.tokenTypes;
        expect(legend).toContain('money');
        expect(legend).toContain('percentage');
        expect(new Set(legend).size).toBe(legend.length);
    });
});
