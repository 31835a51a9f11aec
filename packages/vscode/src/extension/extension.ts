import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareCommand } from './compare-command.js';
import { exportCharts } from './export-charts.js';
import { EXPORT_FORMATS, exportReport } from './export-commands.js';
import { runInHostSuiteIfAsked } from './in-host-suite.js';
import { startLanguageClient } from './language-client.js';
import { newModel } from './new-model.js';
import { PreviewManager } from './preview-panel.js';
import { ReportSource, targetModel } from './report-source.js';
import { sensitivityPreviews } from './sensitivity-command.js';
import { splitReport } from './webview-html.js';

let client: LanguageClient | undefined;

/** What the extension hands to tests (test-electron and the e2e checks). */
export interface AutonomyExtensionApi {
    client: LanguageClient;
    reportPreviews: PreviewManager;
    structureViews: PreviewManager;
}

export async function activate(context: vscode.ExtensionContext): Promise<AutonomyExtensionApi> {
    client = await startLanguageClient(context);
    const source = new ReportSource(client);

    const reportPreviews = new PreviewManager({
        viewType: 'autonomy.reportPreview',
        titlePrefix: 'Report',
        content: async uri => {
            const result = await source.report(uri, 'html', 'preview');
            return result.error !== undefined ? { error: result.error } : splitReport(result.text ?? '');
        }
    }, context.extensionUri);
    const structureViews = new PreviewManager({
        viewType: 'autonomy.structure',
        titlePrefix: 'Structure',
        content: async uri => {
            const result = await source.structure(uri);
            return result.error !== undefined ? { error: result.error } : {
                css: '',
                body: '<section id="structure-view"><h2>Collectives and members</h2><p class="structure-legend">Each collective is drawn to the left of its members; '
                    + 'each line is labelled with the member\'s trust score T (dashed when below the threshold). '
                    + 'Dashed boxes decide by vote or state no decision rule. Click a box to reveal it in the model.</p>'
                    + `<div class="structure-scroll">${result.svg ?? ''}</div></section>`
            };
        }
    }, context.extensionUri);

    const withModel = (open: (uri: vscode.Uri) => unknown) => (argument?: unknown) => {
        const uri = targetModel(argument);
        if (!uri) {
            void vscode.window.showErrorMessage('Open an .autonomy model first.');
            return undefined;
        }
        return open(uri);
    };

    const comparisons = new CompareCommand(client, context.extensionUri);
    const sensitivityViews = sensitivityPreviews(client, context.extensionUri);
    context.subscriptions.push(
        comparisons,
        sensitivityViews,
        vscode.commands.registerCommand('autonomy.showSensitivity', withModel(uri => sensitivityViews.open(uri))),
        vscode.commands.registerCommand('autonomy.compareWith', (model?: unknown, scenarios?: vscode.Uri[]) =>
            withModel(uri => comparisons.run(uri, scenarios))(model)),
        reportPreviews,
        structureViews,
        vscode.commands.registerCommand('autonomy.newModel', () => newModel(context)),
        vscode.commands.registerCommand('autonomy.openPreviewToSide', withModel(uri => reportPreviews.open(uri))),
        vscode.commands.registerCommand('autonomy.showStructure', withModel(uri => structureViews.open(uri))),
        vscode.commands.registerCommand('autonomy.exportPdf', (model?: unknown, target?: unknown, edition?: unknown) =>
            exportReport(source, EXPORT_FORMATS.pdf, model, target, edition)),
        vscode.commands.registerCommand('autonomy.exportCharts', (model?: unknown, folder?: unknown) => exportCharts(source, model, folder)),
        vscode.commands.registerCommand('autonomy.exportMarkdown', (model?: unknown, target?: unknown, edition?: unknown) =>
            exportReport(source, EXPORT_FORMATS.markdown, model, target, edition)),
        vscode.commands.registerCommand('autonomy.exportHtml', (model?: unknown, target?: unknown, edition?: unknown) =>
            exportReport(source, EXPORT_FORMATS.html, model, target, edition)),
        vscode.commands.registerCommand('autonomy.exportJson', (model?: unknown, target?: unknown, edition?: unknown) =>
            exportReport(source, EXPORT_FORMATS.json, model, target, edition))
    );
    runInHostSuiteIfAsked();
    return { client, reportPreviews, structureViews };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
