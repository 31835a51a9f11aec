import * as path from 'node:path';
import { analyse, analyseSensitivity } from '@autonomy/analysis';
import {
    buildReport, REPORT_FILE_EXTENSIONS, REPORT_FORMATS, type ReportDiagnostic, type ReportEdition, type ReportFormat,
    renderHtml, renderJson, renderMarkdown, renderPdf
} from '@autonomy/report';
import { CHART_FORMATS, takeChartsOption, writeCharts } from '../chart-export.js';
import { EXIT_FINDINGS, EXIT_OK } from '../errors.js';
import { neutraliseOutput, printable } from '../formats/terminal-text.js';
import { type CliIO, emit } from '../io.js';
import { loadOneModel } from '../model-input.js';
import { oneFormat, oneOf, parseCommandArgs } from '../options.js';
import { reportDate } from '../report-date.js';

const EDITIONS: readonly ReportEdition[] = ['partners', 'analyst'];

export async function reportCommand(args: string[], io: CliIO): Promise<number> {
    const { rest, charts } = takeChartsOption(args);
    const { values, positionals } = parseCommandArgs('report', rest, {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        date: { type: 'string' },
        edition: { type: 'string', short: 'e' },
        sensitivity: { type: 'boolean' }
    });
    const format = oneFormat('report', values.format ?? 'pdf', REPORT_FORMATS);
    // A PDF is what partners are handed; the other formats are for analysts and tools.
    const edition = oneOf('report', 'edition', values.edition ?? (format === 'pdf' ? 'partners' : 'analyst'), EDITIONS);
    const chartFormat = charts ? oneOf('report', 'charts', charts.format, CHART_FORMATS) : undefined;
    const date = reportDate(values.date, io.env);
    const loaded = await loadOneModel('report', positionals, io);
    if (!loaded.model) {
        return EXIT_FINDINGS;
    }
    const diagnostics: ReportDiagnostic[] = loaded.reports.flatMap(r => r.diagnostics.map(d => ({
        file: d.file, line: d.line, column: d.column, severity: d.severity, code: d.code, message: d.message
    })));
    const modelFile = loaded.reports.find(r => r.absolutePath === loaded.document.uri.fsPath)?.file ?? positionals[0];
    // The sensitivity section re-analyses the model hundreds of times (seconds for a large model), so it is asked for.
    const sensitivity = values.sensitivity === true ? analyseSensitivity(loaded.model) : undefined;
    const document = buildReport({ model: loaded.model, analysis: analyse(loaded.model, { decisionSupport: true }), diagnostics, date, sourceFile: modelFile, edition, sensitivity });
    const content = await render(format, document);
    // By default the report is named after the model and written to the working directory.
    const output = values.output ?? path.basename(loaded.document.uri.fsPath).replace(/\.autonomy$/, '') + '.' + REPORT_FILE_EXTENSIONS[format];
    emit(io, content, output === '-' ? '-' : path.resolve(io.cwd, output));
    if (output !== '-') {
        io.stdout.write(`autonomy: wrote ${printable(output)} (${format}, ${edition} edition, ${Math.ceil(byteLength(content) / 1024)} KB, dated ${date}).\n`);
    }
    if (charts && chartFormat) {
        const count = await writeCharts(document, chartFormat, charts.folder, io);
        // With the report on stdout, the note goes to stderr so it cannot corrupt the output.
        (output === '-' ? io.stderr : io.stdout).write(`autonomy: wrote ${count} ${count === 1 ? 'chart' : 'charts'} (${chartFormat}) to ${printable(charts.folder)}.\n`);
    }
    return EXIT_OK;
}

async function render(format: ReportFormat, document: ReturnType<typeof buildReport>): Promise<string | Uint8Array> {
    switch (format) {
        case 'pdf': return renderPdf(document);
        case 'html': return renderHtml(document);
        // Markdown goes to terminals too (-o -): a runner-command line is escaped, which Markdown renders unchanged.
        case 'markdown': return neutraliseOutput(renderMarkdown(document));
        case 'json': return renderJson(document);
    }
}

function byteLength(content: string | Uint8Array): number {
    return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}
