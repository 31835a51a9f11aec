import { type Grammar, GrammarAST, GrammarUtils, type LangiumParser } from 'langium';
import type { TokenTypeDictionary } from 'chevrotain';

/** A grammar element's parsing code. This language's rules take no parameters, so none is passed. */
type Run = () => void;
type RuleMethod = ReturnType<LangiumParser['rule']>;

/**
 * A grammar element's place for what the parser works out once about it (how
 * its tokens are assigned: autonomy-parser.ts), passed with each of its
 * consumes and rule calls so that the parser need not look it up by element.
 */
export interface ElementSite {
    known: unknown;
}

/** The parser methods the rules call, with the element's site (a parser that does not read it ignores it). */
interface SiteParser {
    consume(idx: number, tokenType: TokenTypeDictionary[string], feature: GrammarAST.AbstractElement, site: ElementSite): void;
    subrule(idx: number, rule: RuleMethod, fragment: boolean, feature: GrammarAST.AbstractElement, args: unknown, site: ElementSite): void;
}

/** What a rule call passes when the called rule has no parameters: one object for every call, never read. */
export const NO_RULE_ARGS: Record<string, boolean> = Object.freeze({});

/** Each rule's occurrence counters: Chevrotain keys its lookahead by rule, kind and occurrence. */
interface Occurrences {
    consume: number;
    subrule: number;
    optional: number;
    many: number;
    or: number;
}

/**
 * Whether `buildParserRule` can build every rule of `grammar` that the parser
 * is made of. It leaves out the features this language does not use (rule
 * parameters, guards, unordered groups, infix rules, `EOF`): a parser of a
 * grammar with one of them keeps the rules Langium's builder makes.
 */
export function canBuildParserRules(grammar: Grammar): boolean {
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    return grammar.rules.every(rule => !reachable.has(rule)
        || (GrammarAST.isParserRule(rule) ? rule.parameters.length === 0 && supported(rule.definition) : !GrammarAST.isInfixRule(rule)));
}

/**
 * A parser rule's implementation, as Langium's `createParser` builds it: the
 * same elements in the same order with the same occurrence numbers, so
 * Chevrotain records the same grammar and computes the same lookahead and the
 * same error messages. What differs is the work per call: Langium's builder
 * passes the rule arguments down every call and, for every alternatives it
 * parses, makes a new list of new choice objects and closures (with the rule
 * arguments, the largest allocation of the parse after the trees themselves,
 * docs/performance.md); here each alternatives' choices, each loop's and each
 * option's definition are made once, when the rule is built.
 */
export function buildParserRule(rule: GrammarAST.ParserRule, parser: LangiumParser, tokens: TokenTypeDictionary): Run {
    return new RuleBuilder(parser, tokens, { consume: 1, subrule: 1, optional: 1, many: 1, or: 1 }).element(rule.definition);
}

/** Whether the builder below handles every element under `element`. */
function supported(element: GrammarAST.AbstractElement): boolean {
    if (GrammarAST.isUnorderedGroup(element) || GrammarAST.isEndOfFile(element) || (GrammarAST.isGroup(element) && element.guardCondition)) {
        return false;
    }
    if (GrammarAST.isRuleCall(element) && element.arguments.length > 0) {
        return false;
    }
    if (GrammarAST.isAssignment(element)) {
        return supported(element.terminal);
    }
    if (GrammarAST.isCrossReference(element)) {
        return !element.terminal || supported(element.terminal);
    }
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) {
        return element.elements.every(supported);
    }
    return GrammarAST.isKeyword(element) || GrammarAST.isAction(element) || GrammarAST.isRuleCall(element);
}

/**
 * One parser rule's elements made into code. The occurrence numbers are
 * taken in the order Langium's builder takes them (an element's own number
 * after its children's), which makes Chevrotain's recorded grammar the same.
 */
class RuleBuilder {
    constructor(
        private readonly parser: LangiumParser,
        private readonly tokens: TokenTypeDictionary,
        private readonly occurrences: Occurrences
    ) {}

    element(element: GrammarAST.AbstractElement): Run {
        return this.repeated(this.once(element), element.cardinality);
    }

    private once(element: GrammarAST.AbstractElement): Run {
        const parser = this.parser;
        if (GrammarAST.isKeyword(element)) {
            return this.consume(element.value, element);
        }
        if (GrammarAST.isAction(element)) {
            const type = GrammarUtils.getTypeName(element);
            return () => parser.action(type, element);
        }
        if (GrammarAST.isAssignment(element)) {
            return this.element(element.terminal);
        }
        if (GrammarAST.isCrossReference(element)) {
            return this.crossReference(element);
        }
        if (GrammarAST.isRuleCall(element)) {
            return this.ruleCall(element);
        }
        if (GrammarAST.isAlternatives(element)) {
            return this.alternatives(element);
        }
        if (GrammarAST.isGroup(element)) {
            const runs = element.elements.map(child => this.element(child));
            return () => {
                for (const run of runs) {
                    run();
                }
            };
        }
        throw new Error(`Unexpected element type: ${element.$type}`);
    }

    private consume(tokenName: string, feature: GrammarAST.AbstractElement): Run {
        const token = this.tokens[tokenName];
        if (!token) {
            throw new Error(`Token "${tokenName}" not found.`);
        }
        const idx = this.occurrences.consume++;
        const parser = this.parser as unknown as SiteParser;
        const site: ElementSite = { known: undefined };
        return () => parser.consume(idx, token, feature, site);
    }

    private ruleCall(call: GrammarAST.RuleCall): Run {
        const rule = call.rule.ref;
        if (GrammarAST.isTerminalRule(rule)) {
            return this.consume(rule.name, call);
        }
        if (!rule) {
            throw new Error(`Undefined rule: ${call.rule.$refText}`);
        }
        return this.subrule(rule, GrammarAST.isParserRule(rule) && rule.fragment, call);
    }

    private subrule(rule: GrammarAST.AbstractRule, fragment: boolean, feature: GrammarAST.AbstractElement): Run {
        const idx = this.occurrences.subrule++;
        const parser = this.parser;
        const sites = parser as unknown as SiteParser;
        const site: ElementSite = { known: undefined };
        // Resolved at the first call: a rule may call one defined after it.
        let method: RuleMethod | undefined;
        return () => sites.subrule(idx, method ??= calledRule(parser, rule), fragment, feature, NO_RULE_ARGS, site);
    }

    private crossReference(reference: GrammarAST.CrossReference): Run {
        const terminal = reference.terminal ?? this.nameTerminal(reference);
        if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) {
            // A datatype rule.
            return this.subrule(terminal.rule.ref, false, reference);
        }
        if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) {
            return this.consume(terminal.rule.ref.name, reference);
        }
        if (GrammarAST.isKeyword(terminal)) {
            return this.consume(terminal.value, reference);
        }
        throw new Error('Could not build cross reference parser');
    }

    /** `[Type]` with no terminal is read with the terminal of the type's name. */
    private nameTerminal(reference: GrammarAST.CrossReference): GrammarAST.AbstractElement {
        const type = reference.type.ref;
        if (!type) {
            throw new Error('Could not resolve reference to type: ' + reference.type.$refText);
        }
        const terminal = GrammarUtils.findNameAssignment(type)?.terminal;
        if (!terminal) {
            throw new Error('Could not find name assignment for type: ' + GrammarUtils.getTypeName(type));
        }
        return terminal;
    }

    private alternatives(alternatives: GrammarAST.Alternatives): Run {
        if (alternatives.elements.length === 1) {
            return this.element(alternatives.elements[0]);
        }
        const choices = alternatives.elements.map(choice => ({ ALT: this.element(choice) }));
        const idx = this.occurrences.or++;
        const parser = this.parser;
        return () => parser.alternatives(idx, choices);
    }

    private repeated(run: Run, cardinality: GrammarAST.AbstractElement['cardinality']): Run {
        const parser = this.parser;
        switch (cardinality) {
            case undefined:
                return run;
            case '?': {
                const idx = this.occurrences.optional++;
                const definition = { DEF: run };
                return () => parser.optional(idx, definition);
            }
            case '*': {
                const idx = this.occurrences.many++;
                const definition = { DEF: run };
                return () => parser.many(idx, definition);
            }
            case '+': {
                const idx = this.occurrences.many++;
                const definition = { DEF: run };
                return () => parser.atLeastOne(idx, definition);
            }
        }
    }
}

function calledRule(parser: LangiumParser, rule: GrammarAST.AbstractRule): RuleMethod {
    const method = parser.getRule(rule.name);
    if (!method) {
        throw new Error(`Rule "${rule.name}" not found.`);
    }
    return method;
}
