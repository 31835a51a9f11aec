/**
 * Every chart of a report as a standalone SVG file, named so a consultant can
 * find the one to put on a slide: "02-paradox-expected-autonomy.svg".
 */
import type { ReportDocument } from '../document.js';
import { chartSvg } from './chart-svg.js';

export interface ChartFile {
    /** File name without extension: a two-digit order, then the chart's title in lower-case words. */
    name: string;
    title: string;
    svg: string;
}

const MAX_NAME = 60;

export function chartFiles(doc: ReportDocument): ChartFile[] {
    const files: ChartFile[] = [];
    for (const section of doc.sections) {
        for (const block of section.blocks) {
            if (block.kind !== 'chart') continue;
            const order = String(files.length + 1).padStart(2, '0');
            files.push({ name: `${order}-${slug(block.title)}`, title: block.title, svg: chartSvg(block.chart) });
        }
    }
    return files;
}

/** Model text becomes a safe file name: letters, digits and single hyphens only. */
function slug(text: string): string {
    const words = text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return words.slice(0, MAX_NAME).replace(/-+$/, '') || 'chart';
}
