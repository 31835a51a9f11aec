import type { ChartSpec } from '../document.js';
import { splitChartSvg } from './bar-chart.js';
import { paradoxChartSvg } from './scatter-chart.js';
import { scenarioChartSvg } from './scenario-chart.js';
import { structureSvg } from './structure-svg.js';
import { tornadoChartSvg } from './tornado-chart.js';

/**
 * Draws any report chart as a standalone SVG string: vector, no scripts, no
 * external resources, deterministic, and fast enough for dozens of charts.
 */
export function chartSvg(chart: ChartSpec): string {
    switch (chart.kind) {
        case 'split': return splitChartSvg(chart);
        case 'paradox': return paradoxChartSvg(chart);
        case 'structure': return structureSvg(chart);
        case 'tornado': return tornadoChartSvg(chart);
        case 'scenarios': return scenarioChartSvg(chart);
    }
}
