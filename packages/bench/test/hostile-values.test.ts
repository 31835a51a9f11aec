/**
 * Hostile values and structures: every stage must survive them, flag what
 * is wrong with a diagnostic inside the document, and stay bounded in time.
 */
import { diagnosticCode, diagnosticMessage } from '@autonomy/language';
import type { LangiumDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInput, createHarness, type Harness } from '../src/robustness-harness.js';

let harness: Harness;
const tally = { tried: 0, failed: 0 };

beforeAll(() => {
    harness = createHarness();
});

afterAll(() => {
    console.log(`hostile-values: ${tally.tried} inputs tried, ${tally.failed} failing`);
});

function codes(documents: LangiumDocument[]): string[] {
    // Langium's own diagnostics (lexing, parsing, linking) carry their code in `data`.
    return documents.flatMap(d => (d.diagnostics ?? []).map(x => x.code !== undefined || (x.data as { code?: string } | undefined)?.code !== undefined ? diagnosticCode(x) : diagnosticMessage(x)));
}

async function survive(files: Array<{ path: string; text: string }>, options: { budgetMs?: number; pdf?: boolean } = {}): Promise<{ codes: string[]; analysis: unknown; documents: LangiumDocument[] }> {
    tally.tried++;
    let seen: { codes: string[]; analysis: unknown; documents: LangiumDocument[] } = { codes: [], analysis: undefined, documents: [] };
    const problems = await checkInput(harness, files, {
        format: true, budgetMs: options.budgetMs ?? 5000, pdf: options.pdf,
        inspect: (documents, analysis) => {
            seen = { codes: codes(documents), analysis, documents };
        }
    });
    if (problems.length > 0) {
        tally.failed++;
    }
    expect(problems).toEqual([]);
    return seen;
}

/** Every number in the analysis result is finite: no NaN or Infinity reaches a report. */
function nonFinite(value: unknown, path = 'result'): string[] {
    if (typeof value === 'number') {
        return Number.isFinite(value) ? [] : [`${path} = ${value}`];
    }
    if (Array.isArray(value)) {
        return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
    }
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
    }
    return [];
}

const DOMAIN = 'domain documents "Documents" weight 2\n';
const practice = (id: string, body: string) => `practice ${id} {\n    ${body}\n}\n`;

function initiativeModel(practices: Array<[string, string]>, extra = ''): string {
    const ids = practices.map(([id]) => id);
    return [
        'model "Hostile" { currency £ horizon 5 years trust threshold 3 }',
        DOMAIN,
        ...practices.map(([id, body]) => practice(id, body)),
        `collective Net { kind network members ${ids.join(', ')} decides by consensus }`,
        `initiative Hub {\n    run by Net\n    participants ${ids.join(', ')}\n    cedes documents fully\n    current cost ${ids.map(id => `${id} £10,000`).join(', ')}\n    shared cost £5,000 fixed + £1.50 per patient\n    charged by list size\n    share fairly\n${extra}}`
    ].join('\n');
}

describe('hostile values', () => {
    it('enormous numbers are flagged or computed, never crash', async () => {
        const text = initiativeModel([
            ['Huge', 'list size 999,999,999,999,999,999,999,999 sustainability gap £999,999,999,999,999,999,999.99 crisis risk 100%'],
            ['Big', 'list size 123456789012345678901234567890 crisis risk 99.9999999999%']
        ]);
        const { analysis } = await survive([{ path: 'huge.autonomy', text }]);
        expect(nonFinite(analysis)).toEqual([]);
    });

    it('negative numbers are flagged as errors', async () => {
        const text = initiativeModel([
            ['Minus', 'list size -8,200 sustainability gap -£12,000 crisis risk -40%'],
            ['Plus', 'list size 4,000 crisis risk 10%']
        ]) + '\ntrust Minus -> Net { credibility -3 reliability 4 intimacy 4 self-orientation -2 }\n';
        const { codes: found, analysis } = await survive([{ path: 'negative.autonomy', text }]);
        expect(found).toContain('negative-value');
        expect(nonFinite(analysis)).toEqual([]);
    });

    it('zero self-orientation is an error, not a division by zero', async () => {
        const text = initiativeModel([['A', 'list size 5,000'], ['B', 'list size 6,000']])
            + '\ntrust A -> Net { credibility 5 reliability 5 intimacy 5 self-orientation 0 }\n';
        const { codes: found, analysis } = await survive([{ path: 'zero-so.autonomy', text }]);
        expect(found).toContain('zero-self-orientation');
        expect(nonFinite(analysis)).toEqual([]);
    });

    it('zero list sizes: charging by list size and per-patient costs stay finite', async () => {
        const text = initiativeModel([['A', 'list size 0'], ['B', 'list size 0'], ['C', 'list size 0']]);
        const { analysis } = await survive([{ path: 'zero-lists.autonomy', text }], { pdf: true, budgetMs: 30_000 });
        expect(nonFinite(analysis)).toEqual([]);
    });

    it('10,000 participants in one initiative: the analysis falls back to an estimate', async () => {
        const ids = Array.from({ length: 10_000 }, (_, i) => `P${i}`);
        const text = [
            'model "Crowd" { currency £ horizon 5 years trust threshold 3 }',
            DOMAIN,
            ...ids.map((id, i) => `practice ${id} { list size ${1000 + (i % 50) * 100} }`),
            `collective Big { kind federation members ${ids.join(', ')} decides by consensus }`,
            `initiative Everyone {\n    run by Big\n    participants ${ids.join(', ')}\n    cedes documents 10%\n    current cost ${ids.map(id => `${id} £2,000`).join(', ')}\n    shared cost £1,000,000 fixed + £0.50 per patient\n    charged equally\n    share fairly\n}`
        ].join('\n');
        const { analysis } = await survive([{ path: 'crowd.autonomy', text }], { budgetMs: 90_000 });
        if (!analysis) {
            console.warn('SKIPPED ASSERTION: no analysis package, the estimate fallback is not checked');
            return;
        }
        const initiative = (analysis as { initiatives: Array<{ method: string; shares: Array<{ fairShareStandardError?: number }> }> }).initiatives[0];
        expect(initiative.method).toBe('monte-carlo');
        expect(initiative.shares).toHaveLength(10_000);
        expect(initiative.shares.every(s => typeof s.fairShareStandardError === 'number')).toBe(true);
    }, 120_000);

    it('deeply nested collectives (1,000 levels) do not overflow the stack', async () => {
        const depth = 1000;
        const lines = ['model "Deep" { currency £ horizon 5 years trust threshold 3 }', DOMAIN, practice('Solo', 'list size 5,000'), practice('Duo', 'list size 4,000')];
        lines.push('collective C0 { kind network members Solo, Duo decides by consensus }');
        for (let i = 1; i < depth; i++) {
            lines.push(`collective C${i} { kind group members C${i - 1} decides by consensus }`);
        }
        lines.push(`initiative Top {\n    run by C${depth - 1}\n    participants Solo, Duo\n    cedes documents fully\n    current cost Solo £9,000, Duo £8,000\n    shared cost £10,000 fixed\n    charged equally\n    share fairly\n}`);
        await survive([{ path: 'deep.autonomy', text: lines.join('\n') }], { budgetMs: 20_000 });
    }, 60_000);

    it('a membership cycle is an error, not a hang', async () => {
        const text = ['model "Loop" { currency £ horizon 5 years trust threshold 3 }', practice('A', 'list size 5,000'),
            'collective X { kind network members A, Y decides by consensus }',
            'collective Y { kind network members X decides by consensus }'].join('\n');
        const { codes: found } = await survive([{ path: 'loop.autonomy', text }]);
        expect(found).toContain('membership-cycle');
    });

    it('import cycles and self-imports are errors, not hangs', async () => {
        const { codes: found } = await survive([
            { path: 'a.autonomy', text: 'import "b.autonomy"\nimport "a.autonomy"\npractice A { list size 1,000 }\n' },
            { path: 'b.autonomy', text: 'import "c.autonomy"\npractice B { list size 1,000 }\n' },
            { path: 'c.autonomy', text: 'import "a.autonomy"\npractice C { list size 1,000 }\n' }
        ]);
        expect(found).toContain('import-cycle');
        expect(found).toContain('import-self');
    });

    it('imports of missing files, folders and files outside the workspace are flagged', async () => {
        const { codes: found } = await survive([{
            path: 'imports.autonomy',
            text: 'import "missing.autonomy"\nimport "."\nimport "sub/"\nimport "../../../../etc/passwd"\nimport "/dev/zero"\nimport ""\npractice A { list size 1,000 }\n'
        }]);
        expect(found.filter(c => c === 'import-not-found').length).toBeGreaterThanOrEqual(5);
    });

    it('non-UTF-8 bytes, NUL and lone surrogates give lexing errors inside the document', async () => {
        const bytes = Buffer.from([0x70, 0x72, 0x61, 0x63, 0x74, 0x69, 0x63, 0x65, 0x20, 0xff, 0xfe, 0xa3, 0x35, 0x00, 0x0a, 0xc3, 0x28]);
        const text = `${bytes.toString('utf8')}\n${practice('Ok', 'list size 1,000')}\ud800 practice \udfff Z { }\n\u0000\u0001\u202e`;
        const { codes: found } = await survive([{ path: 'bytes.autonomy', text }]);
        expect(found).toContain('lexing-error');
    });

    it('an empty file and a file of only comments are fine', async () => {
        await survive([{ path: 'empty.autonomy', text: '' }]);
        await survive([{ path: 'comments.autonomy', text: '// nothing\n/* still nothing */\n' }]);
    });
});

describe('hostile files on disk, through the CLI', () => {
    it('directories, files outside the folder, missing files and non-UTF-8 bytes get messages, not stack traces', async () => {
        const { spawnSync } = await import('node:child_process');
        const { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        // eslint-disable-next-line @typescript-eslint/unbound-method -- node:path's functions do not use `this`
        const { join } = await import('node:path');
        const { CLI_ENTRY } = await import('../src/cli-throughput.js');
        if (!existsSync(CLI_ENTRY)) {
            console.warn(`SKIPPED: the CLI is not built (${CLI_ENTRY} missing), so hostile files on disk are not checked`);
            return;
        }
        const root = mkdtempSync(join(tmpdir(), 'autonomy-hostile-'));
        try {
            const folder = join(root, 'models');
            mkdirSync(join(folder, 'sub.autonomy'), { recursive: true });
            writeFileSync(join(root, 'outside.autonomy'), 'practice Outside { list size 1,000 }\n');
            writeFileSync(join(folder, 'imports.autonomy'), 'import "../outside.autonomy"\nimport "sub.autonomy"\nimport "missing.autonomy"\nimport "/etc"\nimport "/dev/null"\npractice A { list size 1,000 }\n');
            tally.tried++;
            const run = spawnSync(process.execPath, [CLI_ENTRY, 'validate', folder], { cwd: root, encoding: 'utf8', timeout: 60_000 });
            const output = `${run.stdout}\n${run.stderr}`;
            const clean = run.status === 1 && !/^\s+at .+:\d+:\d+\)?$/m.test(output) && /imports\.autonomy:3/.test(output);
            if (!clean) {
                tally.failed++;
            }
            expect(run.status, output).toBe(1);
            expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
            // Importing a folder (line 2) or /etc (line 4) is not flagged yet: reported in docs/performance.md.
            expect(output).toMatch(/imports\.autonomy:3/);
            // Binary bytes in a model file: refused as an unreadable input (exit 2, docs/cli.md), named, no stack trace.
            writeFileSync(join(folder, 'bytes.autonomy'), Buffer.from([0x70, 0x72, 0x61, 0x63, 0x74, 0x69, 0x63, 0x65, 0x20, 0xff, 0xfe, 0xa3, 0x00, 0x0a, 0xc3, 0x28, 0x0a]));
            const bytes = spawnSync(process.execPath, [CLI_ENTRY, 'validate', folder], { cwd: root, encoding: 'utf8', timeout: 60_000 });
            const bytesOutput = `${bytes.stdout}\n${bytes.stderr}`;
            expect(bytes.status, bytesOutput).toBe(2);
            expect(bytesOutput).toMatch(/bytes\.autonomy: this file holds binary data/);
            expect(bytesOutput).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    }, 90_000);
});
