import { anyOfNames } from '@autonomy/domain';
import type { LangiumCoreServices } from 'langium';

// Chevrotain's types, as Langium's services name them (Chevrotain is Langium's dependency, not ours).
type IParserErrorMessageProvider = LangiumCoreServices['parser']['ParserErrorMessageProvider'];
type ILexerErrorMessageProvider = LangiumCoreServices['parser']['LexerErrorMessageProvider'];
type MismatchOptions = Parameters<IParserErrorMessageProvider['buildMismatchTokenMessage']>[0];
type NotAllInputOptions = Parameters<IParserErrorMessageProvider['buildNotAllInputParsedMessage']>[0];
type NoViableAltOptions = Parameters<IParserErrorMessageProvider['buildNoViableAltMessage']>[0];
type EarlyExitOptions = Parameters<IParserErrorMessageProvider['buildEarlyExitMessage']>[0];
type IToken = MismatchOptions['actual'];
type TokenType = MismatchOptions['expected'];

/**
 * Parser and lexer messages in a consultant's words: what was expected, with
 * an example, and what was found, never a token name (issue 12, "Messages a
 * consultant understands"). Chevrotain asks these for every message it builds.
 */

/** What each terminal of the grammar is, with an example of how to write it. */
const TERMINAL_WORDS: Record<string, string> = {
    MONEY: 'an amount such as £60,000',
    PERCENT: 'a percentage such as 35%',
    NUMBER: 'a number such as 8,200',
    CURRENCY: 'a currency symbol such as £',
    ID: 'a name such as NorthPCN',
    STRING: 'a title in quotes such as "North Locality"',
    EOF: 'the end of the file'
};

const PUNCTUATION_WORDS: Record<string, string> = {
    '{': 'an opening brace {',
    '}': 'a closing brace }',
    ',': 'a comma',
    '->': 'an arrow ->',
    '+': 'a plus sign +'
};

export const NAME_RULE = 'A name may contain letters (a to z, without accents), digits, _ and hyphens; it starts with a letter or _ '
    + 'and does not end with a hyphen. Put any other spelling in the title in quotes after the name.';

/** The longest piece of the user's text a message repeats. */
const QUOTED_LIMIT = 40;

/** What the grammar expected, in words. */
export function expectedWords(type: TokenType): string {
    const name = type.name;
    return TERMINAL_WORDS[name] ?? PUNCTUATION_WORDS[name] ?? `the word '${name}'`;
}

/** The user's text, shortened and with line breaks and control characters made visible. */
export function quoted(text: string): string {
    const shown = text.length > QUOTED_LIMIT ? `${text.slice(0, QUOTED_LIMIT)}…` : text;
    // eslint-disable-next-line no-control-regex
    return shown.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What was found, in words. */
export function foundWords(token: IToken): string {
    const name = token.tokenType.name;
    switch (name) {
        case 'EOF':
            return 'the end of the file';
        case 'NUMBER':
            return `the number ${quoted(token.image)}`;
        case 'PERCENT':
            return `the percentage ${quoted(token.image)}`;
        case 'MONEY':
            return `the amount ${quoted(token.image)}`;
        case 'STRING':
            return `the title ${quoted(token.image)}`;
        default:
            return `'${quoted(token.image)}'`;
    }
}

/** A percentage for a plain number written where one belongs: 0.35 -> 35%, 35 -> 35%. */
export function asPercentage(numberText: string): string | undefined {
    const value = Number(numberText.replace(/,/g, ''));
    if (!Number.isFinite(value) || numberText.startsWith('-')) {
        return undefined;
    }
    const percent = value > 0 && value <= 1 ? value * 100 : value;
    return `${Number(percent.toPrecision(12))}%`;
}

function joinWords(words: string[]): string {
    const unique = [...new Set(words)];
    return unique.length === 0 ? 'something else' : anyOfNames(unique);
}

/** The first tokens of the alternatives, in words: keywords together ("one of the words 'a' or 'b'"), then the rest. */
function alternativesWords(types: TokenType[]): string {
    const isWord = (type: TokenType) => !(type.name in TERMINAL_WORDS) && !(type.name in PUNCTUATION_WORDS);
    const keywords = [...new Set(types.filter(isWord).map(type => `'${type.name}'`))];
    const others = types.filter(type => !isWord(type)).map(expectedWords);
    const keywordWords = keywords.length === 0 ? [] : [keywords.length === 1 ? `the word ${keywords[0]}` : `one of the words ${joinWords(keywords)}`];
    return joinWords([...keywordWords, ...others]);
}

const DECLARATIONS = "import, model, practice, collective, trust, initiative, merger, domain or partner";

/** Why the expected terminal was missing, when the found token says more than "something else". */
function mismatchHint(expected: TokenType, actual: IToken): string {
    const found = actual.tokenType.name;
    if (expected.name === 'PERCENT' && found === 'NUMBER') {
        const percent = asPercentage(actual.image);
        return percent ? `: write it as ${percent}` : '';
    }
    if (expected.name === 'ID' && found === 'STRING') {
        return ': a name is written without quotes, and the title in quotes follows it';
    }
    if (expected.name === 'ID' && /^[a-z-]+$/.test(actual.image) && actual.tokenType.name === actual.image) {
        return `: '${actual.image}' is a word of the language and cannot be a name`;
    }
    if (expected.name === 'MONEY' && (found === 'NUMBER')) {
        return `: write the amount with its currency, such as £${quoted(actual.image)}`;
    }
    return '';
}

export class AutonomyParserErrorMessageProvider implements IParserErrorMessageProvider {
    /** The expected token of each mismatch, by the token found, for the quick fixes (read by the document validator). */
    private readonly expected = new WeakMap<IToken, string>();

    expectedAt(token: IToken): string | undefined {
        return this.expected.get(token);
    }

    buildMismatchTokenMessage(options: MismatchOptions): string {
        this.expected.set(options.actual, options.expected.name);
        return `Expected ${expectedWords(options.expected)} here, but found ${foundWords(options.actual)}`
            + `${mismatchHint(options.expected, options.actual)}.`;
    }

    buildNotAllInputParsedMessage(options: NotAllInputOptions): string {
        const token = options.firstRedundant;
        if (token.image === '}') {
            return 'This closing brace } closes nothing: remove it, or look above for a declaration closed too early.';
        }
        return `A declaration cannot start with ${foundWords(token)}: each starts with ${DECLARATIONS}.`;
    }

    buildNoViableAltMessage(options: NoViableAltOptions): string {
        const firsts = options.expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])).filter(type => type !== undefined);
        return `Expected ${alternativesWords(firsts)} here, but found ${foundWords(options.actual[0])}.`;
    }

    buildEarlyExitMessage(options: EarlyExitOptions): string {
        const firsts = options.expectedIterationPaths.map(path => path[0]).filter(type => type !== undefined);
        return `Expected ${alternativesWords(firsts)} here, but found ${foundWords(options.actual[0])}.`;
    }
}

/** A name character: the hyphen is allowed inside names only. */
const NAME_CHARACTER = /[\w]/;

export class AutonomyLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const character = fullText.charAt(startOffset);
        const skipped = length > 1 ? ` (${length} characters could not be read)` : '';
        if (character === '"' || character === "'") {
            return `This title has no closing quote: end it with ${character} on the same line${skipped}.`;
        }
        if (fullText.startsWith('/*', startOffset)) {
            return 'This comment has no end: close it with */.';
        }
        if (character === '-' && NAME_CHARACTER.test(fullText.charAt(startOffset - 1))) {
            return `A name cannot end with a hyphen. ${NAME_RULE}`;
        }
        if (/\p{L}/u.test(character)) {
            return `The letter '${quoted(character)}' cannot be used in a name${skipped}. ${NAME_RULE}`;
        }
        const code = character.codePointAt(0) ?? 0;
        const shown = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd
            ? `An invisible or unreadable character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`
            : `The character '${quoted(character)}'`;
        return `${shown} cannot be used here${skipped}. A model is written with names, numbers such as 8,200, amounts `
            + 'such as £60,000, percentages such as 35%, titles in quotes and comments after //.';
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        // The grammar has no lexer modes; kept in words should one be added.
        return `The text cannot be read after ${foundWords(token)}.`;
    }
}
