/**
 * `autonomy report --charts svg|png <folder>`: every chart of the report as
 * its own file, for a consultant's slides. PNG is drawn by resvg (an npm
 * package with its renderer inside, no browser), with the report's own
 * DejaVu fonts so the text matches the PDF.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { chartFiles, type ReportDocument, reportFonts } from '@autonomy/report';
import { CliError } from './errors.js';
import { type CliIO, emit } from './io.js';

export const CHART_FORMATS = ['svg', 'png'] as const;
export type ChartFormat = typeof CHART_FORMATS[number];

/** Pixels per SVG unit: twice the drawn size, sharp on a projector. */
const PNG_SCALE = 2;

/** Takes `--charts <format> <folder>` out of the arguments, since node's parser reads one value per option. */
export function takeChartsOption(args: string[]): { rest: string[]; charts?: { format: string; folder: string } } {
    const at = args.indexOf('--charts');
    if (at < 0) return { rest: args };
    const [format, folder] = [args[at + 1], args[at + 2]];
    if (format === undefined || folder === undefined || folder.startsWith('-')) {
        throw new CliError('report: --charts needs a format and a folder, e.g. `--charts png slides/`.');
    }
    return { rest: [...args.slice(0, at), ...args.slice(at + 3)], charts: { format, folder } };
}

export async function writeCharts(doc: ReportDocument, format: ChartFormat, folder: string, io: CliIO): Promise<number> {
    const target = path.resolve(io.cwd, folder);
    try {
        mkdirSync(target, { recursive: true });
    } catch (error) {
        throw new CliError(`${folder}: cannot create the charts folder: ${(error as Error).message}. Choose another folder after --charts ${format}.`);
    }
    const files = chartFiles(doc);
    const render = format === 'png' ? await pngRenderer() : undefined;
    for (const file of files) {
        emit(io, render ? render(file.svg) : file.svg, path.join(target, `${file.name}.${format}`));
    }
    return files.length;
}

async function pngRenderer(): Promise<(svg: string) => Uint8Array> {
    const { Resvg } = await import('@resvg/resvg-js');
    const fontFiles = Object.values(reportFonts()).flatMap(family => Object.values(family));
    return svg => {
        const png = new Resvg(svg, {
            fitTo: { mode: 'zoom', value: PNG_SCALE },
            background: 'white',
            font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
        }).render().asPng();
        return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    };
}
