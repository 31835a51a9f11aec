// Semantic highlighting from the language server's semantic tokens: practices, collectives, domains,
// initiatives, money and percentages each get a class (cm-semantic-<type>), coloured in style.css.
// @codemirror/lsp-client has no semantic-token support, so the page asks for the tokens itself.
import { type Extension, RangeSetBuilder, StateEffect, StateField, type Text } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView } from '@codemirror/view';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { requestAboutView, serverRefresh } from './server-refresh.js';

/** Waits this long after the last keystroke: names change class as they link, so typing stays smooth. */
const PAUSE_MS = 300;

const setTokens = StateEffect.define<DecorationSet>();

const tokenField = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update: (tokens, tr) => tr.effects.find(e => e.is(setTokens))?.value ?? tokens.map(tr.changes),
    provide: field => EditorView.decorations.from(field)
});

/** Decodes LSP's relative token encoding (line delta, start delta, length, type, modifier bits) into marks. */
export function tokenDecorations(data: readonly number[], legend: SemanticTokensLegend, doc: Text): DecorationSet {
    const builder = new RangeSetBuilder<Decoration>();
    let line = 0;
    let start = 0;
    for (let i = 0; i + 4 < data.length; i += 5) {
        line += data[i];
        start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
        if (line >= doc.lines) break;
        const lineStart = doc.line(line + 1).from;
        const from = lineStart + start;
        const to = Math.min(from + data[i + 2], doc.line(line + 1).to);
        const type = legend.tokenTypes[data[i + 3]];
        if (!type || to <= from) continue;
        const modifiers = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
        builder.add(from, to, Decoration.mark({ class: [type, ...modifiers].map(name => `cm-semantic-${name}`).join(' ') }));
    }
    return builder.finish();
}

const refresher = serverRefresh(PAUSE_MS, 'Semantic highlighting is unavailable', async view => {
    const answer = await requestAboutView<{ textDocument: { uri: string } }, SemanticTokens | null>(
        view, 'textDocument/semanticTokens/full', uri => ({ textDocument: { uri } }));
    if (!answer) return true; // the text moved on: a newer refresh is scheduled
    const legend = answer.plugin.client.serverCapabilities?.semanticTokensProvider?.legend;
    if (!legend) throw new Error('the language server offers no semantic tokens');
    view.dispatch({ effects: setTokens.of(tokenDecorations(answer.result?.data ?? [], legend, answer.doc)) });
    return true;
});

export function semanticHighlighting(): Extension {
    return [tokenField, refresher];
}
