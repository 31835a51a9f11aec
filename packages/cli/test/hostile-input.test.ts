import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, requireBuiltCli, runCli } from './run-cli.js';

// Reproductions from issue 12 (items 1-4, 6, 9-11), each run against the built CLI as a user would.

interface JsonReport {
    summary: { files: number; errors: number };
    files: { file: string; diagnostics: { line: number; code: string; message: string }[] }[];
}

const PAIR = readFileSync(path.join(FIXTURES, 'valid/pair.autonomy'), 'utf8');
const SECRET = 'GITHUB_TOKEN=ghp_secret0123456789';
let dir: string;
let project: string;

beforeAll(requireBuiltCli);
beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'autonomy-hostile-'));
    project = path.join(dir, 'project');
    mkdirSync(project);
    writeFileSync(path.join(dir, 'secret.autonomy'), `${SECRET}\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => writeFileSync(path.join(project, name), text);
const inProject = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: project, env });
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const everything = (run: { stdout: string; stderr: string }) => run.stdout + run.stderr;

describe('item 1: nothing outside the project root is read', () => {
    const linkedImport = () => {
        symlinkSync(path.join(dir, 'secret.autonomy'), path.join(project, 'env.autonomy'));
        write('scenario.autonomy', `import "env.autonomy"\n${PAIR}`);
    };

    for (const format of ['pretty', 'sarif', 'github']) {
        it(`an import of a link to a file outside the project is refused and never echoed (${format})`, () => {
            linkedImport();
            const run = inProject(['validate', '-f', format, 'scenario.autonomy']);
            expect(run.code).toBe(1);
            expect(everything(run)).not.toContain('ghp_secret');
            expect(everything(run)).toContain('import-outside-root');
        });
    }

    it('an import of a link to a file outside the project is an import-outside-root error on its line, the file unread', () => {
        linkedImport();
        const run = inProject(['validate', '-f', 'json', 'scenario.autonomy']);
        expect(run.code).toBe(1);
        expect(everything(run)).not.toContain('ghp_secret');
        const report = json(run.stdout);
        expect(report.files.map(f => f.file)).toEqual(['scenario.autonomy']);
        expect(report.files[0].diagnostics.map(d => [d.code, d.line])).toEqual([['import-outside-root', 1]]);
    });

    it('a folder walk does not follow a link out of the project: the link is reported, unread', () => {
        write('pair.autonomy', PAIR);
        symlinkSync(path.join(dir, 'secret.autonomy'), path.join(project, 'env.autonomy'));
        const run = inProject(['validate', '-f', 'json', '.']);
        expect(run.code).toBe(1);
        expect(everything(run)).not.toContain('ghp_secret');
        const report = json(run.stdout);
        expect(report.files.map(f => [f.file, f.diagnostics.map(d => d.code)])).toEqual([
            ['pair.autonomy', []],
            ['env.autonomy', ['import-outside-root']]
        ]);
    });

    for (const command of ['analyse', 'report']) {
        it(`a named link out of the project is refused by ${command} (exit 2, nothing echoed)`, () => {
            symlinkSync(path.join(dir, 'secret.autonomy'), path.join(project, 'env.autonomy'));
            const run = inProject([command, 'env.autonomy', '-o', path.join(dir, 'out')]);
            expect(run.code).toBe(2);
            expect(everything(run)).not.toContain('ghp_secret');
            expect(run.stderr).toContain('outside the project root');
        });
    }

    it('--root widens the project: an import from a sibling folder is refused by default and read under --root ..', () => {
        mkdirSync(path.join(dir, 'shared'));
        const [head, rest] = [PAIR.slice(0, PAIR.indexOf('practice Alpha')), PAIR.slice(PAIR.indexOf('collective Duo'))];
        writeFileSync(path.join(dir, 'shared/register.autonomy'), PAIR.slice(PAIR.indexOf('practice Alpha'), PAIR.indexOf('collective Duo')));
        write('scenario.autonomy', `import "../shared/register.autonomy"\n${head}${rest}`);
        const refused = json(inProject(['validate', '-f', 'json', 'scenario.autonomy']).stdout);
        expect(refused.files[0].diagnostics[0]).toMatchObject({ code: 'import-outside-root', line: 1 });
        const widened = inProject(['validate', '--root', '..', '-f', 'json', 'scenario.autonomy']);
        expect(widened.stderr).toBe('');
        expect(json(widened.stdout).summary.errors).toBe(0);
        expect(json(widened.stdout).files.map(f => f.file).sort()).toEqual([path.join(dir, 'shared/register.autonomy'), 'scenario.autonomy'].sort());
    });

    it('--root naming no folder is a usage error', () => {
        write('pair.autonomy', PAIR);
        const run = inProject(['validate', '--root', 'nowhere', 'pair.autonomy']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('--root nowhere: no such folder');
    });

    it('a 1 MB unterminated string is echoed at most once per message, one line of 200 characters', () => {
        write('long.autonomy', `model "${'x'.repeat(1_000_000)}\n`);
        const run = inProject(['validate', 'long.autonomy']);
        expect(run.code).toBe(1);
        expect(run.stdout.length).toBeLessThan(5_000);
        for (const line of run.stdout.split('\n')) {
            expect(line.length).toBeLessThan(600);
        }
    });
});

describe('item 2: no workflow command or control character from model text in human output', () => {
    const INJECTION = '\\n::error file=README.md,line=1::X';
    const commandLines = (text: string) => text.split('\n').filter(line => /^\s*(::|##\[)/.test(line));
    // eslint-disable-next-line no-control-regex
    const controls = (text: string) => text.replace(/\n/g, '').match(/[\u0000-\u001f\u007f-\u009f]/g) ?? [];

    it('validate (pretty): a title holding a newline and ::error prints no command line', () => {
        write('m.autonomy', PAIR.replace('decides by consensus', '').replace('"Duo Network"', `"Duo${INJECTION}"`));
        const run = inProject(['validate', 'm.autonomy']);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('::error file=README.md');
        expect(commandLines(everything(run))).toEqual([]);
        expect(controls(everything(run))).toEqual([]);
    });

    it('analyse (pretty): the model title with a newline and ::error, and an escape sequence, print as text', () => {
        write('m.autonomy', PAIR.replace('"Pair"', `"Pair${INJECTION}\u001b[2J"`).replace('"Alpha Surgery"', '"::warning::Alpha"'));
        const run = inProject(['analyse', '-f', 'pretty', 'm.autonomy']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('::error file=README.md');
        expect(commandLines(run.stdout)).toEqual([]);
        expect(controls(run.stdout)).toEqual([]);
    });

    it('a file name holding a newline and ::error prints no command line (pretty, and the stderr of report)', () => {
        const name = 'bad\n::error file=README.md,line=1::X.autonomy';
        write(name, PAIR.replace('decides by consensus', ''));
        const validate = inProject(['validate', '.']);
        expect(validate.code).toBe(1);
        expect(commandLines(everything(validate))).toEqual([]);
        const report = inProject(['report', name, '-f', 'md', '-o', path.join(dir, 'r.md')]);
        expect(report.code).toBe(1);
        expect(commandLines(everything(report))).toEqual([]);
        expect(controls(everything(report))).toEqual([]);
    });
});

describe('item 3: no lost files', () => {
    const overwrites: [string, string[]][] = [
        ['report -o the model', ['report', 'm.autonomy', '-f', 'md', '-o', 'm.autonomy']],
        ['validate -o the model', ['validate', '-f', 'sarif', '-o', 'm.autonomy', 'm.autonomy']],
        ['report -o a link to the model', ['report', 'm.autonomy', '-f', 'md', '-o', 'link.md']],
        ['analyse -o the model by another path', ['analyse', 'm.autonomy', '-o', './m.autonomy']]
    ];
    for (const [label, args] of overwrites) {
        it(`refuses ${label} (exit 2) and leaves the model untouched`, () => {
            write('m.autonomy', PAIR);
            symlinkSync(path.join(project, 'm.autonomy'), path.join(project, 'link.md'));
            const run = inProject(args);
            expect(run.code).toBe(2);
            expect(run.stderr).toContain('overwrite');
            expect(readFileSync(path.join(project, 'm.autonomy'), 'utf8')).toBe(PAIR);
        });
    }

    it('refuses -o naming a file the model imports', () => {
        copyFileSync(path.join(FIXTURES, 'imports/register.autonomy'), path.join(project, 'register.autonomy'));
        copyFileSync(path.join(FIXTURES, 'imports/scenario.autonomy'), path.join(project, 'scenario.autonomy'));
        const before = readFileSync(path.join(project, 'register.autonomy'), 'utf8');
        const run = inProject(['validate', '-f', 'json', '-o', 'register.autonomy', 'scenario.autonomy']);
        expect(run.code).toBe(2);
        expect(readFileSync(path.join(project, 'register.autonomy'), 'utf8')).toBe(before);
    });

    it('a write that fails part-way (a file-size limit) leaves the previous report whole, and no temporary file', () => {
        write('m.autonomy', PAIR);
        const previous = '# the previous good report\n';
        write('m.pdf', previous);
        // ulimit -f counts 512-byte blocks in sh: 8 blocks is far below a PDF report.
        const run = spawnSync('sh', ['-c', `ulimit -f 8; exec "${process.execPath}" "${BIN}" report m.autonomy --date 2026-01-01`], { cwd: project, encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('cannot write the output');
        expect(readFileSync(path.join(project, 'm.pdf'), 'utf8')).toBe(previous);
        expect(readdirSync(project).sort()).toEqual(['m.autonomy', 'm.pdf']);
    });

    it('-o naming a device is written to, never replaced by a rename', () => {
        write('m.autonomy', PAIR);
        const run = inProject(['validate', '-f', 'json', '-o', '/dev/null', 'm.autonomy']);
        expect(run.code).toBe(0);
        expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    });

    it('a report replacing a previous one keeps its permissions', () => {
        write('m.autonomy', PAIR);
        write('m.md', 'old\n');
        chmodSync(path.join(project, 'm.md'), 0o600);
        expect(inProject(['report', 'm.autonomy', '-f', 'md', '--date', '2026-01-01']).code).toBe(0);
        expect(statSync(path.join(project, 'm.md')).mode & 0o777).toBe(0o600);
    });

    it('a successful report replaces the previous one', () => {
        write('m.autonomy', PAIR);
        write('m.md', 'old\n');
        expect(inProject(['report', 'm.autonomy', '-f', 'md', '--date', '2026-01-01']).code).toBe(0);
        expect(readFileSync(path.join(project, 'm.md'), 'utf8')).toContain('Pair');
        expect(readdirSync(project).sort()).toEqual(['m.autonomy', 'm.md']);
    });
});

describe('item 4: a model file is read whatever its name', () => {
    for (const name of ['m.txt', 'model', '.autonomy']) {
        it(`validate reads a model named '${name}'`, () => {
            write(name, PAIR);
            const validate = inProject(['validate', name]);
            expect(validate.stderr).toBe('');
            expect(validate.code).toBe(0);
            expect(validate.stdout).toContain('1 file checked: no problems.');
        });

        it(`analyse and report read a model named '${name}'`, () => {
            write(name, PAIR);
            const analyse = inProject(['analyse', '-f', 'json', name]);
            expect(analyse.code).toBe(0);
            expect(JSON.parse(analyse.stdout)).toMatchObject({ settings: { title: 'Pair' } });
            const report = inProject(['report', name, '-f', 'md', '-o', path.join(dir, 'r.md'), '--date', '2026-01-01']);
            expect(report.code).toBe(0);
            expect(existsSync(path.join(dir, 'r.md'))).toBe(true);
            // Two CLI starts: 37 and 53 s under a load average of 20 on a 2-core machine.
        }, 180_000);
    }
});

describe('item 6: report dates', () => {
    for (const epoch of ['9999999999999', '253402300800', '12abc']) {
        it(`SOURCE_DATE_EPOCH=${epoch} is refused with a clear message (exit 2), not a crash`, () => {
            write('m.autonomy', PAIR);
            const run = inProject(['report', 'm.autonomy', '-f', 'md'], { SOURCE_DATE_EPOCH: epoch });
            expect(run.code).toBe(2);
            expect(run.stderr).toContain('SOURCE_DATE_EPOCH must be a whole number of seconds');
            expect(run.stderr).not.toContain('internal error');
        });
    }

    it('the last second of 9999 is accepted', () => {
        write('m.autonomy', PAIR);
        const run = inProject(['report', 'm.autonomy', '-f', 'md', '-o', '-'], { SOURCE_DATE_EPOCH: '253402300799' });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/9999/);
    });

    it('--date accepts years 0 to 99 as written', () => {
        write('m.autonomy', PAIR);
        const run = inProject(['report', 'm.autonomy', '-f', 'md', '-o', 'r.md', '--date', '0099-02-28']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('dated 0099-02-28');
    });
});

describe('item 9: files that are not UTF-8 text', () => {
    const utf16le = (text: string) => Buffer.from(text, 'utf16le');
    const cases: [string, Buffer, string][] = [
        ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(PAIR)]), 'UTF-16 (little-endian)'],
        ['UTF-16 big-endian with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le(PAIR).swap16()]), 'UTF-16 (big-endian)'],
        ['UTF-16 without a mark', utf16le(PAIR), 'UTF-16 (little-endian)']
    ];
    for (const [label, bytes, encoding] of cases) {
        it(`${label}: one message saying to save it as UTF-8, no NUL bytes`, () => {
            writeFileSync(path.join(project, 'm.autonomy'), bytes);
            const run = inProject(['validate', 'm.autonomy']);
            expect(run.code).toBe(2);
            expect(run.stderr).toBe(`autonomy: m.autonomy: this file is ${encoding}; save it as UTF-8 (in most editors: "Save with encoding", then UTF-8).\n`);
            expect(everything(run)).not.toContain('\u0000');
        });
    }

    it('a Windows-1252 pound sign: says which line is not UTF-8', () => {
        writeFileSync(path.join(project, 'm.autonomy'), Buffer.from(PAIR.replace('£10,000', '\u00a310,000'), 'latin1'));
        const run = inProject(['validate', 'm.autonomy']);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain('this file is not UTF-8 (the first byte that is not UTF-8 is on line 3');
    });
});

describe('item 10: empty inputs', () => {
    for (const [label, text] of [['an empty file', ''], ['a whitespace-only file', ' \n\t\n  ']]) {
        it(`${label} exits 2 naming the file, as the README says`, () => {
            write('blank.autonomy', text);
            write('pair.autonomy', PAIR);
            const run = inProject(['validate', 'blank.autonomy', 'pair.autonomy']);
            expect(run.code).toBe(2);
            expect(run.stderr).toBe('autonomy: blank.autonomy: the file is empty, so there is no model to check. Write the model into it, or leave it out (--ignore).\n');
        });
    }
});

describe('item 11: link loops in folders', () => {
    it('each real file is checked once', () => {
        mkdirSync(path.join(project, 'models'));
        write('models/pair.autonomy', PAIR);
        symlinkSync('..', path.join(project, 'models/loop'));
        symlinkSync('.', path.join(project, 'models/self'));
        const run = inProject(['validate', '-f', 'json', 'models']);
        expect(run.code).toBe(0);
        expect(json(run.stdout).files.map(f => f.file)).toEqual(['models/pair.autonomy']);
    });
});
