// What-if by dragging: Alt-drag any stated figure sideways, or put the cursor on it and move the slider
// that appears. The text follows as you move, the briefing follows the text, and one drag is one undo step.
import { isolateHistory } from '@codemirror/commands';
import { type Extension, StateField, Transaction, type TransactionSpec } from '@codemirror/state';
import { EditorView, showTooltip, type Tooltip, type TooltipView } from '@codemirror/view';
import { figureText, type SliderSpan, sliderSpan, withinFigureLimits } from './figure-text.js';
import { type Figure, figureAt, figureRewritten, figuresField, statedFigures } from './stated-figures.js';

/** Pixels of mouse travel per step: a 300-pixel drag crosses the slider's whole range. */
const PIXELS_PER_STEP = 3;

/** One scrub of one figure: from grabbing it (mouse or slider) to letting go. */
export class FigureScrub {
    readonly span: SliderSpan;
    private readonly original: { text: string; value: number };

    constructor(private readonly view: EditorView, readonly index: number) {
        const figure = this.figure;
        this.span = sliderSpan(figure);
        this.original = { text: figure.text, value: figure.value };
    }

    get figure(): Figure {
        return this.view.state.field(figuresField)[this.index];
    }

    /** The value `steps` steps away from where the scrub started, within the figure's limits. */
    stepsAway(steps: number): number {
        return this.valid(this.original.value + steps * this.span.step);
    }

    /** `value` kept within the figure's limits, without binary noise (0.4 + 0.01 * 3). */
    valid(value: number): number {
        return withinFigureLimits(this.figure, Number(value.toFixed(10)));
    }

    text(value: number): string {
        return figureText(this.figure, value, this.span.step);
    }

    /** Shows `value` in the text while the scrub goes on; not an undo step of its own. */
    move(value: number): void {
        this.write(this.text(value), value, { annotations: Transaction.addToHistory.of(false) });
    }

    /** Ends the scrub at `value`: everything since it began is one undo step. */
    finish(value: number): void {
        const text = this.text(value);
        this.write(this.original.text, this.original.value, { annotations: Transaction.addToHistory.of(false) });
        this.write(text, value, { annotations: isolateHistory.of('full'), userEvent: 'input.scrub' });
        this.original.text = text;
        this.original.value = value;
    }

    private write(text: string, value: number, spec: TransactionSpec): void {
        const figure = this.figure;
        if (!figure || figure.text === text) return;
        this.view.dispatch({ ...spec, changes: { from: figure.from, to: figure.to, insert: text }, effects: figureRewritten.of({ index: this.index, text, value }) });
    }
}

/** Alt-drag (Option-drag on a Mac) on a figure: every few pixels sideways is one step. */
const altDrag = EditorView.domEventHandlers({
    mousedown(event, view) {
        if (!event.altKey || event.button !== 0) return false;
        const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
        const index = pos === null ? -1 : figureAt(view.state, pos);
        if (index < 0) return false;
        event.preventDefault();
        const scrub = new FigureScrub(view, index);
        const valueAt = (e: MouseEvent) => scrub.stepsAway(Math.round((e.clientX - event.clientX) / PIXELS_PER_STEP));
        const move = (e: MouseEvent) => scrub.move(valueAt(e));
        const up = (e: MouseEvent) => {
            window.removeEventListener('mousemove', move);
            view.dom.classList.remove('cm-scrubbing');
            scrub.finish(valueAt(e));
        };
        window.addEventListener('mousemove', move);
        window.addEventListener('mouseup', up, { once: true });
        view.dom.classList.add('cm-scrubbing');
        return true;
    }
});

/** A slider for figure `index`: moving it rewrites the figure; letting go is one undo step. */
export function figureSlider(view: EditorView, index: number, caption: string): HTMLElement {
    const figure = view.state.field(figuresField)[index];
    const dom = document.createElement('label');
    dom.className = 'cm-figure-slider';
    const name = document.createElement('span');
    name.textContent = caption;
    const output = document.createElement('output');
    output.textContent = figure.text;
    const slider = document.createElement('input');
    slider.type = 'range';
    let scrub = new FigureScrub(view, index);
    slider.min = String(scrub.span.min);
    slider.max = String(scrub.span.max);
    slider.step = String(scrub.span.step);
    slider.value = String(figure.value);
    const value = () => scrub.valid(Number(slider.value));
    slider.addEventListener('input', () => {
        scrub.move(value());
        output.textContent = scrub.text(value());
    });
    slider.addEventListener('change', () => {
        scrub.finish(value());
        scrub = new FigureScrub(view, index);
    });
    dom.append(name, slider, output);
    return dom;
}

/** The slider under the figure the cursor is on; the same tooltip while the cursor stays on that figure. */
const sliderTooltip = StateField.define<Tooltip | null>({
    create: () => null,
    update(tooltip, tr) {
        const selection = tr.state.selection.main;
        const index = selection.empty ? figureAt(tr.state, selection.head) : -1;
        if (index < 0) return null;
        const figure = tr.state.field(figuresField)[index];
        if (tooltip?.pos === figure.from) return tooltip;
        return {
            pos: figure.from,
            above: false,
            create: (view): TooltipView => {
                const dom = document.createElement('div');
                dom.append(figureSlider(view, index, `${figure.group}: ${figure.label}`));
                return { dom };
            }
        };
    },
    provide: field => showTooltip.from(field)
});

const theme = EditorView.baseTheme({
    '.cm-figure': { textDecoration: 'underline dotted 1px #8a93a6', textUnderlineOffset: '3px' },
    '&.cm-scrubbing, &.cm-scrubbing .cm-content': { cursor: 'ew-resize' },
    '.cm-figure-slider': { display: 'flex', alignItems: 'center', gap: '8px', padding: '4px 8px', font: '12px system-ui, sans-serif' },
    '.cm-figure-slider input': { width: '180px' },
    '.cm-figure-slider output': { minWidth: '7ch', fontVariantNumeric: 'tabular-nums', fontWeight: '600' }
});

/** Scrubbing in the editor: the figures, Alt-drag, and the slider under the cursor. */
export function scrubbing(): Extension {
    return [statedFigures(), altDrag, sliderTooltip, theme];
}
