import * as vscode from 'vscode';

/**
 * Opens a new, untitled model from the bundled template, so a consultant starts
 * from a file that already validates and shows every construct.
 */
export async function newModel(context: vscode.ExtensionContext): Promise<vscode.TextEditor> {
    const templateUri = vscode.Uri.joinPath(context.extensionUri, 'templates', 'new-model.autonomy');
    const template = Buffer.from(await vscode.workspace.fs.readFile(templateUri)).toString('utf8');
    const document = await vscode.workspace.openTextDocument({ language: 'autonomy', content: template });
    return vscode.window.showTextDocument(document);
}
