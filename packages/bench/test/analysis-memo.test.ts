/**
 * The editor's analysis caches against none: the domain records kept per
 * declaration (language, domain-model/declaration-records.ts), the clean
 * records, the initiative figures found by identity and the findings kept per
 * initiative (analysis: clean-records.ts, initiative-cache.ts,
 * findings-memo.ts). Random edits are typed into an open generated model as
 * the editor types them: digits into list sizes, costs, risks, trust
 * components and shares (figures), characters into titles (the findings'
 * words), into a declaration's name (references then lead elsewhere or
 * nowhere) and new lines between and inside declarations (positions: inside
 * one, the declarations kept below it move). After every edit, the editor's domain
 * model and analysis must equal the model built with no kept records and
 * analysed with no cache, the findings grouped by cause must be the same, and
 * every declaration's source must be where its syntax node's range starts.
 */
import { analyse, findingsByCause } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import { ast, createAutonomyServices, DomainModelBuilder } from '@autonomy/language';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../src/generate-model.js';
import { OpenDocument } from '../src/open-document.js';

const EDITOR = { exactLimit: 12, samples: 1_000, stableSplitLimit: 8, stableSplitForFindingsOnly: true };

/** Where an edit types: after the n-th match of its pattern (wrapping round), what it inserts or deletes. */
const EDITS = {
    digit: { pattern: /\d/g, insert: '7' },
    'delete digit': { pattern: /\d(?=\d)/g, remove: 1 },
    title: { pattern: /"[A-Z]/g, insert: 'q' },
    rename: { pattern: /^(?:practice|collective|initiative|domain) \w/gm, insert: 'z' },
    'unrename': { pattern: /^(?:practice|collective|initiative|domain) z/gm, remove: 1, back: true },
    line: { pattern: /\n(?=[a-z])/g, insert: '\n' },
    // Inside a declaration: only it is parsed again, and every kept declaration below it moves down.
    'inner line': { pattern: /\n(?=[ \t]+[a-z])/g, insert: '\n' }
} as const satisfies Record<string, { pattern: RegExp; insert?: string; remove?: number; back?: boolean }>;

type EditKind = keyof typeof EDITS;

function apply(text: string, kind: EditKind, n: number): string {
    const edit: { pattern: RegExp; insert?: string; remove?: number; back?: boolean } = EDITS[kind];
    const matches = [...text.matchAll(edit.pattern)];
    if (matches.length === 0) {
        return text;
    }
    const match = matches[n % matches.length];
    const at = match.index + match[0].length - (edit.back ? 1 : 0);
    return edit.remove ? text.slice(0, at) + text.slice(at + edit.remove) : text.slice(0, at) + edit.insert + text.slice(at);
}

function records(model: DomainModel): object[] {
    return [...model.domains, ...model.practices, ...model.collectives, ...model.trust, ...model.initiatives, ...model.mergers, ...model.partners];
}

describe('the analysis caches give what no cache gives', () => {
    test('on generated models under random edits', async () => {
        let reused = 0;
        await fc.assert(fc.asyncProperty(
            fc.integer({ min: 1, max: 1_000 }),
            fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS) as EditKind[]), fc.nat()), { minLength: 4, maxLength: 12 }),
            async (seed, edits) => {
                const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
                Autonomy.analysis.AnalysisProvider.configure({ ...EDITOR, timeBudgetMs: undefined });
                const uncached = new DomainModelBuilder(Autonomy);
                uncached.keepRecords = false;
                let text = generateModel({ lines: 400, seed, singleFile: true }).files[0].text;
                const open = await OpenDocument.open(shared, URI.parse(`file:///memo/${seed}.autonomy`), text);
                let previous: Set<object> | undefined;
                for (const [kind, n] of edits) {
                    text = apply(text, kind, n);
                    await open.type(text);
                    const editor = Autonomy.analysis.AnalysisProvider.getAnalysis(open.document)!;
                    const model = uncached.build(open.document);
                    const where = `seed ${seed}, after ${kind} ${n}`;
                    expect(JSON.stringify(editor.model), where).toBe(JSON.stringify(model));
                    const plain = analyse(model, EDITOR);
                    expect(JSON.stringify(editor.result), where).toBe(JSON.stringify(plain));
                    expect(JSON.stringify(findingsByCause(editor.model, editor.result)), where).toBe(JSON.stringify(findingsByCause(model, plain)));
                    reused += previous ? records(editor.model).filter(r => previous!.has(r)).length : 0;
                    previous = new Set(records(editor.model));
                }
                // Every record's source is where a declaration's syntax node's range starts.
                const starts = new Set((open.document.parseResult.value as ast.AutonomyFile).elements.map(e => `${e.$cstNode?.range.start.line}:${e.$cstNode?.range.start.character}`));
                for (const record of records(Autonomy.analysis.AnalysisProvider.getAnalysis(open.document)!.model)) {
                    const source = (record as { source?: { line: number; character: number } }).source;
                    expect(source && starts.has(`${source.line}:${source.character}`), JSON.stringify(record)).toBe(true);
                }
            }
        ), { numRuns: 8 });
        // The records were kept (so the caches keyed by them were used), not built anew each time.
        expect(reused).toBeGreaterThan(1_000);
    }, 240_000);
});
