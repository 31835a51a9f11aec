import * as vscode from 'vscode';
import type { ReportEdition, ReportFormat } from '@autonomy/language-server/protocol';
// The formats module alone: the client bundle must not pull in the report renderers.
import { REPORT_FILE_EXTENSIONS, type ReportFormat as DocumentFormat } from '@autonomy/report/formats';
import { type ReportSource, targetModel } from './report-source.js';

interface ExportFormat {
    format: ReportFormat;
    label: string;
    extension: string;
}

const LABELS: Record<DocumentFormat, string> = {
    pdf: 'Briefing PDF',
    markdown: 'Markdown report',
    html: 'HTML report',
    json: 'JSON report'
};

const exportFormat = (format: DocumentFormat): ExportFormat => ({ format, label: LABELS[format], extension: REPORT_FILE_EXTENSIONS[format] });

export const EXPORT_FORMATS: Record<DocumentFormat, ExportFormat> = {
    pdf: exportFormat('pdf'),
    markdown: exportFormat('markdown'),
    html: exportFormat('html'),
    json: exportFormat('json')
};

/**
 * Exports a report of the model to a file. Tests and scripts may pass the
 * model and the target; otherwise the user picks the target in a save dialog.
 * Returns the written file, or undefined when cancelled or failed.
 */
export async function exportReport(
    source: ReportSource, kind: ExportFormat, modelArg?: unknown, targetArg?: unknown, editionArg?: unknown
): Promise<vscode.Uri | undefined> {
    const model = targetModel(modelArg);
    if (!model) {
        void vscode.window.showErrorMessage('Open an .autonomy model first, then export its report.');
        return undefined;
    }
    const document = await vscode.workspace.openTextDocument(model);
    if (document.isDirty && model.scheme === 'file') {
        // The server works on the editor's text, but say which version the file holds.
        void vscode.window.setStatusBarMessage('Exporting the unsaved text of the model', 4000);
    }
    const target = targetArg instanceof vscode.Uri ? targetArg : await vscode.window.showSaveDialog({
        defaultUri: defaultTarget(model, kind),
        filters: { [kind.label]: [kind.extension] },
        saveLabel: `Export ${kind.label}`,
        title: `Export ${kind.label}`
    });
    if (!target) {
        return undefined;
    }
    const edition = await chooseEdition(kind, targetArg, editionArg);
    if (!edition) {
        return undefined;
    }
    const written = await vscode.window.withProgress({
        location: vscode.ProgressLocation.Notification,
        title: `Exporting ${kind.label}…`,
        cancellable: false
    }, async () => {
        const result = await source.report(model, kind.format, 'export', edition);
        if (result.error) {
            void vscode.window.showErrorMessage(`Could not export the ${kind.label}: ${result.error}`);
            return false;
        }
        const bytes = result.data !== undefined ? Buffer.from(result.data, 'base64') : Buffer.from(result.text ?? '', 'utf8');
        await vscode.workspace.fs.writeFile(target, bytes);
        return true;
    });
    if (!written) {
        return undefined;
    }
    if (targetArg === undefined) {
        void vscode.window.showInformationMessage(`Exported ${kind.label} to ${vscode.workspace.asRelativePath(target)}`, 'Open')
            .then(choice => choice === 'Open' ? openExported(target, kind) : undefined);
    }
    return target;
}

/** Partners or analysts: asked when a person exports, the format's default when a script does. */
async function chooseEdition(kind: ExportFormat, targetArg: unknown, editionArg: unknown): Promise<ReportEdition | undefined> {
    if (editionArg === 'partners' || editionArg === 'analyst') return editionArg;
    const fallback: ReportEdition = kind.format === 'pdf' ? 'partners' : 'analyst';
    if (targetArg !== undefined) return fallback;
    const items = [
        { label: 'Partners', description: 'the recommendation and the deal first, a page per practice, no diagnostics', edition: 'partners' as const },
        { label: 'Analysts', description: 'everything: every table, diagnostic and formula', edition: 'analyst' as const }
    ];
    if (fallback === 'analyst') items.reverse();
    return (await vscode.window.showQuickPick(items, { title: `Export ${kind.label}: which edition?` }))?.edition;
}

function defaultTarget(model: vscode.Uri, kind: ExportFormat): vscode.Uri {
    const folder = model.scheme === 'file' ? vscode.Uri.joinPath(model, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = (model.path.split('/').pop() ?? 'model').replace(/\.autonomy$/, '');
    const file = `${name}${kind.format === 'pdf' ? '-briefing' : '-report'}.${kind.extension}`;
    return folder ? vscode.Uri.joinPath(folder, file) : vscode.Uri.file(file);
}

async function openExported(target: vscode.Uri, kind: ExportFormat): Promise<void> {
    if (kind.format === 'pdf') {
        // PDFs open in the system viewer; VS Code has no built-in PDF editor.
        await vscode.env.openExternal(target);
    } else {
        await vscode.window.showTextDocument(target, { preview: false });
    }
}
