import { expectCompletion } from 'langium/test';
import { parseHelper } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const complete = expectCompletion(Autonomy);

function labels(list: CompletionList): string[] {
    return [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(item => item.label);
}

const LOCALITY = `
domain documents weight 2
domain visiting
practice Zed { list size 100 }
practice Mid { list size 200 }
practice Alpha { list size 300 }
collective Inner { members Mid }
collective C { members Zed, Inner decides by consensus }
`;

describe('completion', () => {
    it('offers the decision rules after `decides by`, consensus first', async () => {
        await complete({
            text: 'collective C { decides by <|> }',
            index: 0,
            expectedItems: ['consensus', 'delegation', 'majority-vote', 'weighted-vote']
        });
    });

    it('offers the collective kinds after `kind`', async () => {
        await complete({
            text: 'collective C { kind <|> }',
            index: 0,
            assert: list => {
                expect(new Set(labels(list))).toEqual(new Set(['network', 'federation', 'super-partnership', 'leadership-group', 'group']));
                expect(list.items.find(i => i.label === 'network')?.detail).toMatch(/primary care network/);
            }
        });
    });

    it('offers the domains in scope after `cedes`, and nothing else', async () => {
        await complete({
            text: `${LOCALITY}initiative I { run by C cedes <|> }`,
            index: 0,
            assert: list => expect(labels(list)).toEqual(['documents', 'visiting'])
        });
    });

    it("lists the running collective's practices (including nested members) first when completing participants", async () => {
        await complete({
            text: `${LOCALITY}initiative I { run by C participants <|> }`,
            index: 0,
            assert: list => {
                // Alpha sorts first by name but is not a member of C.
                expect(labels(list).slice(0, 3)).toEqual(['Mid', 'Zed', 'Alpha']);
                expect(list.items.find(i => i.label === 'Zed')?.detail).toMatch(/member of C/);
                expect(list.items.find(i => i.label === 'Alpha')?.detail).not.toMatch(/member of/);
            }
        });
    });

    it('does not offer a participant already listed', async () => {
        await complete({
            text: `${LOCALITY}initiative I { run by C participants Zed, <|> }`,
            index: 0,
            assert: list => {
                const names = labels(list);
                expect(names).not.toContain('Zed');
                expect(names.slice(0, 2)).toEqual(['Mid', 'Alpha']);
            }
        });
    });

    it('offers only practices (no collectives, no domains) for participants', async () => {
        await complete({
            text: `${LOCALITY}initiative I { participants <|> }`,
            index: 0,
            assert: list => {
                const names = labels(list);
                expect(names).toEqual(expect.arrayContaining(['Zed', 'Mid', 'Alpha']));
                expect(names).not.toContain('C');
                expect(names).not.toContain('documents');
            }
        });
    });

    it('offers the declaration keywords at the top level', async () => {
        await complete({
            text: 'domain a\n<|>',
            index: 0,
            assert: list => expect(labels(list)).toEqual(expect.arrayContaining(
                ['practice', 'collective', 'trust', 'initiative', 'merger', 'partner', 'domain', 'model']))
        });
    });

    it('offers the properties of a practice inside its block', async () => {
        await complete({
            text: 'practice P {\n    <|>\n}',
            index: 0,
            assert: list => {
                const names = labels(list);
                expect(names).toEqual(expect.arrayContaining(['list', 'sustainability', 'crisis', 'believes']));
                expect(names).not.toContain('members');
            }
        });
    });

    it('offers names declared in an imported file', async () => {
        await parseHelper(Autonomy)('practice Shared { list size 5 }\ncollective Net { members Shared }', { documentUri: 'file:///ws/register.autonomy' });
        await complete({
            text: 'import "register.autonomy"\npractice Local { list size 1 }\ninitiative I { run by Net participants <|> }',
            index: 0,
            parseOptions: { documentUri: 'file:///ws/scenario.autonomy' },
            assert: list => expect(labels(list).slice(0, 2)).toEqual(['Shared', 'Local'])
        });
    });

    it('does not offer names from a file that is not imported', async () => {
        await parseHelper(Autonomy)('practice Elsewhere { list size 5 }', { documentUri: 'file:///ws/other.autonomy' });
        await complete({
            text: 'practice Local { list size 1 }\ninitiative I { participants <|> }',
            index: 0,
            parseOptions: { documentUri: 'file:///ws/alone.autonomy' },
            assert: list => {
                expect(labels(list)).toContain('Local');
                expect(labels(list)).not.toContain('Elsewhere');
            }
        });
    });
});

describe('completion in trust statements', () => {
    it('offers first the collectives the practice belongs to, nested ones included', async () => {
        await complete({
            text: `${LOCALITY}collective Aardvark { members Alpha }\ntrust Mid -> <|>`,
            index: 0,
            assert: list => {
                // Mid is in Inner, and through Inner in C; Aardvark sorts first by name but does not hold Mid.
                expect(labels(list)).toEqual(['C', 'Inner', 'Aardvark']);
                expect(list.items.find(i => i.label === 'C')?.detail).toMatch(/Mid is a member/);
            }
        });
    });
});

describe('completion of import paths', () => {
    const services = createTestServices().Autonomy;
    const completeIn = expectCompletion(services);

    it('offers the other model files, relative to this one, replacing the whole string', async () => {
        const parse = parseHelper(services);
        await parse('practice R { list size 1 }', { documentUri: 'file:///ws/shared/register.autonomy' });
        await parse('domain d', { documentUri: 'file:///ws/domains.autonomy' });
        // This one imports the scenario below, so offering it there would make a cycle.
        await parse('import "scenarios/north.autonomy"', { documentUri: 'file:///ws/overview.autonomy' });
        for (const text of ['import "<|>"', 'import <|>', 'import "../domains.autonomy"\nimport "<|>"']) {
            await completeIn({
                text,
                index: 0,
                parseOptions: { documentUri: 'file:///ws/scenarios/north.autonomy' },
                disposeAfterCheck: true,
                assert: list => {
                    const offered = list.items.map(item => item.label).sort();
                    const expected = text.includes('../domains.autonomy"\n') ? ['../shared/register.autonomy'] : ['../domains.autonomy', '../shared/register.autonomy'];
                    expect(offered, text).toEqual(expected);
                    const edit = list.items.find(item => item.label === '../shared/register.autonomy')!.textEdit as { newText: string; range: { start: { character: number }; end: { character: number } } };
                    expect(edit.newText).toBe('"../shared/register.autonomy"');
                    // From the opening quote (or the cursor) to past the closing quote, if any.
                    const line = text.split('\n').pop()!.replace('<|>', '');
                    expect(edit.range.start.character).toBe('import '.length);
                    expect(edit.range.end.character).toBe(line.length);
                }
            });
        }
    });
});

describe('completion of practices elsewhere in an initiative', () => {
    for (const [where, text] of [
        ['a current cost', 'current cost <|>'],
        ['an explicit share', 'charged Zed 50%, <|>'],
        ['a compensation', 'compensation Zed pays <|>'],
        ['a coalition', 'coalition <|>'],
        ['a cession', 'cedes documents fully for <|>']
    ]) {
        it(`offers the initiative's participants first in ${where}`, async () => {
            await complete({
                text: `${LOCALITY}initiative I { run by C participants Zed, Alpha\n    ${text} }`,
                index: 0,
                assert: list => {
                    const names = labels(list);
                    // Alpha and Zed take part; Mid (a member of C) does not, so it comes after them.
                    expect(names.slice(0, 3), text).toEqual(['Alpha', 'Zed', 'Mid']);
                    expect(list.items.find(i => i.label === 'Alpha')?.detail).toMatch(/participant of I/);
                }
            });
        });
    }
});
