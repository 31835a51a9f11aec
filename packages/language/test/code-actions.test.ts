import { EmptyFileSystem } from 'langium';
import { testCodeAction, validationHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { createAutonomyServices } from '../src/autonomy-module.js';
import { diagnosticMessage } from '../src/validation/plain-diagnostic.js';
import type { AutonomyFile } from '../src/generated/ast.js';

const services = createAutonomyServices(EmptyFileSystem).Autonomy;
const fix = testCodeAction<AutonomyFile>(services);
const validate = validationHelper<AutonomyFile>(services);

const header = 'model "Fixes" { currency £ }\n';
const practices = 'practice A { list size 1,000 }\npractice B { list size 2,000 }\npractice C { list size 3,000 }\n';

/** An initiative with everything required, so only the line under test is wrong. */
function initiative(lines: string): string {
    return `${header}${practices}collective N {\n    members A, B, C\n    decides by consensus\n}\n` +
        `initiative I {\n    run by N\n    participants A, B\n    current cost A £1,000, B £1,000\n    shared cost £500 fixed\n${lines}}\n`;
}

describe('quick fixes (one action each)', () => {
    it('decides by consensus instead of a vote', async () => {
        const before = `${practices}collective N {\n    members A\n    decides by majority-vote\n}\n`;
        await fix(before, 'collective-decides-by-vote', before.replace('majority-vote', 'consensus'));
    });

    it('adds the missing decision rule, indented like the other lines', async () => {
        const before = `${practices}collective N {\n    members A\n}\n`;
        await fix(before, 'collective-without-decision-rule',
            `${practices}collective N {\n    members A\n    decides by consensus\n}\n`);
    });

    it('adds the missing decision rule to a one-line collective', async () => {
        const before = `${practices}collective N { members A }\n`;
        await fix(before, 'collective-without-decision-rule', `${practices}collective N { members A decides by consensus }\n`);
    });

    it('removes a repeated property line', async () => {
        const before = 'practice A {\n    list size 1,000\n    list size 2,000\n}\n';
        await fix(before, 'duplicate-property', 'practice A {\n    list size 1,000\n}\n');
    });

    it('removes a repeated name from a list', async () => {
        const before = `${practices}collective N {\n    members A, B, A\n    decides by consensus\n}\n`;
        await fix(before, 'duplicate-reference', before.replace('A, B, A', 'A, B'));
    });

    it('rescales explicit shares to sum to 100%', async () => {
        const before = initiative('    charged A 30%, B 45%\n');
        await fix(before, 'shares-do-not-sum-to-100', before.replace('A 30%, B 45%', 'A 40%, B 60%'));
    });

    it('rescales shares with a rounding remainder so they still sum to exactly 100%', async () => {
        const before = initiative('    charged A 10%, B 10%, C 10%\n').replace('participants A, B', 'participants A, B, C')
            .replace('B £1,000\n', 'B £1,000, C £1,000\n');
        await fix(before, 'shares-do-not-sum-to-100', before.replace('A 10%, B 10%, C 10%', 'A 33.4%, B 33.3%, C 33.3%'));
    });

    it('rescales an investment split to sum to 100% (item 20)', async () => {
        const before = initiative('    charged equally\n    investment £9,000 split A 30%, B 45%\n');
        await fix(before, 'investment-split-not-100', before.replace('A 30%, B 45%', 'A 40%, B 60%'));
    });

    it('states the charging rule an investment is split by', async () => {
        const before = initiative('    investment £9,000\n');
        await fix(before, 'investment-without-charging-rule', before.replace('    investment £9,000\n', '    investment £9,000\n    charged by list size\n'));
    });

    it('adds a collective to the members of the collective it trusts (item 19)', async () => {
        const before = `${practices}collective N { members A decides by consensus }\ncollective P { members B decides by consensus }\n`
            + 'trust N -> P { credibility 5 reliability 5 intimacy 5 self-orientation 2 }\n';
        await fix(before, 'trust-for-non-member', before.replace('members B decides', 'members B, N decides'));
    });

    it('adds a participant to the collective it cedes to', async () => {
        const before = initiative('').replace('members A, B, C', 'members B, C');
        await fix(before, 'participant-not-member', before.replace('members B, C', 'members B, C, A'));
    });

    it('adds a practice with a current cost to the participants', async () => {
        const before = initiative('').replace('B £1,000\n', 'B £1,000, C £1,000\n');
        await fix(before, 'current-cost-for-non-participant', before.replace('participants A, B', 'participants A, B, C'));
    });

    it('writes an amount in the model currency', async () => {
        const before = `${header}practice A {\n    list size 1\n    sustainability gap €5,000\n}\n`;
        await fix(before, 'currency-mismatch', before.replace('€5,000', '£5,000'));
    });

    it('rounds an amount finer than a penny', async () => {
        const before = `${header}practice A {\n    list size 1\n    sustainability gap £1,234.567\n}\n`;
        await fix(before, 'sub-penny-amount', before.replace('£1,234.567', '£1,234.56'));
    });

    it('makes a negative value positive', async () => {
        const before = 'practice A {\n    list size -8,200\n}\n';
        await fix(before, 'negative-value', 'practice A {\n    list size 8,200\n}\n');
    });

    it('removes a repeated cession', async () => {
        const before = initiative('    cedes d fully\n    cedes d 50%\n').replace(header, `${header}domain d\n`);
        await fix(before, 'duplicate-cession', before.replace('    cedes d 50%\n', ''));
    });

    it('removes a repeated trust statement', async () => {
        const trust = 'trust A -> N { credibility 7 reliability 6 intimacy 6 self-orientation 3 }\n';
        const before = `${practices}collective N {\n    members A\n    decides by consensus\n}\n${trust}${trust.replace('7', '2')}`;
        await fix(before, 'duplicate-trust-statement', `${practices}collective N {\n    members A\n    decides by consensus\n}\n${trust}`);
    });

    it('removes a repeated import', async () => {
        const before = 'import "register.autonomy"\nimport "register.autonomy"\npractice A { list size 1 }\n';
        const { actions, results } = await actionsFor(before, 'duplicate-import');
        expect(actions.map(a => a.title)).toEqual(['Remove the repeated import']);
        expect(results).toEqual(['import "register.autonomy"\npractice A { list size 1 }\n']);
    });

    it('creates a missing domain', async () => {
        const before = initiative('    cedes documents fully\n');
        await fix(before, 'linking-error', `${before}\ndomain documents "documents"\n`);
    });

    it('offers nothing for a code without a mechanical fix', async () => {
        const before = `${practices}collective N {\n    decides by consensus\n}\n`;
        await fix(before, 'empty-collective', undefined);
    });
});

/** The actions offered for the one diagnostic with `code`, and the text after applying each. */
async function actionsFor(text: string, code: string, documentUri?: string):
    Promise<{ actions: CodeAction[]; results: string[]; diagnostic: Diagnostic }> {
    const result = await validate(text, { documentUri });
    const diagnostic = result.diagnostics.find(d => (d.data as { code?: string } | undefined)?.code === code);
    expect(diagnostic, `no ${code} in:\n${result.diagnostics.map(diagnosticMessage).join('\n')}`).toBeDefined();
    const actions = (await services.lsp.CodeActionProvider!.getCodeActions(result.document, {
        textDocument: { uri: result.document.textDocument.uri },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic!] }
    }) ?? []) as CodeAction[];
    const results = actions.map(a => TextDocument.applyEdits(result.document.textDocument,
        a.edit!.changes![result.document.textDocument.uri]));
    return { actions, results, diagnostic: diagnostic! };
}

async function codesAfter(text: string): Promise<string[]> {
    const result = await validate(text);
    return result.diagnostics.map(d => String((d.data as { code?: string } | undefined)?.code));
}

describe('quick fixes (several actions)', () => {
    it('removes a self-import', async () => {
        const text = 'import "self.autonomy"\npractice A { list size 1 }\n';
        const { actions, results } = await actionsFor(text, 'import-self', 'file:///fixes/self.autonomy');
        expect(actions.map(a => a.title)).toEqual(['Remove the self-import']);
        expect(results).toEqual(['practice A { list size 1 }\n']);
    });

    it('creates a missing member as a practice or a collective', async () => {
        const text = `${practices}collective N {\n    members A, Nowhere\n    decides by consensus\n}\n`;
        const { actions, results } = await actionsFor(text, 'linking-error');
        expect(actions.map(a => a.title)).toEqual(["Create practice 'Nowhere'", "Create collective 'Nowhere'"]);
        expect(results[0]).toBe(`${text}\npractice Nowhere "Nowhere" {\n    list size 0\n}\n`);
        for (const after of results) {
            expect(await codesAfter(after)).not.toContain('linking-error');
        }
    });

    it('compensates an uncompensated loss with the transfer the analysis computed, or shares fairly', async () => {
        const text = [
            'model "Loss" { currency £ }',
            'practice Big { list size 20,000 believes going alone is unsustainable }',
            'practice Small { list size 2,000 believes going alone is unsustainable }',
            'collective Net { members Big, Small decides by consensus }',
            'trust Big -> Net { credibility 8 reliability 8 intimacy 8 self-orientation 2 }',
            'trust Small -> Net { credibility 8 reliability 8 intimacy 8 self-orientation 2 }',
            'initiative Hub {',
            '    run by Net',
            '    participants Big, Small',
            '    current cost Big £20,000, Small £1,000',
            '    shared cost £10,000 fixed',
            '    charged equally',
            '    share as charged',
            '}',
            ''
        ].join('\n');
        const { actions, results, diagnostic } = await actionsFor(text, 'uncompensated-loss');
        // Small pays £5,000 of an equal split for work that cost it £1,000; its fair share is £500.
        expect((diagnostic.data as { transfer: unknown }).transfer).toEqual({ from: 'Big', to: 'Small', amount: 450_000 });
        expect(actions.map(a => a.title)).toEqual(['Add "compensation Big pays Small £4,500 per year"', 'Share fairly instead']);
        expect(results[0]).toBe(text.replace('    share as charged\n', '    share as charged\n    compensation Big pays Small £4,500 per year\n'));
        expect(results[1]).toBe(text.replace('share as charged', 'share fairly'));
        for (const after of results) {
            expect(await codesAfter(after)).not.toContain('uncompensated-loss');
        }
    });
});
