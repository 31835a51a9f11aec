import {
    type AstNode, type AstReflection, AstUtils, type CompositeCstNode, type CstNode, type CstNodeBuilder, DatatypeSymbol, GrammarAST, isAstNode, type LangiumCoreServices, LangiumParser, type LeafCstNode,
    type Linker, type ParseResult, type ValueConverter
} from 'langium';
import type { IRecognitionException, IToken, TokenType, TokenTypeDictionary } from 'chevrotain';
import { buildParserRule, canBuildParserRules, type ElementSite, NO_RULE_ARGS } from './parser-rules.js';
import { kindOfLength, type LeafKind, type LeafKinds, leafKinds } from './compact-cst-leaf.js';

type Assignment = GrammarAST.Assignment;
type RuleResult = (args: unknown) => unknown;
type Operator = '=' | '+=' | '?=';

/**
 * What Langium's LangiumParser (4.4) is at run time, in the parts this
 * parser reads or replaces: its typings declare them private.
 */
interface ParserInternals {
    readonly lexer: LangiumCoreServices['parser']['Lexer'];
    readonly wrapper: {
        input: IToken[];
        readonly errors: IRecognitionException[];
        readonly IS_RECORDING: boolean;
        /** Chevrotain's call of a rule, which returns the rule's result. */
        subrule(idx: number, rule: RuleResult, options: { ARGS: unknown[] }): unknown;
    };
    /**
     * Langium's builder or this language's (cst-node-builder.ts), which closes the nodes a parse left open when told
     * and makes a consumed token's leaf of a kind the parser already has.
     */
    readonly nodeBuilder: CstNodeBuilder & { finishOpenNodes?(): void; buildLeafOfKind?(token: IToken, kind: LeafKind): LeafCstNode };
    readonly linker: Linker;
    readonly converter: ValueConverter;
    readonly stack: AstNode[];
    readonly astReflection: AstReflection;
    readonly allRules: Map<string, RuleResult>;
    readonly mainRule: RuleResult | undefined;
    readonly unorderedGroups: Map<string, boolean[]>;
    lexerResult: { hidden: IToken[] } | undefined;
    parse<T extends AstNode = AstNode>(input: string, options?: { rule?: string }): ParseResult<T>;
    rule(rule: GrammarAST.ParserRule | GrammarAST.InfixRule, impl: RuleResult): RuleResult;
    startImplementation($type: string | symbol | undefined, infixName: string | undefined, implementation: RuleResult): RuleResult;
    consume(idx: number, tokenType: TokenType, feature: GrammarAST.AbstractElement): void;
    subrule(idx: number, rule: RuleResult, fragment: boolean, feature: GrammarAST.AbstractElement, args: unknown): void;
    performSubruleAssignment(result: unknown, feature: GrammarAST.AbstractElement, cstNode: CstNode): void;
    doParse(rule: RuleResult): AstNode;
    extractHiddenTokens(token: IToken): IToken[];
    isValidToken(token: IToken): boolean;
    getAssignment(feature: GrammarAST.AbstractElement): { assignment?: Assignment; crossRef?: 'single' | 'multi' };
    finalize(): void;
    linkCstNode(item: unknown): void;
    assign(operator: Operator, feature: string, value: unknown, cstNode: CstNode, crossRef?: 'single' | 'multi'): void;
    assignWithoutOverride(target: object, source: object): object;
    construct(): unknown;
}

/** Chevrotain's options for calling a rule without parameters, made once (Langium makes them for every call). */
const CALL_WITHOUT_ARGS = { ARGS: [NO_RULE_ARGS] };

const OpenLangiumParser = LangiumParser as unknown as new (services: LangiumCoreServices) => ParserInternals;

/** The properties of one AST type that have a default value (empty lists, false), in the reflection's order. */
interface Defaults {
    readonly names: string[];
    readonly values: unknown[];
}

/** How a consumed token or a rule call's result of one grammar element is assigned: worked out once per element. */
interface TokenAssignment {
    readonly assignment: Assignment | undefined;
    readonly crossRef: 'single' | 'multi' | undefined;
    /** Keywords are assigned as written; other tokens through the value converter. */
    readonly keyword: boolean;
    /** How the value converter reads the element's tokens, where it can say so once for all of them (value-converter.ts). */
    readonly read: ((input: string) => unknown) | undefined;
    /** The leaf kinds of the element's last token's type, by length: an element's tokens are nearly always of one type. */
    kinds: LeafKinds | undefined;
    kindsType: TokenType | undefined;
}

/**
 * Langium's parser, building the same trees with less work per token and per
 * node (docs/performance.md, "Build against the peer, part 2"):
 *
 * - each AST node's `$container`, `$containerProperty` and
 *   `$containerIndex` are set when the node is assigned to its container,
 *   instead of in a second walk over the whole tree after the parse
 *   (Langium's `linkContentToContainer`, which lists every node's entries);
 * - the rules are built by parser-rules.ts, and a rule call passes
 *   Chevrotain options made once;
 * - a token with no comments before it does not look for a place to put them;
 * - what a grammar element's token becomes (its assignment, whether it is a
 *   keyword) is looked up once per element, not once per token.
 *
 * test/parser/autonomy-parser.test.ts compares its trees, containers, CST and
 * errors with Langium's own parser.
 */
class AutonomyParser extends OpenLangiumParser {
    private readonly tokenAssignments = new Map<GrammarAST.AbstractElement, TokenAssignment>();
    private readonly defaults = new Map<string, Defaults>();
    /** Infix rules rebuild their nodes after assignment: then the containers are linked after the parse, as Langium does (a grammar for tests). */
    private readonly linkAfterParse: boolean;
    /** An unassigned call took over a node that had children: its containers are linked as Langium links them. */
    private moved = false;
    /** Whether the rules are built by parser-rules.ts (else they are Langium's). */
    private readonly ownRules: boolean;
    private readonly tokens: TokenTypeDictionary;
    /**
     * Whether Chevrotain has recorded the grammar. It records once, in `finalize`, and the rules run
     * before then only to be recorded (Langium's createParser defines them, then finalizes), so
     * this flag alone says whether a rule is being recorded: the wrapper's IS_RECORDING is not read.
     */
    private recorded = false;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.linkAfterParse = services.Grammar.rules.some(GrammarAST.isInfixRule);
        this.ownRules = canBuildParserRules(services.Grammar);
        this.tokens = services.parser.Lexer.definition;
    }

    /**
     * Langium's `createParser` builds each rule's implementation and defines it
     * here; this parser defines the one parser-rules.ts builds from the same
     * grammar rule instead (the rule Langium built is dropped, a cost paid once
     * per parser).
     */
    override rule(rule: GrammarAST.ParserRule | GrammarAST.InfixRule, impl: RuleResult): RuleResult {
        const own = this.ownRules && GrammarAST.isParserRule(rule);
        return super.rule(rule, own ? buildParserRule(rule, this as unknown as LangiumParser, this.tokens) : impl);
    }

    /**
     * Langium's start of a rule, with the rule's node made by a constructor of
     * its type (below) instead of as `{ $type }`: the same properties in the
     * same order, the same prototype.
     */
    override startImplementation($type: string | symbol | undefined, infixName: string | undefined, implementation: RuleResult): RuleResult {
        if (typeof $type !== 'string' || infixName !== undefined || this.linkAfterParse) {
            return super.startImplementation($type, infixName, implementation);
        }
        const Node = nodeConstructor($type);
        return (args) => {
            if (this.recording()) {
                implementation(args);
                return undefined;
            }
            this.stack.push(new Node($type));
            implementation(args);
            return this.construct();
        };
    }

    override finalize(): void {
        super.finalize();
        this.recorded = true;
    }

    /**
     * Not `this.wrapper.IS_RECORDING`: Chevrotain gives every parser's wrapper a hidden class of its
     * own (it makes the object a prototype, for fast properties), so that read, in the code of the
     * recording of each new parser, deoptimised the hot functions it is inlined into
     * (docs/performance.md, "Where the build's compile time goes").
     */
    private recording(): boolean {
        return !this.recorded;
    }

    override parse<T extends AstNode = AstNode>(input: string, options: { rule?: string } = {}): ParseResult<T> {
        this.nodeBuilder.buildRootNode(input);
        const lexerResult = this.lexer.tokenize(input);
        this.lexerResult = lexerResult;
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) {
            throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        }
        const result = this.doParse(ruleMethod);
        this.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.nodeBuilder.finishOpenNodes?.();
        this.unorderedGroups.clear();
        this.lexerResult = undefined;
        if (this.linkAfterParse || this.moved) {
            AstUtils.linkContentToContainer(result, { deep: true });
        }
        this.moved = false;
        const parserErrors = this.wrapper.errors;
        // Chevrotain would keep the tokens until the next parse (28 MB for a file of 10,000 practices and trust statements): nothing reads them after it.
        this.wrapper.input = [];
        return {
            value: result as T,
            lexerErrors: lexerResult.errors,
            lexerReport: lexerResult.report,
            parserErrors
        };
    }

    /** `site`: the element's place for its assignment, from the rules parser-rules.ts builds (else it is looked up by element). */
    override consume(idx: number, tokenType: TokenType, feature: GrammarAST.AbstractElement, site?: ElementSite): void {
        const token = this.consumeToken(idx, tokenType);
        if (this.recording() || !this.isValidToken(token)) {
            return;
        }
        const hidden = this.lexerResult!.hidden;
        if (hidden.length > 0 && hidden[0].startOffset < token.startOffset) {
            this.nodeBuilder.addHiddenNodes(this.extractHiddenTokens(token));
        }
        const known = this.tokenAssignmentAt(feature, site);
        let kinds = known.kinds;
        if (kinds === undefined || known.kindsType !== token.tokenType) {
            kinds = known.kinds = leafKinds(token.tokenType, feature);
            known.kindsType = token.tokenType;
        }
        const length = token.image.length;
        const kind = kinds[length] ?? kindOfLength(kinds, token.tokenType, feature, length);
        const builder = this.nodeBuilder;
        const leafNode = builder.buildLeafOfKind ? builder.buildLeafOfKind(token, kind) : builder.buildLeafNode(token, feature);
        const { assignment, crossRef, keyword, read } = known;
        if (assignment) {
            const value = keyword ? token.image : read ? read(token.image) : this.converter.convert(token.image, leafNode);
            this.assign(assignment.operator, assignment.feature, value, leafNode, crossRef);
        } else {
            const current = this.stack[this.stack.length - 1];
            if (isDatatypeNode(current)) {
                current.value += keyword ? token.image : String(read ? read(token.image) : this.converter.convert(token.image, leafNode));
            }
        }
    }

    /**
     * Langium's subrule, for the calls the rules of parser-rules.ts make
     * (always without rule arguments) while parsing: Chevrotain is called with
     * options made once, not two new objects per call.
     */
    override subrule(idx: number, rule: RuleResult, fragment: boolean, feature: GrammarAST.AbstractElement, args: unknown, site?: ElementSite): void {
        if (args !== NO_RULE_ARGS || this.recording()) {
            super.subrule(idx, rule, fragment, feature, args);
            return;
        }
        const cstNode = fragment ? undefined : this.nodeBuilder.buildCompositeNode(feature);
        let result: unknown;
        try {
            result = this.wrapper.subrule(idx, rule, CALL_WITHOUT_ARGS);
        } finally {
            // A recognition error leaves the rule's node open: it is closed here, and assigned if it read anything.
            if (result === undefined && !fragment) {
                result = this.construct();
            }
            if (result !== undefined && cstNode && hasText(cstNode)) {
                this.assignSubrule(result, cstNode, this.tokenAssignmentAt(feature, site));
            }
        }
    }

    /** Langium's, with the element's assignment from this parser's cache (one look-up, where Langium's makes two). */
    override performSubruleAssignment(result: unknown, feature: GrammarAST.AbstractElement, cstNode: CstNode): void {
        this.assignSubrule(result, cstNode, this.tokenAssignment(feature));
    }

    private assignSubrule(result: unknown, cstNode: CstNode, { assignment, crossRef }: TokenAssignment): void {
        if (assignment) {
            this.assign(assignment.operator, assignment.feature, result, cstNode, crossRef);
            return;
        }
        // An unassigned call (every declaration is one, through `Element`): a datatype rule's text is appended, a node takes over the caller's.
        const current = this.stack[this.stack.length - 1];
        if (isDatatypeNode(current)) {
            current.value += String(result);
        } else if (typeof result === 'object' && result) {
            const taken = this.assignWithoutOverride(result, current) as AstNode;
            this.stack.pop();
            this.stack.push(taken);
        }
    }

    override assign(operator: Operator, feature: string, value: unknown, cstNode: CstNode, crossRef?: 'single' | 'multi'): void {
        if (this.linkAfterParse) {
            super.assign(operator, feature, value, cstNode, crossRef);
            return;
        }
        const obj = this.stack[this.stack.length - 1] as AstNode & Record<string, unknown>;
        let item = value;
        if (crossRef === 'single' && typeof value === 'string') {
            item = this.linker.buildReference(obj, feature, cstNode, value);
        } else if (crossRef === 'multi' && typeof value === 'string') {
            item = this.linker.buildMultiReference(obj, feature, cstNode, value);
        }
        this.linkCstNode(item);
        switch (operator) {
            case '=':
                obj[feature] = item;
                if (isAstNode(item)) {
                    linkChild(item, obj, feature, undefined);
                }
                break;
            case '?=':
                obj[feature] = true;
                break;
            case '+=': {
                if (!Array.isArray(obj[feature])) {
                    obj[feature] = [];
                }
                const list = obj[feature] as unknown[];
                list.push(item);
                if (isAstNode(item)) {
                    linkChild(item, obj, feature, list.length - 1);
                }
            }
        }
    }

    /** Closes the node of a rule as Langium does, with each type's default values looked up once per type. */
    override construct(): unknown {
        const obj = this.stack[this.stack.length - 1] as AstNode | undefined;
        if (this.recording() || this.linkAfterParse || obj === undefined || isDatatypeNode(obj)) {
            return super.construct();
        }
        this.stack.pop();
        this.nodeBuilder.construct(obj as Parameters<CstNodeBuilder["construct"]>[0]);
        const node = obj as unknown as Record<string, unknown>;
        const { names, values } = this.defaultsOf(obj.$type);
        for (let i = 0; i < names.length; i++) {
            if (node[names[i]] === undefined) {
                node[names[i]] = copyDefault(values[i]);
            }
        }
        return obj;
    }

    private defaultsOf(type: string): Defaults {
        let known = this.defaults.get(type);
        if (!known) {
            const properties = Object.values(this.astReflection.getTypeMetaData(type).properties).filter(property => property.defaultValue !== undefined);
            known = { names: properties.map(property => property.name), values: properties.map(property => property.defaultValue) };
            this.defaults.set(type, known);
        }
        return known;
    }

    /**
     * An unassigned rule call's result takes over the caller's node and its children: they move to it.
     * As Langium's, which lists the caller's entries (a new pair per property, for every declaration
     * of this language, each called through an unassigned `Element` rule) to walk them.
     */
    override assignWithoutOverride(target: object, source: object): object {
        const into = target as Record<string, unknown>;
        const from = source as Record<string, unknown>;
        // The nodes are plain objects (nodeConstructor): no enumerable property is inherited, so this walks the entries Langium lists.
        for (const name in from) {
            const existing = from[name];
            const value = into[name];
            if (!this.moved && name.charCodeAt(0) !== DOLLAR) {
                this.moved = true;
            }
            if (value === undefined) {
                into[name] = existing;
            } else if (Array.isArray(value) && Array.isArray(existing)) {
                for (const item of value) {
                    existing.push(item);
                }
                into[name] = existing;
            }
        }
        into.$cstNode = undefined;
        return target;
    }

    /** As Langium's, with its span check (below) made cheaper: it is read for every token. */
    override isValidToken(token: IToken): boolean {
        return !token.isInsertedInRecovery && validTokenSpan(token);
    }

    private consumeToken(idx: number, tokenType: TokenType): IToken {
        // The wrapper's consume returns the token; Langium's typings say void.
        return (this.wrapper as unknown as { wrapConsume(idx: number, tokenType: TokenType): IToken }).wrapConsume(idx, tokenType);
    }

    private tokenAssignmentAt(feature: GrammarAST.AbstractElement, site: ElementSite | undefined): TokenAssignment {
        if (site === undefined) {
            return this.tokenAssignment(feature);
        }
        return (site.known ??= this.tokenAssignment(feature)) as TokenAssignment;
    }

    private tokenAssignment(feature: GrammarAST.AbstractElement): TokenAssignment {
        let known = this.tokenAssignments.get(feature);
        if (!known) {
            const { assignment, crossRef } = this.getAssignment(feature);
            const keyword = GrammarAST.isKeyword(feature);
            const read = keyword ? undefined : (this.converter as { readerOf?(element: GrammarAST.AbstractElement): ((input: string) => unknown) | undefined }).readerOf?.(feature);
            known = { assignment, crossRef, keyword, read, kinds: undefined, kindsType: undefined };
            this.tokenAssignments.set(feature, known);
        }
        return known;
    }
}

/**
 * Links an assigned node to its container. The node is complete when it is
 * assigned (its rule has ended), so these are its last properties, as after
 * Langium's walk: the nodes get the same V8 object shapes as Langium's
 * (12,732 of the 10,000-line model's 12,733 nodes checked with %HaveSameMap).
 */
function linkChild(node: AstNode, container: AstNode, property: string, index: number | undefined): void {
    const child = node as { $container?: AstNode; $containerProperty?: string; $containerIndex?: number };
    child.$container = container;
    child.$containerProperty = property;
    if (index !== undefined) {
        child.$containerIndex = index;
    }
}

/**
 * The constructor of the nodes of one type. Langium makes each node as
 * `{ $type }` and the parser then adds its properties, which V8 keeps
 * outside the object, in a store it grows (and copies) every few properties:
 * about 120 bytes a node with eight properties, of which the stores left
 * behind are garbage. Objects made by a constructor have room inside for the
 * properties its earlier objects came to have (V8's slack tracking, per
 * constructor): one object of 88 bytes. Its prototype is Object.prototype,
 * as a literal's: the nodes are plain objects as before.
 *
 * One constructor per type for the whole process, not per parser: V8 gives the
 * objects of each constructor hidden classes of their own, so with one per
 * parser, code optimised for one services' nodes did not fit the next one's
 * and was thrown away and compiled again. Langium's literals share their
 * classes across parsers; so do these. With one per parser, the second
 * 10,000-line build in fresh services cost 463-515 ms of CPU, against 366 ms
 * shared (docs/performance.md, "Build ratios from pairs; node constructors
 * shared across parsers").
 */
const NODE_CONSTRUCTORS = new Map<string, new (type: string) => AstNode>();

function nodeConstructor(type: string): new (type: string) => AstNode {
    let Node = NODE_CONSTRUCTORS.get(type);
    if (!Node) {
        Node = newNodeConstructor();
        NODE_CONSTRUCTORS.set(type, Node);
    }
    return Node;
}

function newNodeConstructor(): new (type: string) => AstNode {
    function AstNodeOfType(this: { $type: string }, type: string): void {
        this.$type = type;
    }
    AstNodeOfType.prototype = Object.prototype;
    return AstNodeOfType as unknown as new (type: string) => AstNode;
}

const DOLLAR = '$'.charCodeAt(0);

/**
 * Langium's isValidTokenRange (both offsets finite numbers, 0 <= start <= end), read for every
 * token, without its destructuring and four isFinite calls: a comparison with NaN is false, and
 * an end below Infinity bounds a start at or below it.
 */
export function validTokenSpan(token: { startOffset: unknown; endOffset?: unknown }): boolean {
    const start = token.startOffset;
    const end = token.endOffset;
    return typeof start === 'number' && typeof end === 'number' && start >= 0 && end >= start && end < Infinity;
}

/**
 * Langium's check that a rule call read something, `cstNode.length > 0`, without computing the
 * length (the first and last leaves of the node, found through its children, for every call).
 * Every leaf of a tree has text (a token the parser consumed spans at least one character:
 * `validTokenSpan`; comments are never empty), and the builder removes a node that has no
 * children when it closes (cst-node-builder.ts, `construct`), so a node has text exactly when
 * it has children.
 */
export function hasText(cstNode: CstNode): boolean {
    return (cstNode as CompositeCstNode).content.length > 0;
}

/** Langium's node for a datatype rule, whose value is the text of its tokens. */
function isDatatypeNode(node: AstNode | undefined): node is AstNode & { value: string } {
    return (node?.$type as unknown) === DatatypeSymbol;
}

/** A fresh copy of a default value, as Langium's assignMandatoryProperties makes it: lists are never shared. */
function copyDefault(value: unknown): unknown {
    return Array.isArray(value) ? value.map(copyDefault) : value;
}

/** A new parser of this language, before its grammar is built into it (createParser) and it is finalized. */
export function newAutonomyParser(services: LangiumCoreServices): LangiumParser {
    return new AutonomyParser(services) as unknown as LangiumParser;
}
