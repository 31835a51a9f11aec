/** `autonomy sensitivity` and `autonomy compare`, run as a user runs them. */
import { readFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ComparisonResult, SensitivityResult } from '@autonomy/analysis';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from './run-cli.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const HUB = path.join(EXAMPLES, 'document-hub.autonomy');
const WESTBROOK = ['vote', 'consensus', 'vote-merged', 'consensus-merged'].map(n => path.join(EXAMPLES, 'westbrook', `${n}.autonomy`));

beforeAll(requireBuiltCli);

/** Each test starts the CLI several times; on a shared, loaded machine one start can take seconds. */
const SLOW = 180_000;

describe('autonomy sensitivity', () => {
    it('--format json prints a result whose fragile verdicts are those with a flip inside their band', () => {
        const run = runCli(['sensitivity', '--format', 'json', HUB]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const result = JSON.parse(run.stdout) as SensitivityResult;
        expect(result.verdicts.length).toBeGreaterThan(0);
        for (const v of result.verdicts) {
            expect(v.fragile).toBe(v.breakEvens.some(b => b.down?.withinFragileBand === true || b.up?.withinFragileBand === true));
        }
        expect(result.verdicts.some(v => v.fragile)).toBe(true);
    }, SLOW);

    it('pretty output marks exactly the fragile verdicts FRAGILE', () => {
        const json = JSON.parse(runCli(['sensitivity', '--format', 'json', HUB]).stdout) as SensitivityResult;
        const run = runCli(['sensitivity', '--format', 'pretty', HUB]);
        expect(run.code).toBe(0);
        for (const v of json.verdicts) {
            const line = run.stdout.split('\n').find(l => l.startsWith(`${v.subject}: `))!;
            expect(line, v.subject).toBeDefined();
            expect(line.includes('FRAGILE')).toBe(v.fragile);
        }
    }, SLOW);

    it('md output is a document with the sensitivity section', () => {
        const run = runCli(['sensitivity', '--format', 'md', '--date', '2026-12-01', HUB]);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('## Sensitivity and break-even');
        expect(run.stdout).toContain('2026-12-01');
    }, SLOW);

    it('a model with errors: exit 1, nothing analysed; no model: exit 2 with the usage', () => {
        const broken = path.join(EXAMPLES, 'broken', 'unresolved-names.autonomy');
        const run = runCli(['sensitivity', broken]);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('fix them first');
        const none = runCli(['sensitivity']);
        expect(none.code).toBe(2);
        expect(none.stderr).toContain('name exactly one model file');
    }, SLOW);
});

describe('autonomy compare', () => {
    it('--format json matches practices by name across the Westbrook scenarios and marks the merged ones', () => {
        const run = runCli(['compare', '--format', 'json', ...WESTBROOK]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const c = JSON.parse(run.stdout) as ComparisonResult;
        expect(c.scenarios.map(s => s.name)).toEqual(['vote', 'consensus', 'vote-merged', 'consensus-merged']);
        const finch = c.practices.find(p => p.id === 'Finch')!;
        expect(finch.inEveryScenario).toBe(false);
        expect(finch.figures.map(f => f !== null)).toEqual([true, true, false, false]);
        expect(c.practices.find(p => p.id === 'FinchTeal')!.figures.map(f => f !== null)).toEqual([false, false, true, true]);
        const wren = c.practices.find(p => p.id === 'Wren')!;
        // Under the vote Wren loses (charged by list size); shared fairly under consensus it gains.
        expect(wren.figures[0]!.benefit).toBeLessThan(0);
        expect(wren.figures[1]!.benefit).toBeGreaterThan(0);
        expect(wren.differences[1]!.benefit).toBe(wren.figures[1]!.benefit - wren.figures[0]!.benefit);
    }, SLOW);

    it('writes html and pdf briefings, and refuses a single file', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'autonomy-compare-'));
        try {
            const html = runCli(['compare', '--format', 'html', '--date', '2026-12-01', '-o', path.join(dir, 'c.html'), ...WESTBROOK]);
            expect(html.code).toBe(0);
            const page = readFileSync(path.join(dir, 'c.html'), 'utf8');
            expect(page).toContain('chart-scenarios');
            expect(page).toContain('not in this scenario');
            const pdf = runCli(['compare', '--format', 'pdf', '--date', '2026-12-01', ...WESTBROOK.slice(0, 2)], { cwd: dir });
            expect(pdf.code).toBe(0);
            expect(existsSync(path.join(dir, 'vote-comparison.pdf'))).toBe(true);
            expect(readFileSync(path.join(dir, 'vote-comparison.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
        const one = runCli(['compare', WESTBROOK[0]]);
        expect(one.code).toBe(2);
        expect(one.stderr).toContain('at least one scenario');
    }, SLOW);
});
