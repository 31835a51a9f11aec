import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatGithub } from '../src/formats/github.js';
import { FIXTURES, positionOf, requireBuiltCli, runCli } from './run-cli.js';

interface JsonReport {
    version: number;
    summary: { files: number; errors: number; warnings: number; infos: number };
    files: { file: string; diagnostics: { line: number; column: number; severity: string; code: string; message: string }[] }[];
}

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

beforeAll(requireBuiltCli);

describe('autonomy validate: exit codes', () => {
    it('exits 0 for valid models and says so', () => {
        const run = runCli(['validate', 'valid']);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('2 files checked: no problems.');
    });

    it('exits 1 when a model has errors', () => {
        const run = runCli(['validate', 'errors/unresolved.autonomy']);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('Foxtrot');
    });

    it('exits 1 for a syntax error and still reports the other files', () => {
        const run = runCli(['validate', '--format', 'json', 'errors', 'valid']);
        expect(run.code).toBe(1);
        const report = json(run.stdout);
        const syntax = report.files.find(f => f.file === 'errors/syntax.autonomy')!;
        expect(syntax.diagnostics.map(d => d.code)).toContain('parsing-error');
        expect(report.files.find(f => f.file === 'valid/pair.autonomy')!.diagnostics).toEqual([]);
    });

    it('exits 2 for a missing file, naming it in one line without a stack trace', () => {
        const run = runCli(['validate', 'no/such/model.autonomy']);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain('no/such/model.autonomy');
        expect(run.stderr).toMatch(/check the path/i);
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it('exits 2 for a folder that holds no models', () => {
        const run = runCli(['validate', 'empty']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('empty');
        expect(run.stderr).toContain('no .autonomy files');
    });

    it('exits 2 for a glob that matches nothing', () => {
        const run = runCli(['validate', 'nowhere/**/*.autonomy']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('nowhere/**/*.autonomy');
    });

    it('exits 2 for usage errors: no arguments, unknown option, bad format, bad --max-warnings, unknown command', () => {
        for (const args of [
            ['validate'],
            ['validate', '--frobnicate', 'valid'],
            ['validate', '--format', 'xml', 'valid'],
            ['validate', '--max-warnings', 'lots', 'valid'],
            ['frobnicate']
        ]) {
            const run = runCli(args);
            expect(run.code, args.join(' ')).toBe(2);
            expect(run.stderr, args.join(' ')).toMatch(/^autonomy: .+\n$/);
        }
    });

    it('prints help per command and the version, exiting 0', () => {
        const help = runCli(['validate', '--help']);
        expect(help.code).toBe(0);
        expect(help.stdout).toContain('--max-warnings');
        const version = runCli(['--version']);
        expect(version.code).toBe(0);
        const manifest = JSON.parse(readFileSync(path.join(FIXTURES, '../../package.json'), 'utf8')) as { version: string };
        expect(version.stdout.trim()).toBe(manifest.version);
    });
});

describe('autonomy validate: unreadable files', () => {
    let dir: string;
    // Root reads any file whatever its mode: see obeyFileModes.
    const asUser = { obeyFileModes: true };

    beforeAll(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'autonomy-cli-'));
        chmodSync(dir, 0o755);
        copyFileSync(path.join(FIXTURES, 'imports/scenario.autonomy'), path.join(dir, 'scenario.autonomy'));
        copyFileSync(path.join(FIXTURES, 'imports/register.autonomy'), path.join(dir, 'register.autonomy'));
        writeFileSync(path.join(dir, 'locked.autonomy'), fixture('valid/nested/solo.autonomy'));
        chmodSync(path.join(dir, 'scenario.autonomy'), 0o644);
        chmodSync(path.join(dir, 'locked.autonomy'), 0o000);
        chmodSync(path.join(dir, 'register.autonomy'), 0o000);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('exits 2 for an unreadable file, naming it and the fix', () => {
        const run = runCli(['validate', 'locked.autonomy'], { cwd: dir, ...asUser });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('locked.autonomy');
        expect(run.stderr).toContain('permission denied');
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it('exits 2 for an unreadable imported file, naming the file that imports it', () => {
        const run = runCli(['validate', 'scenario.autonomy'], { cwd: dir, ...asUser });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('register.autonomy (imported by scenario.autonomy)');
    });
});

describe('autonomy validate: inputs', () => {
    it('expands a folder to every model beneath it', () => {
        const report = json(runCli(['validate', '-f', 'json', 'valid']).stdout);
        expect(report.files.map(f => f.file).sort()).toEqual(['valid/nested/solo.autonomy', 'valid/pair.autonomy']);
    });

    it('expands globs itself, keeping model files only', () => {
        const report = json(runCli(['validate', '-f', 'json', 'valid/**/*', '*/nested/*.autonomy']).stdout);
        expect(report.files.map(f => f.file).sort()).toEqual(['valid/nested/solo.autonomy', 'valid/pair.autonomy']);
    });

    it('--ignore leaves out folders and globs, and refuses to leave nothing', () => {
        const folder = runCli(['validate', '-f', 'json', 'valid', 'errors', '--ignore', 'errors']);
        expect(folder.code).toBe(0);
        expect(json(folder.stdout).files.map(f => f.file).sort()).toEqual(['valid/nested/solo.autonomy', 'valid/pair.autonomy']);
        const pattern = runCli(['validate', '-f', 'json', 'valid', '--ignore', '**/nested/**']);
        expect(json(pattern.stdout).files.map(f => f.file)).toEqual(['valid/pair.autonomy']);
        const nothing = runCli(['validate', 'valid', '--ignore', 'valid']);
        expect(nothing.code).toBe(2);
        expect(nothing.stderr).toContain('--ignore');
    });

    it('resolves imports across files, loading each imported file once', () => {
        const run = runCli(['validate', '-f', 'json', 'imports/scenario.autonomy', 'imports/register.autonomy']);
        expect(run.code).toBe(0);
        const report = json(run.stdout);
        expect(report.files.map(f => f.file).sort()).toEqual(['imports/register.autonomy', 'imports/scenario.autonomy']);
        expect(report.summary.errors).toBe(0);
    });

    it('loads what a model imports even when only the model is named', () => {
        // The scenario's practices are declared only in the register: without the import they would not resolve.
        expect(fixture('imports/scenario.autonomy')).not.toMatch(/practice Juliet/);
        const run = runCli(['validate', '-f', 'json', 'imports/scenario.autonomy']);
        expect(run.code).toBe(0);
        expect(json(run.stdout).files.map(f => f.file)).toContain('imports/register.autonomy');
    });

    it('reports an import of a missing file as an error at the import', () => {
        const run = runCli(['validate', '-f', 'json', 'imports/missing-import.autonomy']);
        expect(run.code).toBe(1);
        const [diagnostic] = json(run.stdout).files[0].diagnostics;
        expect(diagnostic.code).toBe('import-not-found');
        expect(diagnostic.line).toBe(positionOf(fixture('imports/missing-import.autonomy'), 'import').line);
    });
});

describe('autonomy validate: warnings', () => {
    it('passes with warnings unless --max-warnings is exceeded', () => {
        const plain = runCli(['validate', '-f', 'json', 'warnings']);
        const warnings = json(plain.stdout).summary.warnings;
        expect(warnings).toBeGreaterThan(0);
        expect(json(plain.stdout).summary.errors).toBe(0);
        expect(plain.code).toBe(0);
        expect(runCli(['validate', '--max-warnings', String(warnings), 'warnings']).code).toBe(0);
        const over = runCli(['validate', '--max-warnings', String(warnings - 1), 'warnings']);
        expect(over.code).toBe(1);
        expect(over.stderr).toContain('--max-warnings');
    });

    it('flags a collective that decides by vote', () => {
        const report = json(runCli(['validate', '-f', 'json', 'warnings/vote.autonomy']).stdout);
        expect(report.files[0].diagnostics.map(d => d.code)).toContain('collective-decides-by-vote');
    });

    it('--quiet shows errors only', () => {
        const quiet = json(runCli(['validate', '-f', 'json', '--quiet', 'warnings', 'errors']).stdout);
        const all = json(runCli(['validate', '-f', 'json', 'warnings', 'errors']).stdout);
        const severities = (r: JsonReport) => r.files.flatMap(f => f.diagnostics.map(d => d.severity));
        expect(severities(all)).toContain('warning');
        expect(severities(quiet)).not.toContain('warning');
        expect(severities(quiet).filter(s => s === 'error')).toHaveLength(severities(all).filter(s => s === 'error').length);
        const pretty = runCli(['validate', '--quiet', 'warnings']);
        expect(pretty.stdout).not.toContain(' warning ');
        expect(pretty.stdout).not.toContain('no problems');
        expect(pretty.stdout).toContain('only errors shown: --quiet');
    });
});

describe('autonomy validate: formats', () => {
    const unresolved = () => positionOf(fixture('errors/unresolved.autonomy'), 'Foxtrot');

    it('pretty: file:line:col, severity, code, message, then the line with a caret under the name', () => {
        const run = runCli(['validate', 'errors/unresolved.autonomy']);
        const { line, column } = unresolved();
        const lines = run.stdout.split('\n');
        const head = lines.findIndex(l => l.startsWith(`errors/unresolved.autonomy:${line}:${column} error `));
        expect(head).toBeGreaterThanOrEqual(0);
        expect(lines[head]).toContain('Foxtrot');
        const source = lines[head + 1];
        const caret = lines[head + 2];
        expect(source).toContain('members Echo, Foxtrot');
        expect(caret.indexOf('^')).toBe(source.indexOf('Foxtrot'));
        expect(caret.trim()).toMatch(/\|\s+\^{7}$/);
        expect(run.stdout).toContain('1 file checked: 1 error, 0 warnings.');
    });

    it('pretty: colour only when forced or on a terminal, never with NO_COLOR', () => {
        const escape = '\u001b[';
        expect(runCli(['validate', 'errors']).stdout).not.toContain(escape);
        expect(runCli(['validate', 'errors'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(escape);
        expect(runCli(['validate', 'errors'], { env: { NO_COLOR: '1' } }).stdout).not.toContain(escape);
    });

    it('json: totals agree with the diagnostics listed, positions are 1-based', () => {
        const run = runCli(['validate', '--format', 'json', 'errors', 'valid']);
        const report = json(run.stdout);
        const all = report.files.flatMap(f => f.diagnostics);
        expect(report.version).toBe(1);
        expect(report.summary.files).toBe(report.files.length);
        expect(report.summary.errors).toBe(all.filter(d => d.severity === 'error').length);
        const foxtrot = report.files.find(f => f.file === 'errors/unresolved.autonomy')!.diagnostics[0];
        expect({ line: foxtrot.line, column: foxtrot.column }).toEqual(unresolved());
    });

    it('github: one workflow command per diagnostic with file, line, col and the code as title', () => {
        const run = runCli(['validate', '--format', 'github', 'errors/unresolved.autonomy', 'valid']);
        expect(run.code).toBe(1);
        const { line, column } = unresolved();
        const commands = run.stdout.split('\n').filter(l => l.startsWith('::'));
        expect(commands).toHaveLength(1);
        expect(commands[0]).toMatch(new RegExp(`^::error file=errors/unresolved\\.autonomy,line=${line},col=${column},endLine=${line},endColumn=${column + 7},title=[a-z-]+::.*Foxtrot`));
    });

    it('github: commas, colons, percent signs and newlines are escaped so the annotation is not cut short', () => {
        const d = { file: 'a, b:c.autonomy', absolutePath: '/x', line: 2, column: 3, endLine: 2, endColumn: 5, severity: 'warning' as const, code: 'some-code', message: '50% of it, here: then\nmore' };
        const report = { file: d.file, absolutePath: '/x', lines: [], diagnostics: [d] };
        const [command] = formatGithub([report], { files: 1, errors: 0, warnings: 1, infos: 0 }).split('\n');
        expect(command).toBe('::warning file=a%2C b%3Ac.autonomy,line=2,col=3,endLine=2,endColumn=5,title=some-code::50%25 of it, here: then%0Amore');
    });

    it('-o writes the output to a file and prints nothing', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'autonomy-out-'));
        try {
            const out = path.join(dir, 'result.json');
            const run = runCli(['validate', '-f', 'json', '-o', out, 'errors']);
            expect(run.code).toBe(1);
            expect(run.stdout).toBe('');
            expect(json(readFileSync(out, 'utf8')).summary.errors).toBeGreaterThan(0);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('autonomy validate: imports that are not models', () => {
    let dir: string;
    beforeAll(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'autonomy-cli-'));
        mkdirSync(path.join(dir, 'folder'));
        writeFileSync(path.join(dir, 'notes.txt'), 'Not a model.\n');
        writeFileSync(path.join(dir, 'scenario.autonomy'), 'import "folder"\nimport "notes.txt"\n');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a folder or a non-model file on its import line (exit 1), never as an internal error', () => {
        const run = runCli(['validate', '-f', 'json', 'scenario.autonomy'], { cwd: dir });
        expect(run.code).toBe(1);
        const diagnostics = json(run.stdout).files.flatMap(f => f.diagnostics);
        expect(diagnostics.map(d => [d.code, d.line])).toEqual([['import-not-a-model', 1], ['import-not-a-model', 2]]);
    });
});
