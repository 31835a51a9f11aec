// The figures the model states, as the language server reads them (autonomy/figures), kept in the
// editor's state and moved with every edit, so a drag or a slider always rewrites the right characters.
import { type EditorState, type Extension, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';
import { FiguresRequestMethod, type FiguresParams, type FiguresResult, type StatedFigureInfo } from '@autonomy/language-server/protocol';
import { requestAboutView, serverRefresh } from './server-refresh.js';

export interface Figure extends Omit<StatedFigureInfo, 'range'> {
    from: number;
    to: number;
    /** True once the text at from..to no longer reads as this figure (typed over): not scrubbable until the server reads it again. */
    stale: boolean;
}

/** Waits this long after the last edit before asking the server to read the figures again. */
const PAUSE_MS = 400;

const setFigures = StateEffect.define<Figure[]>();

/** Figure `index` now reads `text`, worth `value`: sent with the change that rewrote it. */
export const figureRewritten = StateEffect.define<{ index: number; text: string; value: number }>();

export const figuresField = StateField.define<readonly Figure[]>({
    create: () => [],
    update(figures, tr) {
        const replaced = tr.effects.find(e => e.is(setFigures));
        if (replaced) return replaced.value;
        const rewrites = tr.effects.filter(e => e.is(figureRewritten)).map(e => e.value);
        if (!tr.docChanged && rewrites.length === 0) return figures;
        return figures.map((figure, index) => {
            const rewrite = rewrites.find(r => r.index === index);
            const moved = { ...figure, from: tr.changes.mapPos(figure.from, -1), to: tr.changes.mapPos(figure.to, 1), ...rewrite };
            return { ...moved, stale: moved.stale || tr.state.doc.sliceString(moved.from, moved.to) !== moved.text };
        });
    }
});

/** The index of the scrubbable figure at `pos` (its first character to just after its last), or -1. */
export function figureAt(state: EditorState, pos: number): number {
    return state.field(figuresField).findIndex(f => !f.stale && f.from <= pos && pos <= f.to);
}

const mark = (figure: Figure) => Decoration.mark({
    class: 'cm-figure',
    attributes: { title: `${figure.group}: ${figure.label}. Alt-drag to change it, or put the cursor on it for a slider.` }
}).range(figure.from, figure.to);

const figureMarks = EditorView.decorations.compute([figuresField], state =>
    Decoration.set(state.field(figuresField).filter(f => !f.stale).map(mark), true));

const refresher = serverRefresh(PAUSE_MS, 'The figures could not be read for scrubbing', async view => {
    const answer = await requestAboutView<FiguresParams, FiguresResult>(view, FiguresRequestMethod, uri => ({ uri }));
    if (!answer) return true; // the text moved on: a newer refresh is scheduled
    const { result, doc, plugin } = answer;
    if (result.error !== undefined) throw new Error(result.error);
    // An answer about an older version of the text (the server had not yet read the last edit): ask again.
    if (!result.figures || result.version !== plugin.client.workspace.getFile(plugin.uri)?.version) return false;
    const figures = result.figures.map(({ range, ...figure }) => ({
        ...figure, from: plugin.fromPosition(range.start, doc), to: plugin.fromPosition(range.end, doc), stale: false
    }));
    view.dispatch({ effects: setFigures.of(figures) });
    return true;
});

/** The figures of the view's document, read by the server a moment after each edit. */
export function statedFigures(): Extension {
    return [figuresField, figureMarks, refresher];
}
