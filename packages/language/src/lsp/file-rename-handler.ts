import { GrammarUtils, type LangiumDocuments, URI, UriUtils } from 'langium';
import { importPath } from '../imports/import-resolver.js';
import type { FileOperationHandler, LangiumSharedServices } from 'langium/lsp';
import type { FileOperationOptions, RenameFilesParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * Keeps imports working when model files or folders are renamed or moved in
 * the editor: before the move, every `import "..."` that points at a moved
 * file is rewritten relative to its (possibly moved) importer.
 */
export class AutonomyFileRenameHandler implements FileOperationHandler {
    private readonly documents: LangiumDocuments;

    readonly fileOperationOptions: FileOperationOptions = {
        willRename: {
            filters: [
                { pattern: { glob: '**/*.autonomy', matches: 'file' } },
                { pattern: { glob: '**/*', matches: 'folder' } }
            ]
        }
    };

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
    }

    willRenameFiles(params: RenameFilesParams): WorkspaceEdit | null {
        const moves = params.files.map(file => ({ from: URI.parse(file.oldUri).toString(), to: URI.parse(file.newUri).toString() }));
        const moved = (uri: string): string => {
            for (const { from, to } of moves) {
                if (uri === from) {
                    return to;
                }
                if (uri.startsWith(`${from}/`)) {
                    return to + uri.slice(from.length);
                }
            }
            return uri;
        };
        const changes: Record<string, TextEdit[]> = {};
        for (const document of this.documents.all) {
            const file = document.parseResult.value;
            if (!ast.isAutonomyFile(file)) {
                continue;
            }
            const importer = document.uri.toString();
            const importerAfter = URI.parse(moved(importer));
            for (const imp of file.imports) {
                const path = importPath(imp);
                if (path === undefined) {
                    continue;
                }
                const target = UriUtils.resolvePath(UriUtils.dirname(document.uri), path).toString();
                const targetAfter = URI.parse(moved(target));
                if (targetAfter.toString() === target && importerAfter.toString() === importer) {
                    continue;
                }
                const after = UriUtils.relative(UriUtils.dirname(importerAfter), targetAfter);
                const node = GrammarUtils.findNodeForProperty(imp.$cstNode, 'path');
                if (node && after !== path) {
                    const quote = node.text.charAt(0);
                    (changes[importer] ??= []).push({ range: node.range, newText: `${quote}${after}${quote}` });
                }
            }
        }
        return Object.keys(changes).length > 0 ? { changes } : null;
    }
}
