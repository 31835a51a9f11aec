import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, requireBuiltCli } from './run-cli.js';

// The GitHub Action (action.yml) outside GitHub: the same two scripts its steps
// run, ci/action/install.sh (pack and npm install -g the CLI, here into a
// temporary prefix) and ci/action/validate.sh, with GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY pointing at files. The SARIF upload and the artefact
// upload are GitHub's own actions and are not run here. Also the
// .pre-commit-hooks.yaml entries, run as pre-commit runs them (entry + files).

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'autonomy-action-'));
const prefix = join(work, 'prefix');
const env: NodeJS.ProcessEnv = { ...process.env, PATH: [join(prefix, 'bin'), dirname(process.execPath), process.env['PATH'] ?? ''].join(delimiter) };
delete env['GITHUB_ACTIONS'];

interface StepRun {
    code: number | null;
    stdout: string;
    outputs: Record<string, string>;
    summary: string;
}

let runCount = 0;
function validateStep(inputs: Record<string, string>): StepRun {
    runCount++;
    const outputs = join(work, `outputs-${runCount}`);
    const summary = join(work, `summary-${runCount}`);
    writeFileSync(outputs, '');
    writeFileSync(summary, '');
    const run = spawnSync('bash', [join(repo, 'ci/action/validate.sh')], {
        cwd: join(work, 'repo'),
        env: { ...env, ...inputs, AUTONOMY_OUT: join(work, `out-${runCount}`), GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: summary },
        encoding: 'utf8',
        timeout: 120_000
    });
    const parsed = Object.fromEntries(readFileSync(outputs, 'utf8').split('\n').filter(Boolean).map(line => {
        const at = line.indexOf('=');
        return [line.slice(0, at), line.slice(at + 1)];
    }));
    return { code: run.status, stdout: run.stdout, outputs: parsed, summary: readFileSync(summary, 'utf8') };
}

beforeAll(() => {
    requireBuiltCli();
    execFileSync('bash', [join(repo, 'ci/action/install.sh')], { env: { ...env, AUTONOMY_PREFIX: prefix }, stdio: 'pipe', timeout: 600_000 });
    for (const folder of ['valid', 'warnings', 'errors']) {
        cpSync(join(FIXTURES, folder), join(work, 'repo', 'models', folder), { recursive: true });
    }
}, 600_000);

describe('the GitHub Action\'s steps', { timeout: 240_000 }, () => {
    test('annotate warnings, write SARIF, outputs and a summary, and pass on warnings with fail-on error', () => {
        const step = validateStep({ AUTONOMY_GLOBS: 'models/valid\n  models/warnings  \n' });
        expect(step.code).toBe(0);
        expect(step.stdout).toContain('::warning file=models/warnings/vote.autonomy,line=18');
        expect(step.outputs).toMatchObject({ errors: '0', warnings: '1', 'report-file': '' });
        const sarif = JSON.parse(readFileSync(step.outputs['sarif-file'], 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
        expect(sarif.runs[0].results.map(r => r.ruleId)).toEqual(['collective-decides-by-vote']);
        expect(step.summary).toContain('### Autonomy: 3 files checked, 0 errors, 1 warning.');
    });

    test('fail on warnings with fail-on warning, or beyond max-warnings', () => {
        expect(validateStep({ AUTONOMY_GLOBS: 'models/warnings', AUTONOMY_FAIL_ON: 'warning' }).code).toBe(1);
        expect(validateStep({ AUTONOMY_GLOBS: 'models/warnings', AUTONOMY_MAX_WARNINGS: '0' }).code).toBe(1);
        expect(validateStep({ AUTONOMY_GLOBS: 'models/warnings', AUTONOMY_MAX_WARNINGS: '1' }).code).toBe(0);
        expect(validateStep({ AUTONOMY_GLOBS: 'models/valid', AUTONOMY_FAIL_ON: 'warning' }).code).toBe(0);
    });

    test('fail on errors unless fail-on is never, annotating them as errors', () => {
        const failing = validateStep({ AUTONOMY_GLOBS: 'models' });
        expect(failing.code).toBe(1);
        expect(failing.stdout).toContain('::error file=models/errors/syntax.autonomy');
        expect(failing.outputs['errors']).toBe('2');
        expect(validateStep({ AUTONOMY_GLOBS: 'models', AUTONOMY_FAIL_ON: 'never' }).code).toBe(0);
    });

    test('write the briefing PDF of report-model', () => {
        const step = validateStep({ AUTONOMY_GLOBS: 'models/warnings', AUTONOMY_REPORT_MODEL: 'models/warnings/vote.autonomy' });
        expect(step.code).toBe(0);
        expect(step.outputs['report-file']).toMatch(/vote\.pdf$/);
        expect(readFileSync(step.outputs['report-file']).subarray(0, 5).toString()).toBe('%PDF-');
    });

    test('refuse a bad input with an error annotation naming it', () => {
        const bad = validateStep({ AUTONOMY_FAIL_ON: 'sometimes' });
        expect(bad.code).toBe(1);
        expect(bad.stdout).toContain("::error title=autonomy-action::fail-on is 'sometimes'; use error, warning or never.");
        const missing = validateStep({ AUTONOMY_GLOBS: 'models/nowhere' });
        expect(missing.code).toBe(1);
        expect(missing.stdout).toContain('could not check models/nowhere (exit 2)');
    });

    test('action.yml runs these scripts and passes every input on', () => {
        const action = readFileSync(join(repo, 'action.yml'), 'utf8');
        const script = readFileSync(join(repo, 'ci/action/validate.sh'), 'utf8');
        expect(action).toContain('using: composite');
        expect(action).toContain('run: bash "$GITHUB_ACTION_PATH/ci/action/install.sh"');
        expect(action).toContain('run: bash "$GITHUB_ACTION_PATH/ci/action/validate.sh"');
        for (const variable of ['AUTONOMY_GLOBS', 'AUTONOMY_MAX_WARNINGS', 'AUTONOMY_FAIL_ON', 'AUTONOMY_REPORT_MODEL']) {
            expect(action).toMatch(new RegExp(`${variable}: \\$\\{\\{ inputs\\.[a-z-]+ \\}\\}`));
            expect(script).toContain(`\${${variable}`);
        }
    });
});

describe('.pre-commit-hooks.yaml, run by pre-commit itself', { timeout: 180_000 }, () => {
    // Debian's `pre-commit` (3.0 here; .ci/run installs it), in a scratch git
    // repository holding a clean model and one with a warning.
    test.each([
        ['autonomy-validate', 0, 'Passed'],
        ['autonomy-validate-no-warnings', 1, 'Failed']
    ])('%s exits %i on a model with a warning', (id, expected, verdict) => {
        const scratch = mkdtempSync(join(tmpdir(), 'autonomy-pre-commit-'));
        cpSync(join(FIXTURES, 'valid/pair.autonomy'), join(scratch, 'pair.autonomy'));
        cpSync(join(FIXTURES, 'warnings/vote.autonomy'), join(scratch, 'vote.autonomy'));
        execFileSync('git', ['init', '-q'], { cwd: scratch });
        execFileSync('git', ['add', '.'], { cwd: scratch });
        const run = spawnSync('pre-commit', ['try-repo', repo, id, '--all-files'], {
            cwd: scratch, env: { ...env, PRE_COMMIT_HOME: join(work, 'pre-commit-home') }, encoding: 'utf8', timeout: 170_000
        });
        if (run.error) {
            throw new Error(`pre-commit is needed for this test (apt-get install pre-commit): ${run.error.message}`);
        }
        expect(run.stdout).toMatch(new RegExp(`autonomy validate.*${verdict}`));
        expect(run.status, run.stdout).toBe(expected);
    });
});
