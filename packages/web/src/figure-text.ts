// A stated figure written back as text in the style it was written (£24,000, 40%, 8,200, 3.0),
// and the steps a mouse or slider moves it by. The limits themselves come from the server
// (analysis VALUE_LIMITS); this module only chooses steps a partner can follow.
import { formatCount, formatMoney } from '@autonomy/domain';
import type { StatedFigureInfo } from '@autonomy/language-server/protocol';

export type FigureFacts = Pick<StatedFigureInfo, 'kind' | 'text' | 'value' | 'min' | 'max' | 'whole'>;

export interface SliderSpan {
    min: number;
    max: number;
    step: number;
}

/** About this many steps across a slider: fine enough to follow, coarse enough to hit a round figure. */
const STEPS_ACROSS = 100;

/** The coarsest step each kind allows, whatever its size: a whole percentage point, a whole trust point. */
const SMALLEST_STEP: Record<StatedFigureInfo['kind'], number> = {
    money: 1, total: 1, count: 1, 'step-size': 1, percent: 0.01, trust: 1, weight: 0.1, threshold: 0.1
};

/** What a figure of value 0 spans when nothing says how large it may grow: £10,000, 10,000 patients, 10 points. */
const EMPTY_SPAN: Record<StatedFigureInfo['kind'], number> = {
    money: 1_000_000, total: 1_000_000, count: 10_000, 'step-size': 10_000, percent: 1, trust: 10, weight: 10, threshold: 10
};

/**
 * The slider's range: the kind's whole range where it is short (percentages, trust),
 * else from the kind's minimum to twice the figure (within its maximum).
 */
export function sliderSpan(figure: FigureFacts): SliderSpan {
    const bounded = figure.max !== undefined && figure.max - figure.min <= 100;
    const reach = figure.value > 0 ? figure.value * 2 : EMPTY_SPAN[figure.kind];
    const max = bounded ? figure.max ?? reach : Math.min(figure.max ?? Infinity, Math.max(reach, figure.value));
    const raw = (max - figure.min) / STEPS_ACROSS;
    const step = Math.max(SMALLEST_STEP[figure.kind], raw > 0 ? 10 ** Math.floor(Math.log10(raw)) : 0);
    return { min: figure.min, max, step };
}

/** `value` kept within the figure's limits, and whole where the kind is whole. */
export function withinFigureLimits(figure: FigureFacts, value: number): number {
    const rounded = figure.whole ? Math.round(value) : value;
    return Math.min(figure.max ?? Infinity, Math.max(figure.min, rounded));
}

/** Decimal places written in `text` ("3.0": 1, "12.5%": 1, "£1.50": 2). */
function writtenDecimals(text: string): number {
    return /\.(\d+)/.exec(text)?.[1].length ?? 0;
}

/** `value` (model units) written as the figure was: same currency, grouping and at least its decimals. */
export function figureText(figure: FigureFacts, value: number, step = sliderSpan(figure).step): string {
    if (figure.kind === 'money' || figure.kind === 'total') {
        return formatMoney(value, /[£€$¥]/.exec(figure.text)?.[0] ?? '£');
    }
    if (figure.kind === 'percent') {
        return `${(value * 100).toFixed(writtenDecimals(figure.text))}%`;
    }
    const places = Math.max(writtenDecimals(String(step)), writtenDecimals(figure.text));
    return figure.text.includes(',') ? formatCount(value, places) : value.toFixed(places);
}
