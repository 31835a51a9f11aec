/**
 * Bar and scatter charts drawn with Vega-Lite into SVG, in Node without a DOM.
 * Vega is imported dynamically: its canvas dependency uses top-level await,
 * which a CommonJS require cannot load.
 */
import type { ParadoxChart, SplitChart } from '../document.js';
import { CHART_FONT, PALETTE } from './palette.js';

type VegaModules = { vega: typeof import('vega'); vl: typeof import('vega-lite') };
let modules: Promise<VegaModules> | undefined;

function loadVega(): Promise<VegaModules> {
    modules ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => ({ vega, vl }));
    return modules;
}

const CONFIG = {
    font: CHART_FONT,
    background: null,
    view: { stroke: null },
    axis: { labelFontSize: 10, titleFontSize: 10, labelColor: PALETTE.text, titleColor: PALETTE.text, gridColor: PALETTE.grid, domainColor: PALETTE.muted, tickColor: PALETTE.muted },
    legend: { labelFontSize: 10, titleFontSize: 10, labelColor: PALETTE.text, titleColor: PALETTE.text }
};

async function toSvg(spec: Record<string, unknown>): Promise<string> {
    const { vega, vl } = await loadVega();
    const compiled = vl.compile({ ...spec, config: CONFIG } as never).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
    try {
        return await view.toSVG();
    } finally {
        view.finalize();
    }
}

export function splitChartSvg(chart: SplitChart): Promise<string> {
    const series = ['Benefit as charged', 'Fair share'];
    const values = chart.bars.flatMap((bar, order) => [
        { practice: bar.label, order, series: series[0], value: bar.charged / 100 },
        { practice: bar.label, order, series: series[1], value: bar.fair / 100 }
    ]);
    return toSvg({
        width: 360,
        height: { step: 11 },
        data: { values },
        mark: { type: 'bar', height: { band: 0.9 } },
        encoding: {
            y: { field: 'practice', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelLimit: 230 } },
            yOffset: { field: 'series', sort: series },
            x: { field: 'value', type: 'quantitative', title: `Yearly benefit (${chart.currency})`, axis: { format: ',.0f' } },
            color: { field: 'series', type: 'nominal', title: null, scale: { domain: series, range: [PALETTE.charged, PALETTE.fair] }, legend: { orient: 'top', direction: 'horizontal' } }
        }
    });
}

export function paradoxChartSvg(chart: ParadoxChart): Promise<string> {
    const verdicts = ['Better off ceding', 'Better off alone'];
    const values = chart.points.map(p => ({
        practice: p.label, alone: p.alone, collective: p.collective, listSize: p.listSize,
        verdict: p.resolved ? verdicts[0] : verdicts[1]
    }));
    const axis = { format: '.0%', tickCount: 5 };
    const layers: Record<string, unknown>[] = [
        {
            data: { values: [{ x: 0, y: 0, x2: 1, y2: 1 }] },
            mark: { type: 'rule', color: PALETTE.muted, strokeDash: [4, 3] },
            encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, x2: { field: 'x2' }, y2: { field: 'y2' } }
        },
        {
            mark: { type: 'circle', opacity: 0.75, stroke: '#ffffff', strokeWidth: 0.8 },
            encoding: {
                size: { field: 'listSize', type: 'quantitative', title: 'List size', scale: { range: [30, 700] }, legend: { format: ',.0f', symbolFillColor: PALETTE.muted, orient: 'right', values: legendSizes(chart) } },
                color: { field: 'verdict', type: 'nominal', title: null, scale: { domain: verdicts, range: [PALETTE.good, PALETTE.bad] }, legend: { orient: 'right' } }
            }
        }
    ];
    // Labels help with a handful of practices and become noise with dozens.
    if (chart.points.length <= 12) {
        layers.push({
            mark: { type: 'text', align: 'left', dx: 9, dy: -6, fontSize: 9, color: PALETTE.text, limit: 150 },
            encoding: { text: { field: 'practice' } }
        });
    }
    return toSvg({
        width: 330,
        height: 330,
        data: { values },
        encoding: {
            x: { field: 'alone', type: 'quantitative', title: 'Expected autonomy alone', scale: { domain: [0, 1] }, axis },
            y: { field: 'collective', type: 'quantitative', title: 'Expected autonomy in the collective', scale: { domain: [0, 1] }, axis }
        },
        layer: layers
    });
}

/** The smallest and largest list sizes: a legend of real practices, not of round numbers down to zero. */
function legendSizes(chart: ParadoxChart): number[] {
    const sizes = [...new Set(chart.points.map(p => p.listSize))].sort((a, b) => a - b);
    return sizes.length <= 2 ? sizes : [sizes[0], sizes[sizes.length - 1]];
}
