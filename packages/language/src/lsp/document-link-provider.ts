import { GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink } from 'vscode-languageserver';
import type { AutonomyServices } from '../autonomy-module.js';
import * as ast from '../generated/ast.js';
import { type ImportResolver, importPath } from '../imports/import-resolver.js';

/** Each `import "path"` is a link to the file it names (Ctrl+click opens it). */
export class AutonomyDocumentLinkProvider implements DocumentLinkProvider {
    private readonly imports: ImportResolver;

    constructor(services: AutonomyServices) {
        this.imports = services.references.ImportResolver;
    }

    getDocumentLinks(document: LangiumDocument): DocumentLink[] {
        const file = document.parseResult.value;
        if (!ast.isAutonomyFile(file)) {
            return [];
        }
        return file.imports.flatMap(imp => {
            const path = GrammarUtils.findNodeForProperty(imp.$cstNode, 'path');
            if (!path || !importPath(imp)) {
                return [];
            }
            const target = this.imports.resolve(imp).toString();
            return [{ range: path.range, target, tooltip: `Open ${imp.path}` }];
        });
    }
}
