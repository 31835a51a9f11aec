import { AstUtils, CstUtils, GrammarAST, type IndexManager, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, type RenameParams, ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import type { AutonomyServices } from '../autonomy-module.js';
import type { ImportResolver } from '../imports/import-resolver.js';
import { NAME } from '../parser/names.js';


/**
 * Rename across files (every file whose references resolve to the renamed
 * declaration, through imports). Refuses, with a message the editor shows,
 * a new name that is not an identifier, is a keyword, or is already taken by
 * another declaration visible from the declaring file.
 */
export class AutonomyRenameProvider extends DefaultRenameProvider {
    private readonly indexManager: IndexManager;
    private readonly imports: ImportResolver;
    /** The lexer reads these as keywords, so they can never be names. */
    private readonly keywords: Set<string>;

    constructor(services: AutonomyServices) {
        super(services);
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
        this.indexManager = services.shared.workspace.IndexManager;
        this.imports = services.references.ImportResolver;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const newName = params.newName;
        if (!NAME.test(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams,
                `"${newName}" is not a valid name: use letters, digits and _ and start with a letter or _.`);
        }
        if (this.keywords.has(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `"${newName}" is a keyword of the language: choose another name.`);
        }
        const declaration = this.declarationAt(document, params);
        if (declaration) {
            const declaringDocument = AstUtils.getDocument(declaration);
            const visible = this.imports.visibleUris(declaringDocument);
            const clash = this.indexManager.allElements(undefined, visible)
                .find(element => element.name === newName && element.node !== declaration);
            if (clash) {
                throw new ResponseError(ErrorCodes.InvalidParams,
                    `"${newName}" is already the name of a ${clash.type.toLowerCase()} in ${clash.documentUri.path.split('/').pop()}: choose another name.`);
            }
        }
        return super.rename(document, params);
    }

    private declarationAt(document: LangiumDocument, params: RenameParams) {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }
}
