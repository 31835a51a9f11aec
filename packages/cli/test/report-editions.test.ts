import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from './run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/leadership-vote-or-consensus.autonomy', import.meta.url));

beforeAll(requireBuiltCli);

describe('autonomy report --edition and --charts (issue 11)', () => {
    let dir: string;
    beforeAll(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'autonomy-editions-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('writes the partner edition by default for a PDF and the analyst edition for the other formats', () => {
        const pdf = runCli(['report', EXAMPLE, '-o', path.join(dir, 'r.pdf'), '--date', '2026-12-01']);
        expect(pdf.code).toBe(0);
        expect(pdf.stdout).toContain('partners edition');
        const json = runCli(['report', EXAMPLE, '-f', 'json', '-o', '-', '--date', '2026-12-01']);
        expect((JSON.parse(json.stdout) as { edition: string }).edition).toBe('analyst');
    });

    it('--edition partners gives Markdown without diagnostics or the file name', () => {
        const run = runCli(['report', EXAMPLE, '-f', 'md', '-o', '-', '--edition', 'partners', '--date', '2026-12-01']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('What this means for Hollins Surgery');
        expect(run.stdout).not.toContain('leadership-vote-or-consensus.autonomy');
        expect(run.stdout).not.toContain('Diagnostics');
    });

    it('rejects an unknown edition or chart format, and --charts without a folder, with exit 2', () => {
        for (const args of [['--edition', 'board'], ['--charts', 'gif', path.join(dir, 'c')], ['--charts', 'png']]) {
            const run = runCli(['report', EXAMPLE, '-o', path.join(dir, 'x.pdf'), ...args]);
            expect(run.code, args.join(' ')).toBe(2);
            expect(run.stderr, args.join(' ')).toMatch(/--(edition|charts)/);
        }
    });

    it('--charts svg and --charts png write every chart of the report into the folder', () => {
        for (const format of ['svg', 'png']) {
            const folder = path.join(dir, `charts-${format}`);
            const run = runCli(['report', EXAMPLE, '-f', 'html', '-o', path.join(dir, 'r.html'), '--charts', format, folder, '--date', '2026-12-01']);
            expect(run.code, run.stderr).toBe(0);
            const files = readdirSync(folder).sort();
            // The analyst edition: one split chart per initiative, the paradox chart, the structure diagram.
            expect(files).toHaveLength(4);
            expect(files.every(f => f.endsWith(`.${format}`))).toBe(true);
            const first = readFileSync(path.join(folder, files[0]));
            if (format === 'png') expect(first.subarray(1, 4).toString('latin1')).toBe('PNG');
            else expect(first.toString('utf8')).toMatch(/^<svg /);
        }
    });
});
