import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { requireBuiltCli } from './run-cli.js';

// The CLI installed on its own: the tarball scripts/pack-standalone.mjs makes,
// installed with `npm install -g` into a temporary prefix and run from a folder
// outside the repository, on Node 24 (this test's Node) and Node 22 (from the
// npm registry's `node` package, kept in .cache/node22 between runs).

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'autonomy-standalone-'));
let tarball: string;

function node22(): string {
    const prefix = join(repo, '.cache/node22');
    const bin = join(prefix, 'node_modules/node/bin/node');
    if (!existsSync(bin)) {
        mkdirSync(prefix, { recursive: true });
        execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', prefix, 'node@22'], { stdio: 'pipe', timeout: 300_000 });
    }
    return bin;
}

/** Installs the tarball into a fresh prefix with `node` and returns how to run commands from it. */
function install(node: string, name: string): (command: string, args: string[], cwd: string) => { code: number | null; stdout: string; stderr: string } {
    const prefix = join(work, `prefix-${name}`);
    // The target Node first on PATH, so npm and the installed bin scripts run on it.
    const env = { ...process.env, PATH: [dirname(node), process.env['PATH'] ?? ''].join(delimiter) };
    execFileSync('npm', ['install', '-g', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { env, stdio: 'pipe', timeout: 600_000 });
    return (command, args, cwd) => {
        const run = spawnSync(join(prefix, 'bin', command), args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
        return { code: run.status, stdout: run.stdout, stderr: run.stderr };
    };
}

beforeAll(() => {
    requireBuiltCli();
    tarball = execFileSync(process.execPath, [join(repo, 'packages/cli/scripts/pack-standalone.mjs'), '--out', work], { encoding: 'utf8' }).trim();
    const models = join(work, 'models');
    cpSync(join(repo, 'examples/southvale-staff-bank.autonomy'), join(models, 'southvale-staff-bank.autonomy'));
    cpSync(join(repo, 'examples/register'), join(models, 'register'), { recursive: true });
}, 120_000);

describe.each([
    ['24', () => process.execPath],
    ['22', node22]
])('npm install -g of the packed CLI on Node %s', (version, nodeBinary) => {
    test('validates, reports and starts the language server without the repository', () => {
        const node = nodeBinary();
        expect(execFileSync(node, ['--version'], { encoding: 'utf8' })).toMatch(new RegExp(`^v${version}\\.`));
        const run = install(node, version);
        const models = join(work, 'models');
        expect(run('autonomy', ['--version'], models).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
        const validate = run('autonomy', ['validate', '.'], models);
        expect(validate.stderr).toBe('');
        expect(validate.stdout).toContain('2 files checked');
        const report = run('autonomy', ['report', 'southvale-staff-bank.autonomy', '--format', 'md', '-o', `report-${version}.md`], models);
        expect(report.code, report.stderr).toBe(0);
        const markdown = readFileSync(join(models, `report-${version}.md`), 'utf8');
        expect(markdown).toContain('Southvale');
        expect(markdown).not.toContain('was not found');
        const pdf = run('autonomy', ['report', 'southvale-staff-bank.autonomy', '--format', 'pdf', '-o', `report-${version}.pdf`], models);
        expect(pdf.code, pdf.stderr).toBe(0);
        expect(readFileSync(join(models, `report-${version}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
        const server = run('autonomy-language-server', ['--socket=1'], models);
        expect(server.stderr).toContain('start it with --stdio');
    }, 900_000);
});
