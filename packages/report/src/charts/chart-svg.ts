import type { ChartSpec } from '../document.js';
import { structureSvg } from './structure-svg.js';
import { paradoxChartSvg, splitChartSvg } from './vega-charts.js';

/** Draws any report chart as a standalone SVG string (vector, no scripts, no external resources). */
export async function chartSvg(chart: ChartSpec): Promise<string> {
    switch (chart.kind) {
        case 'split': return splitChartSvg(chart);
        case 'paradox': return paradoxChartSvg(chart);
        case 'structure': return structureSvg(chart);
    }
}
