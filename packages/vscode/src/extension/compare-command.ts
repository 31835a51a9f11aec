import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type CompareParams, CompareRequestMethod, type CompareResult } from '@autonomy/language-server/protocol';
import { PreviewManager } from './preview-panel.js';
import { editorTheme } from './report-source.js';
import { splitReport } from './webview-html.js';

/**
 * "Compare with...": pick scenario files, and the comparison briefing opens
 * beside the model (the baseline), refreshed as the baseline is edited. The
 * server builds it; the extension only picks files and shows the page.
 */
export class CompareCommand implements vscode.Disposable {
    /** Baseline URI -> the scenarios chosen for it. */
    private readonly chosen = new Map<string, vscode.Uri[]>();
    readonly previews: PreviewManager;

    constructor(private readonly client: LanguageClient, extensionUri: vscode.Uri) {
        this.previews = new PreviewManager({
            viewType: 'autonomy.comparison',
            titlePrefix: 'Comparison',
            content: async uri => {
                const result = await this.compare(uri, this.chosen.get(uri.toString()) ?? []);
                return result.error !== undefined ? { error: result.error } : splitReport(result.text ?? '');
            }
        }, extensionUri);
    }

    /** Asks for the scenarios (unless given, as tests do) and opens the comparison. */
    async run(baseline: vscode.Uri, scenarios?: vscode.Uri[]): Promise<void> {
        const picked = scenarios ?? await vscode.window.showOpenDialog({
            canSelectMany: true,
            openLabel: 'Compare',
            title: 'Scenarios to compare with this model',
            defaultUri: vscode.Uri.joinPath(baseline, '..'),
            filters: { 'Autonomy models': ['autonomy'] }
        });
        const others = (picked ?? []).filter(u => u.toString() !== baseline.toString());
        if (others.length === 0) {
            return;
        }
        this.chosen.set(baseline.toString(), others);
        const existing = this.previews.get(baseline);
        if (existing) {
            await existing.refresh();
        }
        this.previews.open(baseline);
    }

    private async compare(baseline: vscode.Uri, others: vscode.Uri[]): Promise<CompareResult> {
        const asUri = (u: vscode.Uri): string => this.client.code2ProtocolConverter.asUri(u);
        const params: CompareParams = { uris: [baseline, ...others].map(asUri), theme: editorTheme() };
        return this.client.sendRequest<CompareResult>(CompareRequestMethod, params);
    }

    dispose(): void {
        this.previews.dispose();
    }
}
