import { AstUtils, type CstNode, DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type ValueType } from 'langium';
import { parseDecimal, parseMoney, parsePercent } from '../literals.js';

/**
 * A copy of `text` that does not keep the document's text alive. V8 makes a
 * substring of 13 characters or more (a token's text, a name, a quoted title)
 * a view into the string it was taken from: an AST that keeps such a name keeps
 * the whole text of the document it was parsed from. The incremental parse
 * keeps the declarations an edit did not touch, so without copies every version
 * of a file that a kept name came from stays in memory: 6.6 MB of old texts
 * after 400 keystrokes in a 5,000-line file (docs/performance.md, "Server
 * memory, part 2"). Shorter substrings are copies already.
 */
function ownString(text: string): string {
    // Joining makes a new string; slicing that flattens it into a string of its own.
    return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * The values of the literal terminals (autonomy.langium: MONEY, PERCENT,
 * NUMBER `returns number`): money in minor units, percentages as fractions,
 * numbers without their thousands separators. Langium's own conversion
 * (Number(text)) would read "8,200" and "£60,000" as NaN.
 *
 * Each terminal's pattern only matches text its reading accepts, so the NaN
 * fallback is never reached; it is there to keep the type a number.
 *
 * The parser converts every token that is assigned (names, references,
 * literals): which rule reads a grammar element's tokens is found once per
 * element here, where Langium's converter works it out for every token.
 */
export class AutonomyValueConverter extends DefaultValueConverter {
    /** How each grammar element's tokens are read; undefined: by Langium's converter (see `readerOf`). */
    private readonly readers = new Map<GrammarAST.AbstractElement, Reader | undefined>();

    override convert(input: string, cstNode: CstNode): ValueType {
        const element = cstNode.grammarSource;
        const reader = element ? this.readerOf(element) : ownString;
        if (reader) {
            return reader(input);
        }
        const value = super.convert(input, cstNode);
        return typeof value === 'string' ? ownString(value) : value;
    }

    /**
     * How the tokens of `element` are read, found once per element: a parser that
     * keeps it per element (autonomy-parser.ts) reads a token without the converter's
     * look-ups. Undefined where Langium's own conversion is left to run (a rule
     * Langium converts that this language does not name, or a node no rule parsed,
     * for Langium's message).
     */
    readerOf(element: GrammarAST.AbstractElement): Reader | undefined {
        if (this.readers.has(element)) {
            return this.readers.get(element);
        }
        const terminal = GrammarAST.isCrossReference(element) ? GrammarUtils.getCrossReferenceTerminal(element) : element;
        const reader = !GrammarAST.isRuleCall(terminal) ? ownString : terminal.rule.ref ? ruleReader(terminal.rule.ref) : undefined;
        this.readers.set(element, reader);
        return reader;
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        const reader = ruleReader(rule);
        return reader ? reader(input) : super.runConverter(rule, input, cstNode);
    }
}

/** A token's value from its text. */
export type Reader = (input: string) => ValueType;

const readMoney: Reader = input => parseMoney(input) ?? Number.NaN;
const readPercent: Reader = input => parsePercent(input) ?? Number.NaN;
const readNumber: Reader = input => parseDecimal(input) ?? Number.NaN;
// What Langium's runConverter does for these names, without upper-casing the name for every token.
const readId: Reader = input => ownString(ValueConverter.convertID(input));
const readString: Reader = input => ownString(ValueConverter.convertString(input));

const ruleReaders = new WeakMap<GrammarAST.AbstractRule, Reader | undefined>();

/** The reader of a rule's tokens, or undefined where Langium's runConverter is to read them; found once per rule. */
function ruleReader(rule: GrammarAST.AbstractRule): Reader | undefined {
    if (!ruleReaders.has(rule)) {
        ruleReaders.set(rule, newRuleReader(rule));
    }
    return ruleReaders.get(rule);
}

function newRuleReader(rule: GrammarAST.AbstractRule): Reader | undefined {
    switch (rule.name) {
        case 'MONEY': return readMoney;
        case 'PERCENT': return readPercent;
        case 'NUMBER': return readNumber;
        case 'ID': return readId;
        case 'STRING': return readString;
        default: return readsAsWritten(rule) ? asWrittenReader(rule) : undefined;
    }
}

/** Langium converts the rules named INT, STRING or ID and those returning number, boolean, bigint or date; it returns other rules' text as it is. */
function readsAsWritten(rule: GrammarAST.AbstractRule): boolean {
    const type = GrammarUtils.getRuleType(rule)?.toLowerCase() ?? '';
    return !['INT', 'STRING', 'ID'].includes(rule.name.toUpperCase()) && !['number', 'boolean', 'bigint', 'date'].includes(type);
}

/**
 * The text as written. A datatype rule's value that is one of its keywords (a
 * trust component's `self-orientation`) is the grammar's own string of that
 * keyword rather than a copy (ownString): one string for all of them.
 */
function asWrittenReader(rule: GrammarAST.AbstractRule): Reader {
    const keywords = new Map<string, string>();
    if (GrammarAST.isParserRule(rule)) {
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node)) {
                keywords.set(node.value, node.value);
            }
        }
    }
    return keywords.size === 0 ? ownString : input => keywords.get(input) ?? ownString(input);
}
