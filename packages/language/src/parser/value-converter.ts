import { type CstNode, DefaultValueConverter, type GrammarAST, type ValueType } from 'langium';
import { parseDecimal, parseMoney, parsePercent } from '../literals.js';

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
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'MONEY': return parseMoney(input) ?? Number.NaN;
            case 'PERCENT': return parsePercent(input) ?? Number.NaN;
            case 'NUMBER': return parseDecimal(input) ?? Number.NaN;
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
