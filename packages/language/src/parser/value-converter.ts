import { type CstNode, DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type ValueType } from 'langium';
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
    /** The rule that reads each grammar element's text; undefined: the text as written. */
    private readonly rules = new Map<GrammarAST.AbstractElement, GrammarAST.AbstractRule | undefined>();
    /** Whether Langium's converter leaves a rule's text as written (a datatype rule returning string, CURRENCY). */
    private readonly asWritten = new Map<GrammarAST.AbstractRule, boolean>();

    override convert(input: string, cstNode: CstNode): ValueType {
        const value = this.read(input, cstNode);
        return typeof value === 'string' ? ownString(value) : value;
    }

    private read(input: string, cstNode: CstNode): ValueType {
        const element = cstNode.grammarSource;
        if (!element) {
            return input;
        }
        if (!this.rules.has(element)) {
            const terminal = GrammarAST.isCrossReference(element) ? GrammarUtils.getCrossReferenceTerminal(element) : element;
            if (GrammarAST.isRuleCall(terminal) && !terminal.rule.ref) {
                // Langium's message for a node no rule parsed.
                return super.convert(input, cstNode);
            }
            this.rules.set(element, GrammarAST.isRuleCall(terminal) ? terminal.rule.ref : undefined);
        }
        const rule = this.rules.get(element);
        return rule ? this.runConverter(rule, input, cstNode) : input;
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'MONEY': return parseMoney(input) ?? Number.NaN;
            case 'PERCENT': return parsePercent(input) ?? Number.NaN;
            case 'NUMBER': return parseDecimal(input) ?? Number.NaN;
            // What Langium's runConverter does for these names, without upper-casing the name for every token.
            case 'ID': return ValueConverter.convertID(input);
            case 'STRING': return ValueConverter.convertString(input);
            // Langium's runConverter upper-cases the name and works out the rule's type for every token.
            default: return this.readsAsWritten(rule) ? input : super.runConverter(rule, input, cstNode);
        }
    }

    /** Langium converts the rules named INT, STRING or ID and those returning number, boolean, bigint or date; it returns other rules' text as it is. */
    private readsAsWritten(rule: GrammarAST.AbstractRule): boolean {
        let known = this.asWritten.get(rule);
        if (known === undefined) {
            const type = GrammarUtils.getRuleType(rule)?.toLowerCase() ?? '';
            known = !['INT', 'STRING', 'ID'].includes(rule.name.toUpperCase()) && !['number', 'boolean', 'bigint', 'date'].includes(type);
            this.asWritten.set(rule, known);
        }
        return known;
    }
}
