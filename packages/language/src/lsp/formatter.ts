import { type AstNode, type Cancellation, type CstNode, CstUtils, type LangiumDocument } from 'langium';
import { Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentRangeFormattingParams, FormattingOptions, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { CancellableFormatter } from './cancellable-formatter.js';

/**
 * The canonical layout of a model (see docs/editor-features.md):
 * - blocks open with ` {` on the header line, hold one property per line
 *   indented by four spaces, and close with `}` on a line of its own;
 * - single spaces between tokens, around `->` and `+`, after commas, none before;
 * - a list broken across lines after a comma stays broken, its continuation
 *   aligned under the list's first item;
 * - at most one blank line between declarations; a blank line around blocks;
 * - a trust block written on one line stays on one line;
 * - the file ends with one line break;
 * - extra spaces that line up columns of one-line declarations (domain, trust,
 *   partner) are kept, never added.
 * Comments are never moved off their line or dropped: every rule is attached to
 * the non-hidden token it precedes, so an edit never spans a comment.
 * Formatting can be cancelled (cancellable-formatter.ts).
 */
export class AutonomyFormatter extends CancellableFormatter {

    /** Always four spaces, whatever the editor asks: the layout is canonical. */
    private static readonly OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

    override async formatDocument(document: LangiumDocument, _params: DocumentFormattingParams, cancelToken?: Cancellation.CancellationToken): Promise<TextEdit[]> {
        if (hasSyntaxErrors(document)) {
            // Formatting a half-parsed file could move tokens the parser skipped.
            return [];
        }
        const edits = await this.formatCancellably(document, AutonomyFormatter.OPTIONS, cancelToken);
        return [...edits, ...endWithOneNewline(document)];
    }

    override async formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams, cancelToken?: Cancellation.CancellationToken): Promise<TextEdit[]> {
        if (hasSyntaxErrors(document)) {
            return [];
        }
        return this.formatCancellably(document, AutonomyFormatter.OPTIONS, cancelToken, params.range);
    }

    /**
     * Re-indents a comment that starts its own line. Langium's version counts
     * a tab as one character when removing indentation but as four columns
     * when measuring it, so tab-indented comments lost too much on the first
     * pass and moved again on the next. Here indentation is measured and
     * replaced in columns, and the continuation lines of a block comment move
     * by the same number of columns.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const start = hidden.range.start;
        if (previous && previous.range.end.line === start.line) {
            return [];
        }
        const lineStart = { line: start.line, character: 0 };
        const existing = context.document.getText({ start: lineStart, end: start });
        if (existing.trim().length > 0) {
            return [];
        }
        const move = this.findFittingMove({ start: lineStart, end: start }, formatting?.moves ?? [], context);
        const wanted = this.getIndentationCharacterCount(context, move);
        const shift = wanted - columns(existing);
        if (shift === 0) {
            return [];
        }
        const edits: TextEdit[] = [{ range: { start: lineStart, end: start }, newText: ' '.repeat(wanted) }];
        for (let line = start.line + 1; line <= hidden.range.end.line; line++) {
            const text = context.document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
            const indent = /^[ \t]*/.exec(text)![0];
            edits.push({
                range: { start: { line, character: 0 }, end: { line, character: indent.length } },
                newText: ' '.repeat(Math.max(0, columns(indent) + shift))
            });
        }
        return edits;
    }

    protected format(node: AstNode): void {
        if (ast.isAutonomyFile(node)) {
            this.formatFile(node);
        } else if (ast.isTrust(node)) {
            this.formatTrust(node);
        } else if (isBlock(node)) {
            this.formatBlock(node);
        } else if (ast.isDomain(node) || ast.isPartner(node) || ast.isImport(node)) {
            this.spaceTokens(node.$cstNode, ast.isImport(node) ? Formatting.oneSpace() : ALIGNABLE_SPACE);
        }
    }

    /** Each import and top-level declaration starts a line; blocks get a blank line around them. */
    private formatFile(file: ast.AutonomyFile): void {
        const items: AstNode[] = [...file.imports, ...file.settings, ...file.elements]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        let previous: AstNode | undefined;
        for (const item of items) {
            const first = firstLeaf(item.$cstNode);
            if (first && CstUtils.getPreviousNode(first, true)) {
                const afterComment = CstUtils.getPreviousNode(first, true)?.hidden ?? false;
                const blankLine = !afterComment && previous !== undefined
                    && (isBlock(item) || isBlock(previous) || ast.isImport(previous) !== ast.isImport(item));
                this.before(first, blankLine ? Formatting.newLines(2) : ONE_OR_TWO_LINES);
            } else if (first) {
                this.before(first, Formatting.noSpace());
            }
            previous = item;
        }
    }

    /** model, practice, collective, initiative, merger: `header {`, indented properties, `}`. */
    private formatBlock(node: BlockNode): void {
        const formatter = this.getNodeFormatter(node);
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        const openLeaf = open.nodes[0];
        if (!openLeaf || !close.nodes[0]) {
            return;
        }
        this.spaceTokens(node.$cstNode, Formatting.oneSpace(), openLeaf);
        open.prepend(Formatting.oneSpace());
        const properties = propertiesOf(node);
        for (const property of properties) {
            this.formatProperty(property);
        }
        formatter.interior(open, close).prepend(INDENTED_LINE);
        close.prepend(Formatting.newLine());
    }

    /** A trust block stays on one line when written so; otherwise one component per line. */
    private formatTrust(node: ast.Trust): void {
        const formatter = this.getNodeFormatter(node);
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        const openLeaf = open.nodes[0];
        const closeLeaf = close.nodes[0];
        if (!openLeaf || !closeLeaf) {
            return;
        }
        this.spaceTokens(node.$cstNode, ALIGNABLE_SPACE, openLeaf);
        open.prepend(Formatting.oneSpace());
        for (const component of node.components) {
            this.spaceTokens(component.$cstNode, Formatting.oneSpace());
        }
        if (openLeaf.range.start.line === closeLeaf.range.start.line) {
            formatter.interior(open, close).prepend(Formatting.oneSpace());
            close.prepend(Formatting.oneSpace());
        } else {
            formatter.interior(open, close).prepend(INDENTED_LINE);
            close.prepend(Formatting.newLine());
        }
    }

    /** Tokens of one property: single spaces, none before a comma, continuation lines aligned with the list. */
    private formatProperty(property: AstNode): void {
        const leaves = leavesOf(property.$cstNode);
        const continuation = continuationAfterComma(property, leaves);
        let previous: CstNode | undefined;
        for (const leaf of leaves) {
            if (previous) {
                if (leaf.text === ',') {
                    this.before(leaf, Formatting.noSpace());
                } else if (previous.text === ',') {
                    this.before(leaf, continuation);
                } else {
                    this.before(leaf, Formatting.oneSpace());
                }
            }
            previous = leaf;
        }
    }

    /** Moves with both `lines` and `characters` (see continuationAfterComma) put a line break then that many spaces. */
    protected override createTextEdit(a: CstNode | undefined, b: CstNode, formatting: FormattingAction, context: FormattingContext): TextEdit[] {
        if (a && !b.hidden && formatting.moves.some(move => move.lines !== undefined && move.characters !== undefined)) {
            const range = { start: a.range.end, end: b.range.start };
            const move = this.findFittingMove(range, formatting.moves, context);
            if (move?.lines !== undefined && move.characters !== undefined) {
                return [{ range, newText: '\n'.repeat(move.lines) + ' '.repeat(move.characters) }];
            }
        }
        return super.createTextEdit(a, b, formatting, context);
    }

    /** One space (or the given action) between consecutive tokens of `cst`, up to `stop`. */
    private spaceTokens(cst: CstNode | undefined, action: FormattingAction, stop?: CstNode): void {
        let first = true;
        for (const leaf of leavesOf(cst)) {
            if (stop && leaf.offset >= stop.offset) {
                break;
            }
            if (!first) {
                this.before(leaf, leaf.text === ',' ? Formatting.noSpace() : action);
            }
            first = false;
        }
    }

    private before(leaf: CstNode, action: FormattingAction): void {
        this.collector(leaf, 'prepend', action);
    }
}

type BlockNode = ast.ModelSettings | ast.Practice | ast.Collective | ast.Initiative | ast.Merger;

function isBlock(node: AstNode): node is BlockNode {
    return ast.isModelSettings(node) || ast.isPractice(node) || ast.isCollective(node)
        || ast.isInitiative(node) || ast.isMerger(node);
}

function propertiesOf(node: BlockNode): AstNode[] {
    return ast.isModelSettings(node) ? node.entries : node.properties;
}

/** A file ends with exactly one line break after its last token or comment. */
function endWithOneNewline(document: LangiumDocument): TextEdit[] {
    const text = document.textDocument.getText();
    const trailing = /\s*$/.exec(text)![0];
    if (trailing === '\n' || text.length === trailing.length) {
        return [];
    }
    const start = document.textDocument.positionAt(text.length - trailing.length);
    const end = document.textDocument.positionAt(text.length);
    return [{ range: { start, end }, newText: '\n' }];
}

/** Width of leading whitespace, a tab counting as four columns. */
function columns(whitespace: string): number {
    return [...whitespace].reduce((width, char) => width + (char === '\t' ? 4 : 1), 0);
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

/** Non-hidden leaves of a CST subtree, in text order. */
function leavesOf(cst: CstNode | undefined): CstNode[] {
    if (!cst) {
        return [];
    }
    return CstUtils.flattenCst(cst).filter(leaf => !leaf.hidden).toArray();
}

function firstLeaf(cst: CstNode | undefined): CstNode | undefined {
    return leavesOf(cst)[0];
}

/** Keeps a blank line the author left, but never more than one. */
const ONE_OR_TWO_LINES: FormattingAction = { options: {}, moves: [{ lines: 1 }, { lines: 2 }] };

/** A property inside a block: its own line, one level deeper, at most one blank line before it. */
const INDENTED_LINE: FormattingAction = { options: {}, moves: [{ tabs: 1, lines: 1 }, { tabs: 1, lines: 2 }] };

/**
 * After a comma: one space on the same line, or, where the author broke the
 * line, a continuation aligned under the list's first item:
 *     current cost Riverside £24,000, Hillside £38,000,
 *                  Oakfield £14,000
 * Properties sit one level deep (blocks do not nest), and the tokens before
 * the list are single-spaced, so the column is known before any edit.
 */
function continuationAfterComma(property: AstNode, leaves: CstNode[]): FormattingAction {
    const first = firstListItem(property);
    const start = first ? leaves.findIndex(leaf => leaf.offset >= first.offset) : -1;
    const column = start > 0
        ? INDENT + leaves.slice(0, start).reduce((width, leaf) => width + leaf.text.length + 1, 0)
        : 2 * INDENT;
    return { options: {}, moves: [{ characters: 1 }, { lines: 1, characters: column }] };
}

/** Where the comma-separated list of a property begins. */
function firstListItem(property: AstNode): CstNode | undefined {
    const first = ast.isCurrentCosts(property) ? property.costs[0]?.$cstNode
        : ast.isParticipants(property) || ast.isMerges(property) || ast.isCession(property) ? property.practices[0]?.$refNode
            : ast.isMembersProperty(property) ? property.members[0]?.$refNode
                : ast.isCharging(property) ? property.shares[0]?.$cstNode
                    : undefined;
    return first;
}

const INDENT = 4;

/** One space, or the padding the author used to line up columns. */
const ALIGNABLE_SPACE: FormattingAction = Formatting.oneSpace({ allowMore: true });
