// The partner view: a share link with a flag opens the briefing beside sliders for the model's key
// inputs (the figures a verdict can depend on), without the editor. The model lives only in this page:
// nothing a partner moves is saved or sent anywhere.
import type { LSPClient } from '@codemirror/lsp-client';
import { EditorView } from '@codemirror/view';
import type { LiveBriefing } from './live-briefing.js';
import { figureSlider } from './scrubbing.js';
import { type Figure, figuresField, statedFigures } from './stated-figures.js';

/** The flag before the share link's own fragment: `#partner&m=...`. */
const FLAG = 'partner&';

export function partnerFragment(shareFragment: string): string {
    return FLAG + shareFragment;
}

/** The share fragment inside a partner-view fragment; undefined when `hash` is not one. */
export function partnerShareFragment(hash: string): string | undefined {
    const body = hash.replace(/^#/, '');
    return body.startsWith(FLAG) ? body.slice(FLAG.length) : undefined;
}

const URI = 'file:///partner-view.autonomy';

/** Opens `model` for partners: the language server reads it from a hidden editor; the panel gets its sliders. */
export function openPartnerView(
    model: string, client: LSPClient, briefing: LiveBriefing, hiddenEditor: HTMLElement, panel: HTMLElement, uri = URI
): EditorView {
    document.body.classList.add('partner-view');
    // Partners read the recommendation and the deal first, without the analyst's diagnostics.
    briefing.edition = 'partners';
    panel.hidden = false;
    let shown = false;
    const view = new EditorView({
        doc: model,
        parent: hiddenEditor,
        extensions: [
            client.plugin(uri, 'autonomy'),
            statedFigures(),
            EditorView.updateListener.of(update => {
                if (update.docChanged) briefing.schedule(uri);
                if (!shown && update.state.field(figuresField).length > 0) {
                    shown = true;
                    panel.replaceChildren(...sliderGroups(update.view));
                }
            })
        ]
    });
    briefing.schedule(uri);
    return view;
}

/** Kinds a partner rarely moves first: folded away below the practices and initiatives. */
const FOLDED = new Set<Figure['kind']>(['trust', 'weight', 'threshold']);

/** One group per practice, initiative or trust statement, in model order; trust, weights and settings folded, last. */
function sliderGroups(view: EditorView): HTMLElement[] {
    const groups = new Map<string, { figures: { figure: Figure; index: number }[] }>();
    view.state.field(figuresField).forEach((figure, index) => {
        if (!figure.input) return;
        const group = groups.get(figure.group) ?? { figures: [] };
        group.figures.push({ figure, index });
        groups.set(figure.group, group);
    });
    const details = [...groups].map(([title, { figures }]) => {
        const group = document.createElement('details');
        group.open = figures.every(({ figure }) => !FOLDED.has(figure.kind));
        const summary = document.createElement('summary');
        summary.textContent = title;
        group.append(summary, ...figures.map(({ figure, index }) => figureSlider(view, index, figure.label)));
        return group;
    });
    return [...details.filter(d => d.open), ...details.filter(d => !d.open)];
}
