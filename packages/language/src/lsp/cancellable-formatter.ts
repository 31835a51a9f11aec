import { type AstNode, AstUtils, Cancellation, type CstNode, CstUtils, type LangiumDocument, OperationCancelled,
    interruptAndCheck, isLeafCstNode } from 'langium';
import { AbstractFormatter, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';

/** Nodes visited between two looks at the token (each look is cheap; a yield happens at most every 10 ms). */
const NODES_PER_CHECK = 256;

/**
 * Langium's formatter takes no cancellation token and makes its two passes
 * (every AST node says how it wants its tokens spaced; every CST node turns
 * that into edits) in one synchronous call: 4.2 s of CPU on a 2.2 MB model,
 * during which the language server answers nothing. These are the same two
 * passes, asynchronous: every NODES_PER_CHECK nodes they look at the token
 * and, at most every 10 ms, let the event loop run (Langium's
 * interruptAndCheck), so a `$/cancelRequest` stops them with
 * OperationCancelled. An edit to the document while it is being formatted
 * stops it too: the edits would be for text that is gone.
 * Subclasses say how nodes are formatted (`format`), as with Langium's.
 */
export abstract class CancellableFormatter extends AbstractFormatter {

    protected async formatCancellably(document: LangiumDocument, options: FormattingOptions, token: Cancellation.CancellationToken = Cancellation.CancellationToken.None,
        range?: Range): Promise<TextEdit[]> {
        const version = document.textDocument.version;
        const check = async (step: number) => {
            if (step % NODES_PER_CHECK === 0) {
                await interruptAndCheck(token);
                if (document.textDocument.version !== version) {
                    // Langium knows a cancelled operation by this symbol (isOperationCancelled) and answers RequestCancelled.
                    // eslint-disable-next-line @typescript-eslint/only-throw-error
                    throw OperationCancelled;
                }
            }
        };
        const actions = new Map<string, FormattingAction>();
        this.collector = (node, mode, formatting) => {
            const key = this.nodeModeToKey(node, mode);
            const existing = actions.get(key);
            // As in Langium: a later action of equal or higher priority wins.
            if (!existing || (existing.options.priority ?? 0) <= (formatting.options.priority ?? 0)) {
                actions.set(key, formatting);
            }
        };
        await this.collectActions(document.parseResult.value, range, check);
        const edits = await this.editsFor(document, actions, options, range, check);
        return this.avoidOverlappingEdits(document.textDocument, edits);
    }

    /** The first pass: `format` on the root and on every node inside the range. */
    private async collectActions(root: AstNode, range: Range | undefined, check: (step: number) => Promise<void>): Promise<void> {
        this.format(root);
        const nodes = AstUtils.streamAllContents(root).iterator();
        let step = 0;
        for (let next = nodes.next(); !next.done; next = nodes.next()) {
            await check(++step);
            const node = next.value;
            if (node.$cstNode && this.insideRange(node.$cstNode.range, range)) {
                this.format(node);
            } else {
                nodes.prune();
            }
        }
    }

    /** The second pass: the edits that make each token's surroundings what its actions ask for, in text order. */
    private async editsFor(document: LangiumDocument, actions: Map<string, FormattingAction>, options: FormattingOptions,
        range: Range | undefined, check: (step: number) => Promise<void>): Promise<TextEdit[]> {
        const context: FormattingContext = { indentation: 0, options, document: document.textDocument };
        const edits: TextEdit[] = [];
        const keep = (more: TextEdit[]) => {
            for (const edit of more) {
                if (this.insideRange(edit.range, range)) {
                    edits.push(edit);
                }
            }
        };
        const take = (node: CstNode, mode: 'prepend' | 'append') => {
            const key = this.nodeModeToKey(node, mode);
            const action = actions.get(key);
            actions.delete(key);
            return action;
        };
        // The tree stream keeps `context.indentation` as it enters and leaves composite nodes.
        const nodes = this.iterateCstTree(document, context).iterator();
        let previousLeaf: CstNode | undefined;
        let step = 0;
        for (let next = nodes.next(); !next.done; next = nodes.next()) {
            await check(++step);
            const node = next.value;
            const before = take(node, 'prepend');
            if (before) {
                keep(this.createTextEdit(previousLeaf, node, before, context));
            }
            const after = take(node, 'append');
            const following = after && CstUtils.getNextNode(node);
            if (after && following) {
                keep(this.createTextEdit(node, following, after, context));
            }
            if (!before && node.hidden) {
                keep(this.createHiddenTextEdits(previousLeaf, node, undefined, context));
            }
            if (isLeafCstNode(node)) {
                previousLeaf = node;
            }
        }
        return edits;
    }
}
