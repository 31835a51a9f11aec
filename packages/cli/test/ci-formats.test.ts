import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from './run-cli.js';

// `--format junit` and `--format gitlab`, checked against their schemas:
// schemas/junit.xsd (the Jenkins/Ant JUnit layout, written for this project;
// validated with xmllint from Debian's libxml2-utils, which .ci/run installs)
// and schemas/gitlab-code-quality.schema.json (written from GitLab's
// documentation of the format; see the $comment in each file).

const SCHEMAS = fileURLToPath(new URL('./schemas/', import.meta.url));
const INPUTS = ['errors', 'warnings', 'valid'];

function xmllint(xml: string): { ok: boolean; output: string } {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'autonomy-junit-')), 'report.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, 'junit.xsd'), file], { encoding: 'utf8' });
    if (run.error) {
        throw new Error(`xmllint is needed to check JUnit XML against its schema: apt-get install libxml2-utils (${run.error.message})`);
    }
    return { ok: run.status === 0, output: run.stderr };
}

function gitlabValidator() {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
    return ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, 'gitlab-code-quality.schema.json'), 'utf8')));
}

beforeAll(requireBuiltCli);

describe('autonomy validate --format junit', () => {
    it('writes JUnit XML that the schema accepts, one failing case per error or warning', () => {
        const run = runCli(['validate', ...INPUTS, '--format', 'junit']);
        expect(run.code).toBe(1);
        const check = xmllint(run.stdout);
        expect(check.output).toContain('validates');
        expect(check.ok).toBe(true);
        expect(run.stdout.match(/<failure /g)?.length).toBe(3);
        expect(run.stdout).toContain('<testsuite package="autonomy" name="warnings/vote.autonomy" tests="1" failures="1"');
        expect(run.stdout).toContain('<testcase name="autonomy.validate" classname="valid/pair" time="0"/>');
    });

    it('keeps model text that would break XML well-formed and valid', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'autonomy-junit-text-'));
        // A title with markup, a CDATA terminator and a control character, in a model with a warning.
        writeFileSync(path.join(dir, 'odd.autonomy'),
            'practice A "A" { list size 100 }\ncollective C "<b>]]>\u0001& co" {\n kind leadership-group\n members A\n decides by majority-vote\n}\n');
        const run = runCli(['validate', 'odd.autonomy', '--format', 'junit'], { cwd: dir });
        expect(run.stdout).toContain('message="Collective &#60;b&#62;]]&#62;\uFFFD&#38; co (C) decides by majority-vote');
        const check = xmllint(run.stdout);
        expect(check.output).toContain('validates');
    });

    it('the schema can fail: an unknown element is refused', () => {
        const broken = '<?xml version="1.0"?><testsuites><testsuite name="a" tests="1"><testcase name="x" classname="y"><oops/></testcase></testsuite></testsuites>';
        expect(xmllint(broken).ok).toBe(false);
    });
});

describe('autonomy validate --format gitlab', () => {
    it('writes a code-quality report that the schema accepts, with unique fingerprints', () => {
        const run = runCli(['validate', ...INPUTS, '--format', 'gitlab']);
        expect(run.code).toBe(1);
        const issues = JSON.parse(run.stdout) as { fingerprint: string; severity: string; location: { path: string } }[];
        const validate = gitlabValidator();
        expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
        expect(issues).toHaveLength(3);
        expect(new Set(issues.map(i => i.fingerprint)).size).toBe(issues.length);
        expect(issues.map(i => i.severity).sort()).toEqual(['major', 'major', 'minor']);
        expect(issues.map(i => i.location.path)).toContain('warnings/vote.autonomy');
    });

    it('gives the same fingerprints on a second run, so GitLab can tell new problems from old', () => {
        const first = runCli(['validate', ...INPUTS, '--format', 'gitlab']).stdout;
        expect(runCli(['validate', ...INPUTS, '--format', 'gitlab']).stdout).toBe(first);
    });

    it('the schema can fail: a wrong severity or a missing location is refused', () => {
        const validate = gitlabValidator();
        expect(validate([{ description: 'd', check_name: 'c', fingerprint: 'f', severity: 'warning', location: { path: 'a', lines: { begin: 1 } } }])).toBe(false);
        expect(validate([{ description: 'd', check_name: 'c', fingerprint: 'f', severity: 'minor', location: { path: 'a' } }])).toBe(false);
    });
});
