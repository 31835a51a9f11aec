import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type SensitivityParams, SensitivityRequestMethod, type SensitivityResponse } from '@autonomy/language-server/protocol';
import { PreviewManager } from './preview-panel.js';
import { editorTheme } from './report-source.js';
import { splitReport } from './webview-html.js';

/**
 * "Show Sensitivity and Break-even": the sensitivity document beside the
 * model, computed by the server on demand (and again after edits, like the
 * report preview); the server keeps it so hovers and inlay hints mark fragile verdicts.
 */
export function sensitivityPreviews(client: LanguageClient, extensionUri: vscode.Uri): PreviewManager {
    return new PreviewManager({
        viewType: 'autonomy.sensitivity',
        titlePrefix: 'Sensitivity',
        content: async uri => {
            const params: SensitivityParams = { uri: client.code2ProtocolConverter.asUri(uri), theme: editorTheme() };
            const result = await client.sendRequest<SensitivityResponse>(SensitivityRequestMethod, params);
            return result.error !== undefined ? { error: result.error } : splitReport(result.text ?? '');
        }
    }, extensionUri);
}
