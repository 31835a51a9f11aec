/** "Autonomy: Export Charts": every chart of the report as an SVG file, for slides. Thin: the server draws them. */
import * as vscode from 'vscode';
import { type ReportSource, targetModel } from './report-source.js';

export async function exportCharts(source: ReportSource, modelArg?: unknown, folderArg?: unknown): Promise<vscode.Uri[] | undefined> {
    const model = targetModel(modelArg);
    if (!model) {
        void vscode.window.showErrorMessage('Open an .autonomy model first, then export its charts.');
        return undefined;
    }
    const folder = folderArg instanceof vscode.Uri ? folderArg
        : (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export charts here', title: 'Export the report\'s charts' }))?.[0];
    if (!folder) {
        return undefined;
    }
    const result = await source.report(model, 'charts', 'export', 'analyst');
    if (result.error || !result.charts) {
        void vscode.window.showErrorMessage(`Could not export the charts: ${result.error ?? 'the language server sent none'}`);
        return undefined;
    }
    const written: vscode.Uri[] = [];
    for (const chart of result.charts) {
        const target = vscode.Uri.joinPath(folder, `${chart.name}.svg`);
        await vscode.workspace.fs.writeFile(target, Buffer.from(chart.svg, 'utf8'));
        written.push(target);
    }
    if (folderArg === undefined) {
        void vscode.window.showInformationMessage(`Exported ${written.length} charts (SVG) to ${vscode.workspace.asRelativePath(folder)}`);
    }
    return written;
}
