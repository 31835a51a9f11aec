/**
 * The language's parser (src/parser/autonomy-parser.ts) does Langium's work
 * with less of it per token and per node. It must build what Langium's own
 * parser builds from the same services: the same AST (types, values,
 * references as written, property order), the same containers
 * ($container, $containerProperty, $containerIndex), the same CST (offsets,
 * positions, hidden comments, grammar elements, the AST node of each
 * composite) and the same lexer and parser errors, on every example, on
 * broken copies of them, and on each declaration parsed on its own (as the
 * incremental parse does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type AstNode, type CompositeCstNode, type CstNode, type CstNodeBuilder, CstUtils, createLangiumParser, EmptyFileSystem, isCompositeCstNode, isLeafCstNode, isReference, type LangiumParser, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '@autonomy/analysis';
import { createServicesForGrammar } from 'langium/grammar';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { hasText, validTokenSpan } from '../../src/parser/autonomy-parser.js';
import { createAutonomyParser } from '../../src/parser/cst-node-builder.js';
import { canBuildParserRules } from '../../src/parser/parser-rules.js';
import { modelFiles } from '../validation/workspace.js';

const EXAMPLES = join(import.meta.dirname, '../../../../examples');
const TEXTS = modelFiles(EXAMPLES).map(path => readFileSync(path, 'utf8'));

const services = createAutonomyServices(EmptyFileSystem).Autonomy;
const ours = services.parser.LangiumParser;
const langium: LangiumParser = createLangiumParser(services);

type Node = AstNode & Record<string, unknown>;

/** Everything a parse produced, written out with nodes named by their order in a walk of the AST. */
function describeParse(result: ParseResult): string[] {
    const out: string[] = [];
    const ids = new Map<object, number>();
    const nodes: Node[] = [];
    const lists = new Set<unknown>();
    const visit = (node: Node) => {
        ids.set(node, nodes.length);
        nodes.push(node);
        for (const [key, value] of Object.entries(node)) {
            if (key.startsWith('$')) {
                continue;
            }
            if (Array.isArray(value)) {
                // Default values (empty lists) must be copies, never one list shared by two nodes.
                expect(lists.has(value)).toBe(false);
                lists.add(value);
            }
            for (const item of Array.isArray(value) ? value as unknown[] : [value]) {
                if (typeof item === 'object' && item !== null && !isReference(item) && '$type' in item) {
                    visit(item as Node);
                }
            }
        }
    };
    visit(result.value as Node);
    const name = (value: unknown) => (value === undefined ? '-' : ids.has(value as object) ? `#${ids.get(value as object)}` : 'outside the tree');
    for (const node of nodes) {
        const values = Object.keys(node).map(key => {
            const value = node[key];
            if (key === '$cstNode' || key === '$container') {
                return `${key}`;
            }
            const show = (item: unknown) => (isReference(item) ? `ref(${item.$refText})` : typeof item === 'object' && item !== null ? name(item) : JSON.stringify(item));
            return `${key}=${Array.isArray(value) ? `[${value.map(show).join(',')}]` : show(value)}`;
        });
        const cst = node.$cstNode;
        // Nodes are plain objects, whichever way the parser makes them.
        const plain = Object.getPrototypeOf(node) === Object.prototype ? '' : ' (not a plain object)';
        out.push(`${name(node)}${plain} ${values.join(' ')} in ${name(node.$container)}.${node.$containerProperty ?? '-'}[${node.$containerIndex ?? '-'}]`
            + ` cst ${cst ? `${cst.offset}+${cst.length}` : '-'}`);
    }
    const walk = (cst: CstNode, depth: number) => {
        const { start, end } = cst.range;
        const grammar = cst.grammarSource ? `${cst.grammarSource.$type}@${cst.grammarSource.$cstNode?.offset ?? '?'}` : '-';
        const token = isLeafCstNode(cst) ? ` ${cst.tokenType.name}` : '';
        out.push(`${' '.repeat(depth)}${cst.offset}+${cst.length} ${start.line}:${start.character}-${end.line}:${end.character}`
            + ` ${cst.hidden ? 'hidden ' : ''}${grammar}${token} ast ${name(cst.astNode)}${cst.container ? '' : ' root'}`);
        if (isCompositeCstNode(cst)) {
            for (const child of cst.content) {
                expect(child.container).toBe(cst);
                walk(child, depth + 1);
            }
        }
    };
    walk(result.value.$cstNode!, 0);
    out.push(...result.lexerErrors.map(e => `lexer ${e.offset}+${e.length} ${e.message}`));
    out.push(...result.parserErrors.map(e => `parser ${e.token.startOffset} ${e.token.tokenType.name} ${e.name} ${e.message}`
        + ` after ${(e as { previousToken?: { startOffset: number } }).previousToken?.startOffset ?? '-'} resynced ${resynced(e).join(',')}`));
    return out;
}

/** Where the tokens Chevrotain skipped to recover from an error start (its typings come through Langium's as unresolved). */
function resynced(error: object): number[] {
    return ((error as { resyncedTokens?: Array<{ startOffset: number }> }).resyncedTokens ?? []).map(token => token.startOffset);
}

function expectSameParse(text: string, rule?: string): void {
    const options = rule ? { rule } : undefined;
    expect(describeParse(ours.parse(text, options))).toEqual(describeParse(langium.parse(text, options)));
}

/** Deletes, duplicates or cuts a few lines, and drops a few characters: parse errors and recovery. */
function broken(text: string, seed: number): string {
    const random = new SeededRandom(seed);
    const lines = text.split('\n');
    for (let i = 0; i < 3; i++) {
        const at = random.int(0, lines.length - 1);
        const roll = random.int(0, 2);
        if (roll === 0) {
            lines.splice(at, 1);
        } else if (roll === 1) {
            lines.splice(at, 0, lines[at]);
        } else {
            lines[at] = lines[at].slice(0, random.int(0, lines[at].length));
        }
    }
    return lines.join('\n');
}

/** Every declaration of the examples, as written (with the comments inside it). */
const DECLARATIONS = TEXTS.flatMap(text => (langium.parse(text).value.$cstNode as CompositeCstNode).content
    .filter(child => !child.hidden).map(child => child.text));

/** Every keyword and punctuation of the language, and a few names, literals and stray characters: what a mutation inserts. */
const WORDS = [...Object.keys(services.parser.Lexer.definition).filter(name => !/^[A-Z_]+$/.test(name)),
    'Abbey-Road', 'X', '£60,000', '40%', '8,200', '"title"', '/* c */', '// c\n', '-', '@', '"open'];

/**
 * A generated model: declarations of the examples in a random order, some
 * twice, and, when `mutations` > 0, that many edits at token boundaries: a
 * word inserted, a token dropped or two swapped, a line cut short.
 */
function generated(seed: number, mutations: number): string {
    const random = new SeededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[random.int(0, list.length - 1)];
    const parts: string[] = [];
    for (let i = random.int(5, 40); i > 0; i--) {
        parts.push(pick(DECLARATIONS));
    }
    const words = parts.join(pick(['\n', '\n\n', ' ', '\n// between\n', '\r\n'])).split(/(?<=\s)(?=\S)/);
    for (let i = 0; i < mutations; i++) {
        const at = random.int(0, words.length - 1);
        switch (random.int(0, 3)) {
            case 0: words.splice(at, 0, pick(WORDS) + pick([' ', '', '\n'])); break;
            case 1: words.splice(at, 1); break;
            case 2: [words[at], words[0]] = [words[0], words[at]]; break;
            default: words[at] = words[at].slice(0, random.int(0, words[at].length));
        }
    }
    return words.join('');
}

describe('the language parser', () => {
    it('is not Langium\'s own parser (else this test compares a parser with itself)', () => {
        expect(Object.getPrototypeOf(ours)).not.toBe(Object.getPrototypeOf(langium));
    });

    it('builds its rules itself for this grammar (else the comparisons compare Langium\'s rules with themselves)', () => {
        expect(canBuildParserRules(services.Grammar)).toBe(true);
    });

    it('checks a token\'s span as Langium does, whatever its offsets (property)', () => {
        const offset = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0), fc.anything());
        fc.assert(fc.property(offset, offset, (startOffset, endOffset) => {
            const token = { startOffset, endOffset } as { startOffset: number; endOffset: number };
            expect(validTokenSpan(token)).toBe(CstUtils.isValidTokenRange(token));
        }), { numRuns: 2000 });
    });

    it('tells a rule call that read something by its children as Langium does by its length, on broken texts (property)', () => {
        // Every node a rule closes, those that read nothing (and leave the tree) included: what the parser asks `hasText` of.
        const recording = createAutonomyParser(services);
        const builder = (recording as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder;
        const closed: CstNode[] = [];
        const construct = builder.construct.bind(builder);
        builder.construct = item => {
            closed.push(builder.current);
            construct(item);
        };
        let empty = 0;
        fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 12 }), (seed, mutations) => {
            closed.length = 0;
            recording.parse(generated(seed, mutations));
            for (const node of closed) {
                if (isCompositeCstNode(node)) {
                    expect(hasText(node)).toBe(node.length > 0);
                    empty += node.length > 0 ? 0 : 1;
                }
            }
        }), { numRuns: 150 });
        // Rule calls that read nothing (removed when they close) are among them.
        expect(empty).toBeGreaterThan(0);
    });

    it('builds what Langium builds from generated models', () => {
        for (let seed = 1; seed <= 40; seed++) {
            expectSameParse(generated(seed, 0));
        }
    });

    it('builds what Langium builds from generated models with words inserted, dropped, swapped and cut', () => {
        let withErrors = 0;
        for (let seed = 1; seed <= 150; seed++) {
            const text = generated(1000 + seed, 1 + (seed % 12));
            const expected = langium.parse(text);
            withErrors += expected.parserErrors.length > 0 ? 1 : 0;
            expect(describeParse(ours.parse(text))).toEqual(describeParse(expected));
        }
        expect(withErrors).toBeGreaterThan(100);
    });

    it('builds what Langium builds from every example', () => {
        expect(TEXTS.length).toBeGreaterThan(20);
        for (const text of TEXTS) {
            expectSameParse(text);
        }
    });

    it('builds what Langium builds from broken copies of the examples, errors and recovery included', () => {
        let withErrors = 0;
        TEXTS.forEach((text, i) => {
            for (let seed = 1; seed <= 4; seed++) {
                const copy = broken(text, 100 * i + seed);
                withErrors += langium.parse(copy).parserErrors.length > 0 ? 1 : 0;
                expectSameParse(copy);
            }
        });
        // The copies must exercise recovery, not only valid text.
        expect(withErrors).toBeGreaterThan(TEXTS.length);
    });

    it('builds what Langium builds from each declaration parsed on its own, as the incremental parse does', () => {
        const text = TEXTS.find(t => t.includes('initiative') && t.includes('collective') && t.includes('trust'))!;
        const root = langium.parse(text).value;
        let declarations = 0;
        for (const child of (root.$cstNode as CompositeCstNode).content) {
            const node = child.astNode;
            if (!child.hidden && node !== root) {
                declarations++;
                expectSameParse(child.text, node.$type);
            }
        }
        expect(declarations).toBeGreaterThan(5);
    });

    it('builds what Langium builds whatever is typed into an example (property)', () => {
        const text = TEXTS[0];
        fc.assert(fc.property(
            fc.nat(text.length), fc.nat(12), fc.constantFrom('', ' ', '\n', '{', '}', ',', '/* c */', '// c\n', '"', 'practice X {', 'members A, B', '£1,000', '40%', '->'),
            (at, cut, insert) => {
                expectSameParse(text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut)));
            }), { numRuns: 60 });
    });

    // An unassigned call after assignments moves the caller's children to the called rule's node;
    // an assigned action makes the node so far a child of a new one; infix rules rebuild their nodes after the parse.
    const otherGrammars = {
        'calls that take over a node, assigned actions': {
            rules: `
                entry Model: (items+=Item)*;
                Item: Tagged | Chain;
                Tagged: '@' tags+=Tag (',' tags+=Tag)* Thing;
                Thing: 'thing' name=ID;
                Tag: name=ID;
                Chain: 'chain' Link ({infer Chained.previous=current} '>' next=Link)*;
                Link: {infer Link} name=ID;`,
            texts: ['@ a, b // tags\n thing x @ c thing y', 'chain a > b > c chain d', '@ a, thing x chain > b @ thing', '@ a b thing x']
        },
        'fragments, one or more, optional groups, qualified references': {
            rules: `
                entry Model: (items+=Item)+;
                Item: Def | Use;
                fragment Named: name=ID;
                Def: 'def' Named ('(' params+=ID (',' params+=ID)* ')')? ';';
                Use: 'use' target=[Def:QName] ('as' alias=ID)? flags+=('a' | 'b')* ';';
                QName returns string: ID ('.' ID)*;`,
            texts: ['def x; def y(a, b); use x as z a b; use x.y; // end', 'def (a; use ; def z(a,; use x.y. b', 'use x a a b b a ; def q', '']
        },
        'infix rules': {
            rules: `
                entry Model: (items+=Statement)*;
                Statement: 'let' name=ID '=' value=Sum ';';
                Primary: {infer Literal} value=INT | '(' Sum ')';
                infix Sum on Primary: '*' | '/' > '+' | '-';`,
            texts: ['let x = 1 + 2 * (3 - 4) / 5; let y = (1);', 'let = 1 + ; let z = (2 * ;']
        }
    };

    for (const [features, { rules, texts }] of Object.entries(otherGrammars)) {
        it(`builds what Langium builds for grammar features this language does not use yet: ${features}`, async () => {
            const grammar = `grammar Other
                ${rules}
                hidden terminal WS: /\\s+/;
                hidden terminal COMMENT: /\\/\\/[^\\n]*/;
                terminal ID: /[a-z]+/;
                terminal INT returns number: /[0-9]+/;`;
            const other = await createServicesForGrammar({ grammar });
            const [mine, theirs] = [createAutonomyParser(other), createLangiumParser(other)];
            // Infix rules are left to Langium's builder (parser-rules.ts); the rest is built by the language's.
            expect(canBuildParserRules(other.Grammar)).toBe(!features.startsWith('infix'));
            let nodes = 0;
            for (const text of texts) {
                const expected = describeParse(theirs.parse(text));
                expect(describeParse(mine.parse(text))).toEqual(expected);
                nodes += expected.length;
            }
            expect(nodes).toBeGreaterThan(30);
        });
    }
});
