import { type AstNode, CstUtils, type LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * Folding: blocks and multi-line properties (Langium's default), block
 * comments, runs of two or more `//` line comments, the imports, and runs of
 * three or more one-line declarations of one kind (the domain list, the trust
 * statements), which otherwise cannot be collapsed.
 */
export class AutonomyFoldingRangeProvider extends DefaultFoldingRangeProvider {

    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        this.collectLineCommentRuns(document, acceptor);
        const file = document.parseResult.value;
        if (ast.isAutonomyFile(file)) {
            this.collectRuns(file.imports, FoldingRangeKind.Imports, 2, acceptor);
            this.collectDeclarationRuns(file, acceptor);
        }
    }

    private collectLineCommentRuns(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return;
        }
        let start: number | undefined;
        let end = -2;
        const flush = () => {
            if (start !== undefined && end > start) {
                acceptor(FoldingRange.create(start, end, undefined, undefined, FoldingRangeKind.Comment));
            }
        };
        for (const leaf of CstUtils.flattenCst(root)) {
            if (leaf.tokenType.name !== 'SL_COMMENT' || !startsLine(document, leaf.range.start)) {
                continue;
            }
            const line = leaf.range.start.line;
            if (line !== end + 1) {
                flush();
                start = line;
            }
            end = line;
        }
        flush();
    }

    private collectDeclarationRuns(file: ast.AutonomyFile, acceptor: FoldingRangeAcceptor): void {
        let run: AstNode[] = [];
        const oneLine = (node: AstNode) => node.$cstNode !== undefined && node.$cstNode.range.start.line === node.$cstNode.range.end.line;
        for (const element of file.elements) {
            const previous = run[run.length - 1];
            const adjacent = previous && previous.$type === element.$type
                && element.$cstNode!.range.start.line === previous.$cstNode!.range.end.line + 1;
            if (oneLine(element) && (adjacent || run.length === 0)) {
                run.push(element);
                continue;
            }
            this.collectRuns(run, FoldingRangeKind.Region, 3, acceptor);
            run = oneLine(element) ? [element] : [];
        }
        this.collectRuns(run, FoldingRangeKind.Region, 3, acceptor);
    }

    private collectRuns(nodes: AstNode[], kind: string, minimum: number, acceptor: FoldingRangeAcceptor): void {
        if (nodes.length < minimum) {
            return;
        }
        const first = nodes[0].$cstNode!.range;
        const last = nodes[nodes.length - 1].$cstNode!.range;
        if (last.end.line > first.start.line) {
            acceptor(FoldingRange.create(first.start.line, last.end.line, first.start.character, last.end.character, kind));
        }
    }
}

function startsLine(document: LangiumDocument, position: { line: number; character: number }): boolean {
    const before = document.textDocument.getText({ start: { line: position.line, character: 0 }, end: position });
    return before.trim().length === 0;
}
