import { AstUtils, type AstNode, URI } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import * as ast from '../generated/ast.js';
import { rememberedWhileValidating } from './validation-memo.js';

/**
 * The files a node's document sees: itself first, then what it imports
 * (transitively) that is loaded. Asked with the root by several whole-file
 * checks, it is worked out once per validation of the document. Shared: do not change it.
 */
export function visibleFiles(services: AutonomyServices, node: AstNode): readonly ast.AutonomyFile[] {
    let remembered = rememberedPerServices.get(services);
    if (!remembered) {
        remembered = rememberedWhileValidating((root: AstNode) => listVisibleFiles(services, root));
        rememberedPerServices.set(services, remembered);
    }
    return remembered(node, node);
}

const rememberedPerServices = new WeakMap<AutonomyServices, (root: AstNode, memo: AstNode) => ast.AutonomyFile[]>();

function listVisibleFiles(services: AutonomyServices, node: AstNode): ast.AutonomyFile[] {
    const document = AstUtils.getDocument(node);
    const documents = services.shared.workspace.LangiumDocuments;
    const files: ast.AutonomyFile[] = [];
    for (const uri of services.references.ImportResolver.visibleUris(document)) {
        const root = uri === document.uri.toString()
            ? document.parseResult.value
            : documents.getDocument(URI.parse(uri))?.parseResult.value;
        if (ast.isAutonomyFile(root)) {
            if (root === document.parseResult.value) {
                files.unshift(root);
            } else {
                files.push(root);
            }
        }
    }
    return files;
}
