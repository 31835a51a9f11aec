import {
    type AstNode, type AstNodeDescription, type Cancellation, DefaultScopeComputation, type LangiumDocument, type LocalSymbols, MultiMap
} from 'langium';
import { reparseOf, treeSerial } from './reparse-record.js';

/**
 * Exports every declaration into the index as Langium does, but collects no
 * local symbols. Local symbols feed only Langium's default scope provider,
 * which AutonomyScopeProvider replaces (names resolve through the index of
 * the file and its imports, and every named node is a top-level declaration),
 * and `{@link}` in documentation comments, which falls back to the index. The
 * default walked the whole AST and made a description per declaration on
 * every edit: 5-6% of the editor's CPU per keystroke and 4% of a build
 * (docs/performance.md).
 *
 * After an incremental parse the exports are the previous tree's with the
 * replaced declaration's entry replaced by the new declaration's: the other
 * declarations are the same objects, at the same places, and their entries
 * read their positions when asked (references/compact-node-description.ts).
 */
export class AutonomyScopeComputation extends DefaultScopeComputation {
    /** The exports last computed for each document, and the serial of the tree they are of. */
    private readonly lastExports = new WeakMap<LangiumDocument, { serial: number; exports: AstNodeDescription[] }>();

    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const exports = this.exportsAfterReparse(document, root) ?? await super.collectExportedSymbols(document, cancelToken);
        this.lastExports.set(document, { serial: treeSerial(root), exports });
        return exports;
    }

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    /**
     * The exports of a tree an incremental parse made, from those of the tree
     * it was made from; undefined when they must be computed in full (no
     * record, other exports remembered, or a declaration that gained or lost
     * its name). Langium exports the root and its direct children
     * (collectExportedSymbolsForNode), so a declaration has one entry or none.
     */
    private exportsAfterReparse(document: LangiumDocument, root: AstNode): AstNodeDescription[] | undefined {
        const reparse = reparseOf(root);
        const last = this.lastExports.get(document);
        if (!reparse || last?.serial !== reparse.previous || this.nameProvider.getName(root) !== undefined) {
            return undefined;
        }
        const exports = last.exports.slice();
        if (!reparse.replaced) {
            return exports;
        }
        const at = exports.findIndex(description => description.node === reparse.replaced!.old);
        const added: AstNodeDescription[] = [];
        this.addExportedSymbol(reparse.replaced.new, added, document);
        if (at >= 0 && added.length === 1) {
            exports[at] = added[0];
            return exports;
        }
        return at < 0 && added.length === 0 ? exports : undefined;
    }
}
