import { type AstNode, type AstNodeDescription, DefaultScopeComputation, type LangiumDocument, type LocalSymbols, MultiMap } from 'langium';

/**
 * Exports every declaration into the index as Langium does, but collects no
 * local symbols. Local symbols feed only Langium's default scope provider,
 * which AutonomyScopeProvider replaces (names resolve through the index of
 * the file and its imports, and every named node is a top-level declaration),
 * and `{@link}` in documentation comments, which falls back to the index. The
 * default walked the whole AST and made a description per declaration on
 * every edit: 5-6% of the editor's CPU per keystroke and 4% of a build
 * (docs/performance.md).
 */
export class AutonomyScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
