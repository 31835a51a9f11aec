import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, positionOf, requireBuiltCli, runCli } from './run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/north-locality.autonomy', import.meta.url));
const VOTE = path.join(FIXTURES, 'warnings/vote.autonomy');

beforeAll(requireBuiltCli);

describe('autonomy report', () => {
    let dir: string;
    beforeAll(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'autonomy-report-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const out = (name: string) => path.join(dir, name);

    it('writes a PDF named after the model into the working directory by default', () => {
        const run = runCli(['report', EXAMPLE, '--date', '2026-01-15'], { cwd: dir });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const pdf = readFileSync(out('north-locality.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(run.stdout).toContain('north-locality.pdf');
    });

    it('writes Markdown, HTML and JSON where -o says, each carrying the title and the date', () => {
        // `markdown` is the format's name; `md`, what users type from the file extension, means the same.
        for (const [format, extension] of [['md', 'md'], ['markdown', 'md'], ['html', 'html'], ['json', 'json']]) {
            const target = out(`example-${format}.${extension}`);
            const run = runCli(['report', EXAMPLE, '--format', format, '-o', target, '--date', '2026-01-15']);
            expect(run.code, format).toBe(0);
            const text = readFileSync(target, 'utf8');
            expect(text, format).toContain('North Locality');
            expect(text, format).toContain('2026-01-15');
        }
        expect(readFileSync(out('example-html.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
        const json = JSON.parse(readFileSync(out('example-json.json'), 'utf8')) as { cover: { date: string; title: string } };
        expect(json.cover).toMatchObject({ date: '2026-01-15', title: 'North Locality' });
    });

    it('passes the model diagnostics, with their locations, into the report', () => {
        const run = runCli(['report', 'warnings/vote.autonomy', '-f', 'json', '-o', '-', '--date', '2026-01-15']);
        expect(run.code).toBe(0);
        const { line, column } = positionOf(readFileSync(VOTE, 'utf8'), 'majority-vote');
        expect(run.stdout).toContain('collective-decides-by-vote');
        expect(run.stdout).toContain(`vote.autonomy:${line}:${column}`);
    });

    it('is reproducible: the same model and --date give the same PDF bytes', () => {
        runCli(['report', EXAMPLE, '-o', out('a.pdf'), '--date', '2026-02-01']);
        runCli(['report', EXAMPLE, '-o', out('b.pdf'), '--date', '2026-02-01']);
        expect(readFileSync(out('a.pdf')).equals(readFileSync(out('b.pdf')))).toBe(true);
    });

    it('takes the date from SOURCE_DATE_EPOCH when --date is not given', () => {
        const run = runCli(['report', EXAMPLE, '-f', 'md', '-o', '-'], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 5, 30) / 1000) } });
        expect(run.stdout).toContain('2025-06-30');
    });

    it('exits 1 and writes nothing when the model has errors', () => {
        const run = runCli(['report', 'errors/unresolved.autonomy', '-o', out('broken.pdf'), '--date', '2026-01-15']);
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('Foxtrot');
        expect(existsSync(out('broken.pdf'))).toBe(false);
    });

    it('exits 2 for a bad date, a bad format, or an output folder that does not exist', () => {
        for (const args of [
            ['--date', '2026-02-30'],
            ['--date', 'tomorrow'],
            ['--format', 'docx'],
            ['-o', out('no/such/folder/report.pdf')]
        ]) {
            const run = runCli(['report', EXAMPLE, ...args]);
            expect(run.code, args.join(' ')).toBe(2);
            expect(run.stderr, args.join(' ')).toMatch(/^autonomy: .+\n$/);
        }
    });
});
