import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    type ReportEdition, type ReportFormat, type ReportParams, ReportRequest, type ReportResult, type ReportTheme,
    type StructureParams, StructureRequest, type StructureResult
} from '@autonomy/language-server/protocol';

/** Asks the language server for reports and diagrams of a document. */
export class ReportSource {
    constructor(private readonly client: LanguageClient) {}

    async report(uri: vscode.Uri, format: ReportFormat, purpose: 'preview' | 'export' = 'export', edition?: ReportEdition): Promise<ReportResult> {
        const params: ReportParams = { uri: this.client.code2ProtocolConverter.asUri(uri), format, theme: editorTheme(), purpose, edition };
        return this.client.sendRequest(ReportRequest, params);
    }

    async structure(uri: vscode.Uri): Promise<StructureResult> {
        const params: StructureParams = { uri: this.client.code2ProtocolConverter.asUri(uri) };
        return this.client.sendRequest(StructureRequest, params);
    }
}

export function editorTheme(): ReportTheme {
    const kind = vscode.window.activeColorTheme.kind;
    return kind === vscode.ColorThemeKind.Dark || kind === vscode.ColorThemeKind.HighContrast ? 'dark' : 'light';
}

/** The model a command acts on: the argument, the active editor, or the visible one. */
export function targetModel(argument?: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) {
        return argument;
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'autonomy') {
        return active.uri;
    }
    return vscode.window.visibleTextEditors.find(e => e.document.languageId === 'autonomy')?.document.uri;
}
