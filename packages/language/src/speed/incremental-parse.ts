import {
    type AstNode, AstUtils, CompositeCstNodeImpl, type CstNode, type Grammar, GrammarAST, GrammarUtils, type LangiumParser,
    type Lexer, type ParseResult, RootCstNodeImpl
} from 'langium';
import { AutonomyCstNodeBuilder } from '../parser/cst-node-builder.js';
import { adoptChildren, firstTokenLeaf, isMovableLeaf, lastTokenLeaf, shiftTree } from './cst-positions.js';
import { type MutableNode, spliceTopLevel } from './incremental-splice.js';

type IToken = ReturnType<Lexer['tokenize']>['tokens'][number];

/**
 * Incremental parsing: after an edit that falls inside one top-level
 * declaration (a practice, an initiative, the model settings, ...), only that
 * declaration's new text is parsed, and its syntax tree replaces the old one's
 * in the document's tree; the declarations after it move by the edit's length.
 * Anything else, or anything unsure, is parsed in full (the caller's fallback).
 *
 * Why the result is the full parse's (packages/bench/test/incremental-replay.test.ts checks it
 * after every edit of long random replays):
 * - The edit starts after the declaration's first token (its keyword) and ends
 *   before its last token, so the text before the declaration and after it is
 *   unchanged and lexes to the same tokens: every token's match depends only on
 *   its own characters and the one after it, and a token that could run on past
 *   the declaration's end (an opened string or block comment) makes the
 *   declaration's own text fail to lex, which falls back.
 * - The previous parse had no errors (or only inside this declaration, which
 *   its rule closed with its own brace: errorsConfinedTo), so the parser was in
 *   the file's top-level loop at the declaration's start and after its end, and
 *   the token after it starts a declaration (or ends the file): no rule of the
 *   grammar can take it as a continuation of the declaration. The declaration's
 *   own text must parse to the same kind of node, with no errors or with errors
 *   the full parse would make in the same way (recoveredWithin): then the full
 *   parse parses those tokens in the same way, in the same top-level loop.
 * - Comments inside the declaration land where the full parse puts them; those
 *   before and after it are outside the re-parsed text and stay where they are.
 */

export type FallbackReason =
    | 'no previous tree' | 'previous parse had errors' | 'edit outside one declaration' | 'declaration parse had errors'
    | 'declaration changed kind' | 'gap no longer only comments' | 'langium internals changed' | 'incremental parse failed';

/**
 * The parse, and the declaration it replaced with a new node (none when only
 * the comments between declarations changed); or why it fell back.
 */
export type IncrementalOutcome = { result: ParseResult<AstNode>; replaced?: { old: AstNode; new: AstNode } } | { fallback: FallbackReason };

/** The span an edit replaced: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new. */
export interface ChangedSpan {
    start: number;
    oldEnd: number;
    newEnd: number;
}

/** The changed span of two texts, from their common prefix and suffix. */
export function changedSpan(oldText: string, newText: string): ChangedSpan {
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    // Whole chunks first: comparing two slices runs in the engine's own loop, many times faster than
    // a character at a time in JavaScript (about 20 ms of a 2.2 MB model's keystroke, docs/performance.md).
    while (start + SPAN_CHUNK <= shorter && oldText.slice(start, start + SPAN_CHUNK) === newText.slice(start, start + SPAN_CHUNK)) {
        start += SPAN_CHUNK;
    }
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) {
        start++;
    }
    const most = shorter - start;
    let suffix = 0;
    while (suffix + SPAN_CHUNK <= most
        && oldText.slice(oldText.length - suffix - SPAN_CHUNK, oldText.length - suffix) === newText.slice(newText.length - suffix - SPAN_CHUNK, newText.length - suffix)) {
        suffix += SPAN_CHUNK;
    }
    while (suffix < most
        && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
        suffix++;
    }
    return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

/** Characters compared at once by changedSpan before it looks at single characters. */
const SPAN_CHUNK = 1024;

/** The index of the last of `children` (in text order) that starts at or before `offset`, or -1. */
function childAt(children: readonly CstNode[], offset: number): number {
    let low = 0;
    let high = children.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >>> 1;
        if (children[middle].offset <= offset) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}

/**
 * Whether the previous parse had no errors, or only errors inside the edited
 * declaration of a kind that ends with a closing brace, which its rule
 * consumed as its last token. Then the parse was clean up to the declaration,
 * the declaration's rule ended at that brace (error recovery within it never
 * skipped past it), and the parse after it was clean, in the top-level loop:
 * as it is after a declaration without errors. So a person typing a new line
 * into a block, through states with errors, still parses only the block.
 */
function errorsConfinedTo(previous: ParseResult<AstNode>, first: CstNode, last: CstNode, node: AstNode): boolean {
    if ((previous.lexerReport?.diagnostics.length ?? 0) > 0) {
        return false;
    }
    if (previous.lexerErrors.length === 0 && previous.parserErrors.length === 0) {
        return true;
    }
    const closing = last.grammarSource;
    if (!GrammarAST.isKeyword(closing) || closing.value !== '}' || last.container?.astNode !== node) {
        return false;
    }
    return previous.lexerErrors.every(e => e.offset >= first.end && e.offset + e.length <= last.offset)
        && parserErrorsWithin(previous.parserErrors, first.end, last.offset);
}

/** Whether every parser error's token starts within `[from, to]` (a token the parser made up at the end has no offset). */
function parserErrorsWithin(errors: ParseResult['parserErrors'], from: number, to: number): boolean {
    return errors.every(e => Number.isFinite(e.token.startOffset) && e.token.startOffset >= from && e.token.startOffset <= to);
}

/** The parser rule that parsed a top-level composite node, when it is a rule call. */
function ruleOf(node: CstNode): string | undefined {
    const source = node.grammarSource;
    return GrammarAST.isRuleCall(source) && GrammarAST.isParserRule(source.rule.ref) ? source.rule.ref.name : undefined;
}

/** What an incremental parse uses of the language's services. */
export interface Parsing {
    parser: LangiumParser;
    lexer: Lexer;
    grammar: Grammar;
}

const startersOfGrammar = new WeakMap<Grammar, ReadonlySet<string>>();

/**
 * The tokens a top-level declaration (or import, or the model settings) can
 * start with, and the end of the file: where the parser's error recovery in a
 * full parse may stop skipping, but not in the parse of one declaration alone.
 */
function topLevelStarters(grammar: Grammar): ReadonlySet<string> {
    let starters = startersOfGrammar.get(grammar);
    if (!starters) {
        const found = new Set<string>(['EOF']);
        const visit = (rule: GrammarAST.AbstractRule | undefined, seen: Set<GrammarAST.AbstractRule>): void => {
            if (!GrammarAST.isParserRule(rule) || seen.has(rule)) {
                return;
            }
            seen.add(rule);
            const definition = rule.definition;
            if (GrammarAST.isAlternatives(definition) && definition.elements.every(GrammarAST.isRuleCall)) {
                definition.elements.forEach(call => visit(call.rule.ref, seen));
                return;
            }
            const keyword = AstUtils.streamAst(definition).find(GrammarAST.isKeyword);
            if (keyword) {
                found.add(keyword.value);
            }
        };
        const entry = GrammarUtils.getEntryRule(grammar);
        if (entry) {
            AstUtils.streamAst(entry.definition).filter(GrammarAST.isRuleCall).forEach(call => visit(call.rule.ref, new Set()));
        }
        starters = found;
        startersOfGrammar.set(grammar, starters);
    }
    return starters;
}

/**
 * Whether the errors of a declaration parsed alone are those a full parse
 * would give. The parser recovers from an error by skipping tokens up to one
 * that may follow the rules under way; in a full parse those include the
 * tokens that start a declaration, in a parse of the declaration alone only
 * the end. So: the declaration's rule must have ended at its own closing brace
 * (recovery did not skip it), every error must lie inside the declaration, and
 * no token after its first may start a declaration (where the two parses could
 * stop skipping at different tokens). Lookahead never passes the closing brace,
 * which no rule inside the declaration can take for anything else.
 */
function recoveredWithin(parsing: Parsing, parsed: ParseResult<AstNode>, text: string): boolean {
    const subRoot = parsed.value.$cstNode;
    const first = subRoot && firstTokenLeaf(subRoot);
    const last = subRoot && lastTokenLeaf(subRoot);
    const closing = last?.grammarSource;
    if (!first || !last || !GrammarAST.isKeyword(closing) || closing.value !== '}' || last.end !== text.length
        || last.container?.astNode !== parsed.value) {
        return false;
    }
    if (!parserErrorsWithin(parsed.parserErrors, first.end, last.offset)) {
        return false;
    }
    const starters = topLevelStarters(parsing.grammar);
    return parsing.lexer.tokenize(text).tokens.every((token, i) => i === 0 || !starters.has(token.tokenType.name));
}

/** Moves the tokens of a declaration's parse errors from its own text to where it starts in the file. */
function shiftErrorTokens(errors: ParseResult['parserErrors'], offset: number, start: { line: number; character: number }): void {
    const tokens = new Set<IToken>();
    for (const error of errors) {
        tokens.add(error.token);
        const previousToken = (error as { previousToken?: IToken }).previousToken;
        if (previousToken) {
            tokens.add(previousToken);
        }
        error.resyncedTokens.forEach(token => tokens.add(token));
    }
    for (const token of tokens) {
        if (!Number.isFinite(token.startOffset)) {
            continue;
        }
        token.startOffset += offset;
        token.endOffset = token.endOffset === undefined ? undefined : token.endOffset + offset;
        // Chevrotain counts lines and columns from 1.
        if (token.startLine === 1) {
            token.startColumn = token.startColumn! + start.character;
        }
        if (token.endLine === 1) {
            token.endColumn = token.endColumn! + start.character;
        }
        token.startLine = token.startLine! + start.line;
        token.endLine = token.endLine! + start.line;
    }
}

/**
 * The parse of `text` made from `previous` (the parse of the document's text
 * before the edit) by re-parsing one top-level declaration, or the comments
 * and spaces between two, or why not. The nodes `previous` shares with the
 * result are moved and re-parented: `previous` must not be used afterwards.
 */
export function parseIncrementally(parsing: Parsing, previous: ParseResult<AstNode>, text: string): IncrementalOutcome {
    const oldRoot = previous.value as MutableNode;
    const oldCst = oldRoot.$cstNode;
    if (!(oldCst instanceof RootCstNodeImpl)) {
        return { fallback: 'no previous tree' };
    }
    const span = changedSpan(oldCst.fullText, text);
    const index = childAt(oldCst.content, span.start);
    const declaration = oldCst.content[index] as CstNode | undefined;
    const last = declaration && lastTokenLeaf(declaration);
    if (declaration instanceof CompositeCstNodeImpl && last && span.start < last.end) {
        return reparseDeclaration(parsing, previous, text, span, index);
    }
    return relexGap(parsing.lexer, previous, text, span, index);
}

/** The edit inside the declaration `oldCst.content[index]`: that declaration parsed again. */
function reparseDeclaration(parsing: Parsing, previous: ParseResult<AstNode>, text: string, span: ChangedSpan, index: number): IncrementalOutcome {
    const oldRoot = previous.value as MutableNode;
    const oldCst = oldRoot.$cstNode as RootCstNodeImpl;
    const declaration = oldCst.content[index];
    const rule = ruleOf(declaration);
    const first = firstTokenLeaf(declaration);
    const last = lastTokenLeaf(declaration);
    if (!rule || !first || !last || span.start < first.end || span.oldEnd > last.offset) {
        return { fallback: 'edit outside one declaration' };
    }
    if (!isMovableLeaf(first)) {
        return { fallback: 'langium internals changed' };
    }
    const oldNode = declaration.astNode as MutableNode;
    const property = oldNode.$containerProperty;
    const position = oldNode.$containerIndex;
    const list = property === undefined ? undefined : oldRoot[property];
    if (oldNode.$container !== oldRoot || position === undefined || !Array.isArray(list) || list[position] !== oldNode) {
        return { fallback: 'edit outside one declaration' };
    }
    if (!errorsConfinedTo(previous, first, last, oldNode)) {
        return { fallback: 'previous parse had errors' };
    }

    const delta = span.newEnd - span.oldEnd;
    const declarationText = text.slice(first.offset, last.end + delta);
    const parsed = parsing.parser.parse(declarationText, { rule });
    const subRoot = parsed.value.$cstNode;
    if (parsed.lexerErrors.length > 0 || (parsed.lexerReport?.diagnostics.length ?? 0) > 0 || !(subRoot instanceof RootCstNodeImpl)
        || (parsed.parserErrors.length > 0 && !recoveredWithin(parsing, parsed, declarationText))) {
        return { fallback: 'declaration parse had errors' };
    }
    const newNode = parsed.value as MutableNode;
    if (newNode.$type !== oldNode.$type) {
        return { fallback: 'declaration changed kind' };
    }

    // The new declaration's offsets are relative to its own text: move them to where it starts.
    // (Leaves take their lines and columns from the tree they are in: see cst-positions.ts.)
    const replacement = new CompositeCstNodeImpl();
    replacement.grammarSource = declaration.grammarSource;
    adoptChildren(replacement, subRoot.content);
    shiftTree(replacement, first.offset);
    shiftErrorTokens(parsed.parserErrors, first.offset, first.range.start);
    replacement.astNode = newNode;
    newNode.$cstNode = replacement;

    // Everything after it moves by the edit's length.
    const value = spliceTopLevel(oldRoot, oldCst, text, index, index + 1, [replacement], delta);
    (value[property!] as AstNode[])[position] = newNode;
    newNode.$container = value;
    newNode.$containerProperty = property;
    newNode.$containerIndex = position;
    return { result: { value, lexerErrors: [], parserErrors: parsed.parserErrors, lexerReport: parsed.lexerReport }, replaced: { old: oldNode, new: newNode } };
}

/** The parser's conversion of a token to a CST leaf, for the comments of a gap. */
class HiddenLeaves extends AutonomyCstNodeBuilder {
    leaf(token: IToken): CstNode {
        return this.createLeafNode(token);
    }
}

const hiddenLeaves = new HiddenLeaves();

/**
 * The edit between two declarations (or before the first, or after the
 * last), in comments and spaces: when the gap's new text is still nothing but
 * comments and spaces, the tokens the parser sees are the same, so the
 * declarations stay as they are and only the gap's comments are new. The gap
 * is lexed with the tokens either side of it, which must come out the same:
 * an edit that joins a comment to the next token, or extends the token before
 * it, falls back.
 */
function relexGap(lexer: Lexer, previous: ParseResult<AstNode>, text: string, span: ChangedSpan, index: number): IncrementalOutcome {
    const oldRoot = previous.value as MutableNode;
    const oldCst = oldRoot.$cstNode as RootCstNodeImpl;
    if (previous.lexerErrors.length > 0 || previous.parserErrors.length > 0 || (previous.lexerReport?.diagnostics.length ?? 0) > 0) {
        return { fallback: 'previous parse had errors' };
    }
    const topLevel = oldCst.content;
    // The declarations either side: the gap's comments are the root's children between them.
    let before = index;
    while (before >= 0 && !(topLevel[before] instanceof CompositeCstNodeImpl)) {
        before--;
    }
    let after = index + 1;
    while (after < topLevel.length && !(topLevel[after] instanceof CompositeCstNodeImpl)) {
        after++;
    }
    const previousToken = before >= 0 ? lastTokenLeaf(topLevel[before]) : undefined;
    const nextToken = after < topLevel.length ? firstTokenLeaf(topLevel[after]) : undefined;
    const oldText = oldCst.fullText;
    const gapStart = previousToken?.end ?? 0;
    const gapEnd = nextToken?.offset ?? oldText.length;
    if ((before >= 0 && !previousToken) || (after < topLevel.length && !nextToken) || span.start < gapStart || span.oldEnd > gapEnd) {
        return { fallback: 'edit outside one declaration' };
    }
    if ((previousToken && !isMovableLeaf(previousToken)) || (nextToken && !isMovableLeaf(nextToken))) {
        return { fallback: 'langium internals changed' };
    }
    const delta = span.newEnd - span.oldEnd;
    const from = previousToken?.offset ?? 0;
    const lexed = lexer.tokenize(text.slice(from, nextToken ? nextToken.end + delta : text.length));
    const tokens = lexed.tokens;
    const expected = [previousToken, nextToken].filter(token => token !== undefined);
    if (lexed.errors.length > 0 || (lexed.report?.diagnostics.length ?? 0) > 0 || tokens.length !== expected.length
        || tokens.some((token, i) => token.image !== expected[i].text || token.tokenType !== expected[i].tokenType)
        || (previousToken && tokens[0].startOffset !== 0)
        || (nextToken && tokens[tokens.length - 1].startOffset !== nextToken.offset + delta - from)) {
        return { fallback: 'gap no longer only comments' };
    }

    // The comments' offsets are relative to the lexed text: move them to where it starts.
    const comments = lexed.hidden.map(token => hiddenLeaves.leaf(token));
    for (const comment of comments) {
        shiftTree(comment, from);
    }
    const value = spliceTopLevel(oldRoot, oldCst, text, before + 1, after, comments, delta);
    return { result: { value, lexerErrors: [], parserErrors: [], lexerReport: lexed.report } };
}
