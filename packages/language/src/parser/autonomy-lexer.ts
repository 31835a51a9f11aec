import { isTokenTypeDictionary, type LangiumCoreServices, type Lexer, type LexerResult, type TokenBuilder, type TokenizeOptions } from 'langium';
import { Lexer as ChevrotainLexer, type IToken, type TokenType, type TokenTypeDictionary, type TokenVocabulary } from 'chevrotain';

/**
 * The terminals this lexer knows, in the order of the grammar's token
 * definitions (after the keywords), with their patterns as autonomy.langium
 * writes them. If the grammar's terminals differ in any way, the language
 * lexes with Chevrotain's lexer alone.
 */
const TERMINALS = [
    ['WS', String.raw`\s+`],
    ['ML_COMMENT', String.raw`\/\*[\s\S]*?\*\/`],
    ['SL_COMMENT', String.raw`\/\/[^\n\r]*`],
    ['MONEY', String.raw`-?[£€$¥](\d{1,3}(,\d{3})+|\d+)(\.\d+)?`],
    ['PERCENT', String.raw`-?\d+(\.\d+)?%`],
    ['NUMBER', String.raw`-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?`],
    ['CURRENCY', String.raw`[£€$¥]`],
    ['ID', String.raw`[_a-zA-Z](\w|-(?=\w))*`],
    ['STRING', String.raw`"(\\.|[^"\\])*"|'(\\.|[^'\\])*'`]
] as const;

type TerminalName = typeof TERMINALS[number][0];

/** What a keyword or an identifier may be: ID's pattern, whole. */
const ID_SHAPED = /^[_a-zA-Z](\w|-(?=\w))*$/;

/** A terminal, matched from an offset with a sticky copy of its pattern. */
interface Terminal {
    readonly type: TokenType;
    readonly pattern: RegExp;
    /** Whether its text may span lines (strings, block comments; whitespace is scanned apart). */
    readonly spansLines: boolean;
}

/**
 * The language's lexer: Chevrotain's tokens, made with less work for the
 * text the language is written in (docs/performance.md, "The full build's
 * parse, part 2"). Chevrotain tries, at each offset, every keyword that
 * starts with the offset's character (longest first), each by a regular
 * expression, then, as the keyword's longer alternative, the identifier
 * pattern, copying the text of both; whitespace is copied out to count its
 * lines. Here a word is scanned once and looked up among the keywords,
 * keyword tokens share their keyword's text, and whitespace is counted in
 * place.
 *
 * The tokens are Chevrotain's: the same types, texts, offsets, lines and
 * columns, made in the same shape. Where the text has anything this lexer
 * does not expect (a character no token starts with, which Chevrotain reports
 * as a lexing error), the whole text is lexed again by Chevrotain's lexer, as
 * Langium's DefaultLexer configures it, so errors and their recovery stay
 * Chevrotain's. That lexer is made when it is first needed: its analysis of
 * the token patterns costs 7-10 ms for every new set of services.
 * test/parser/autonomy-lexer.test.ts compares the two.
 */
export class AutonomyLexer implements Lexer {
    private readonly tokenBuilder: TokenBuilder;
    private readonly tokenTypes: TokenTypeDictionary;
    private readonly scanner: TokenScanner | undefined;
    private chevrotainLexer: ChevrotainLexer | undefined;
    private typesNumbered = false;

    constructor(private readonly services: LangiumCoreServices) {
        this.tokenBuilder = services.parser.TokenBuilder;
        const tokens = this.tokenBuilder.buildTokens(services.Grammar, { caseInsensitive: services.LanguageMetaData.caseInsensitive });
        this.tokenTypes = isTokenTypeDictionary(tokens) ? tokens : Object.fromEntries((Array.isArray(tokens) ? tokens : Object.values(tokens.modes).flat()).map(type => [type.name, type]));
        // A grammar with lexer modes is left to Chevrotain.
        this.scanner = Array.isArray(tokens) ? TokenScanner.of(this.tokenTypes) : undefined;
        if (!this.scanner) {
            this.chevrotainLexer = this.newChevrotainLexer(tokens);
        }
    }

    get definition(): TokenTypeDictionary {
        return this.tokenTypes;
    }

    /** Whether the grammar's tokens are those this lexer scans (else Chevrotain lexes alone). */
    get scans(): boolean {
        return this.scanner !== undefined;
    }

    tokenize(text: string, _options?: TokenizeOptions): LexerResult {
        // Chevrotain numbers the token types (tokenTypeIdx) when it makes a lexer or a parser of them: until then it lexes.
        const scanned = this.numbered() ? this.scanner?.scan(text) : undefined;
        if (scanned) {
            return { tokens: scanned.tokens, errors: [], hidden: scanned.hidden, report: this.tokenBuilder.flushLexingReport?.(text) };
        }
        return this.chevrotainTokenize(text);
    }

    private numbered(): boolean {
        this.typesNumbered ||= Object.values(this.tokenTypes).every(type => type.tokenTypeIdx !== undefined);
        return this.typesNumbered;
    }

    /** What Langium's DefaultLexer returns for `text`. */
    chevrotainTokenize(text: string): LexerResult {
        this.chevrotainLexer ??= this.newChevrotainLexer(Object.values(this.tokenTypes));
        const result = this.chevrotainLexer.tokenize(text);
        return { tokens: result.tokens, errors: result.errors, hidden: result.groups.hidden ?? [], report: this.tokenBuilder.flushLexingReport?.(text) };
    }

    /** Chevrotain's lexer with the options Langium's DefaultLexer gives it. */
    private newChevrotainLexer(tokens: TokenVocabulary): ChevrotainLexer {
        return new ChevrotainLexer(isTokenTypeDictionary(tokens) ? Object.values(tokens) : tokens, {
            positionTracking: 'full',
            skipValidations: this.services.LanguageMetaData.mode === 'production',
            errorMessageProvider: this.services.parser.LexerErrorMessageProvider
        });
    }
}

/** The characters Chevrotain counts as line ends ("\r\n" is one). */
const CR = 13;
const LF = 10;

class TokenScanner {
    /** The terminals a token may be by its first character, in the definitions' order. */
    private readonly numbers: readonly Terminal[];
    private readonly signed: readonly Terminal[];
    private readonly monies: readonly Terminal[];
    private readonly strings: readonly Terminal[];
    private readonly comments: readonly Terminal[];

    private constructor(
        /**
         * Keywords written like identifiers, whose longer alternative is an identifier, by their
         * first character and length (wordKey): a word is looked up without copying its text
         * out first (a string per word, garbage for every keyword).
         */
        private readonly words: ReadonlyMap<number, ReadonlyArray<readonly [string, TokenType]>>,
        /** The other keywords by their first character, in the definitions' order. */
        private readonly marks: ReadonlyMap<number, ReadonlyArray<readonly [string, TokenType]>>,
        private readonly terminals: Readonly<Record<TerminalName, Terminal>>
    ) {
        const t = terminals;
        this.numbers = [t.PERCENT, t.NUMBER];
        this.signed = [t.MONEY, t.PERCENT, t.NUMBER];
        this.monies = [t.MONEY, t.CURRENCY];
        this.strings = [t.STRING];
        this.comments = [t.ML_COMMENT, t.SL_COMMENT];
    }

    /** The scanner of `tokens`, if they are the keywords and terminals it knows. */
    static of(tokens: TokenTypeDictionary): TokenScanner | undefined {
        const types = Object.values(tokens);
        const firstTerminal = types.findIndex(type => typeof type.PATTERN !== 'string');
        const keywords = types.slice(0, firstTerminal);
        const rest = types.slice(firstTerminal);
        if (firstTerminal < 0 || rest.length !== TERMINALS.length
            || rest.some((type, i) => type.name !== TERMINALS[i][0] || !(type.PATTERN instanceof RegExp)
                || type.PATTERN.source !== TERMINALS[i][1] || type.PATTERN.flags !== '')) {
            return undefined;
        }
        const terminals = Object.fromEntries(rest.map(type => [type.name, {
            type, pattern: new RegExp((type.PATTERN as RegExp).source, 'y'), spansLines: type.name === 'STRING' || type.name === 'ML_COMMENT'
        }])) as Record<TerminalName, Terminal>;
        const groupsAsExpected = rest.every(type => type.name === 'WS' ? type.GROUP === ChevrotainLexer.SKIPPED
            : type.name.endsWith('_COMMENT') ? type.GROUP === 'hidden' : type.GROUP === undefined);
        if (!groupsAsExpected) {
            return undefined;
        }
        const words = new Map<number, Array<readonly [string, TokenType]>>();
        const marks = new Map<number, Array<readonly [string, TokenType]>>();
        let previousLength = Infinity;
        for (const type of keywords) {
            const keyword = type.PATTERN as string;
            // Chevrotain tries a character's keywords in the definitions' order: the lookup below agrees with it when that is longest first.
            const longerAlternatives = type.LONGER_ALT === undefined ? [] : ([] as TokenType[]).concat(type.LONGER_ALT);
            if (keyword.length === 0 || keyword.length > previousLength || type.GROUP !== undefined || type.PUSH_MODE !== undefined || type.POP_MODE !== undefined) {
                return undefined;
            }
            previousLength = keyword.length;
            if (ID_SHAPED.test(keyword)) {
                if (longerAlternatives.length !== 1 || longerAlternatives[0] !== terminals.ID.type) {
                    return undefined;
                }
                const key = wordKey(keyword.charCodeAt(0), keyword.length);
                words.set(key, [...words.get(key) ?? [], [keyword, type] as const]);
            } else {
                if (longerAlternatives.length > 0 || isWordStart(keyword.charCodeAt(0))) {
                    return undefined;
                }
                const first = keyword.charCodeAt(0);
                marks.set(first, [...marks.get(first) ?? [], [keyword, type] as const]);
            }
        }
        return new TokenScanner(words, marks, terminals);
    }

    /** The tokens of `text`, or undefined where Chevrotain would report an error (or this scanner is unsure). */
    scan(text: string): { tokens: IToken[]; hidden: IToken[] } | undefined {
        const tokens: IToken[] = [];
        const hidden: IToken[] = [];
        const length = text.length;
        let offset = 0;
        let line = 1;
        let column = 1;
        while (offset < length) {
            const code = text.charCodeAt(offset);
            if (code === 32 || code === 9 || code === LF || code === CR) {
                // Whitespace (skipped): only its line ends count. Other white space falls back to Chevrotain.
                let end = offset;
                let lineStart = -1;
                for (; end < length; end++) {
                    const c = text.charCodeAt(end);
                    if (c !== 32 && c !== 9 && c !== LF && c !== CR) {
                        break;
                    }
                    if (endsLine(text, end)) {
                        line++;
                        lineStart = end + 1;
                    }
                }
                column = lineStart < 0 ? column + end - offset : end - lineStart + 1;
                offset = end;
                continue;
            }
            let type: TokenType;
            let image: string;
            let end: number;
            let spansLines = false;
            if (isWordStart(code)) {
                end = wordEnd(text, offset + 1, length);
                const keyword = this.wordAt(text, offset, end - offset, code);
                if (keyword) {
                    [image, type] = keyword;
                } else {
                    type = this.terminals.ID.type;
                    image = text.substring(offset, end);
                }
            } else {
                const mark = this.markAt(text, offset, code);
                if (mark) {
                    [image, type] = mark;
                    end = offset + image.length;
                } else {
                    const terminal = this.terminalAt(text, offset, code);
                    if (!terminal) {
                        return undefined;
                    }
                    type = terminal.type;
                    end = terminal.pattern.lastIndex;
                    image = text.substring(offset, end);
                    spansLines = terminal.spansLines;
                }
            }
            const token = fullToken(image, offset, type, line, column);
            if (type.GROUP === 'hidden') {
                hidden.push(token);
            } else {
                tokens.push(token);
            }
            const lastLineEnd = spansLines ? lastLineEndIn(image) : -1;
            if (lastLineEnd < 0) {
                column += image.length;
            } else {
                // As Chevrotain places a token that spans lines (its text never ends a line here: strings and comments end in a quote or "*/").
                line += lineEndCount(image);
                column = image.length - lastLineEnd;
                token.endLine = line;
                token.endColumn = column - 1;
            }
            offset = end;
        }
        return { tokens, hidden };
    }

    /** The keyword written like a word that is the word of `length` characters at `offset`, if one is. */
    private wordAt(text: string, offset: number, length: number, code: number): readonly [string, TokenType] | undefined {
        const words = this.words.get(wordKey(code, length));
        if (words) {
            for (const word of words) {
                if (text.startsWith(word[0], offset)) {
                    return word;
                }
            }
        }
        return undefined;
    }

    /** The first keyword not written like a word, in the definitions' order, that the text has at `offset`. */
    private markAt(text: string, offset: number, code: number): readonly [string, TokenType] | undefined {
        const marks = this.marks.get(code);
        if (marks) {
            for (const mark of marks) {
                if (text.startsWith(mark[0], offset)) {
                    return mark;
                }
            }
        }
        return undefined;
    }

    /** The first terminal, in the definitions' order, that matches at `offset` (its pattern's lastIndex is the match's end). */
    private terminalAt(text: string, offset: number, code: number): Terminal | undefined {
        let candidates: readonly Terminal[];
        if (code >= 48 && code <= 57) {
            candidates = this.numbers;
        } else if (code === 45 /* - */) {
            candidates = this.signed;
        } else if (code === 0xa3 /* £ */ || code === 0x20ac /* € */ || code === 36 /* $ */ || code === 0xa5 /* ¥ */) {
            candidates = this.monies;
        } else if (code === 34 || code === 39) {
            candidates = this.strings;
        } else if (code === 47 /* / */) {
            candidates = this.comments;
        } else {
            return undefined;
        }
        for (const terminal of candidates) {
            terminal.pattern.lastIndex = offset;
            if (terminal.pattern.test(text)) {
                return terminal;
            }
        }
        return undefined;
    }
}

/** Chevrotain's token (its `createFullToken`): the same properties in the same order. */
function fullToken(image: string, startOffset: number, tokenType: TokenType, line: number, column: number): IToken {
    return {
        image,
        startOffset,
        endOffset: startOffset + image.length - 1,
        startLine: line,
        endLine: line,
        startColumn: column,
        endColumn: column + image.length - 1,
        tokenTypeIdx: tokenType.tokenTypeIdx!,
        tokenType
    };
}

/** A key for a word's first character (below 2^16) and its length. */
function wordKey(code: number, length: number): number {
    return length * 0x10000 + code;
}

function isWordStart(code: number): boolean {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

function isWordPart(code: number): boolean {
    return isWordStart(code) || (code >= 48 && code <= 57);
}

/** Where ID's pattern ends a word that starts before `from`: word characters, and hyphens followed by one. */
function wordEnd(text: string, from: number, length: number): number {
    let end = from;
    while (end < length) {
        const code = text.charCodeAt(end);
        if (isWordPart(code) || (code === 45 && isWordPart(text.charCodeAt(end + 1)))) {
            end++;
        } else {
            break;
        }
    }
    return end;
}

/** Whether a line ends at `i` ("\r\n" ends one line, at its "\n"). */
function endsLine(text: string, i: number): boolean {
    const code = text.charCodeAt(i);
    return code === LF || (code === CR && text.charCodeAt(i + 1) !== LF);
}

function lineEndCount(image: string): number {
    let count = 0;
    for (let i = 0; i < image.length; i++) {
        if (endsLine(image, i)) {
            count++;
        }
    }
    return count;
}

/** The index of the last line end's last character in `image`, or -1. */
function lastLineEndIn(image: string): number {
    for (let i = image.length - 1; i >= 0; i--) {
        if (endsLine(image, i)) {
            return i;
        }
    }
    return -1;
}
