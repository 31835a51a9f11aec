import { type CstNode, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';
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
 */
export class AutonomyValueConverter extends DefaultValueConverter {
    override convert(input: string, cstNode: CstNode): ValueType {
        const value = super.convert(input, cstNode);
        return typeof value === 'string' ? ownString(value) : value;
    }

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'MONEY': return parseMoney(input) ?? Number.NaN;
            case 'PERCENT': return parsePercent(input) ?? Number.NaN;
            case 'NUMBER': return parseDecimal(input) ?? Number.NaN;
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
