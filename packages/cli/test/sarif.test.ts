import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, positionOf, requireBuiltCli, runCli } from './run-cli.js';

// The official OASIS SARIF 2.1.0 schema (final, rtm.5) as Microsoft's SARIF
// SDK ships it in the npm package @microsoft/jest-sarif (MIT). It is written
// in JSON Schema draft-04, hence ajv-draft-04 (ajv 8 underneath).
const require = createRequire(import.meta.url);
const schemaPath = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');

interface SarifLog {
    version: string;
    runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } };
        results: {
            ruleId: string;
            ruleIndex: number;
            level: string;
            message: { text: string };
            locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }[];
        }[];
    }[];
}

function sarifValidator() {
    // unicodeRegExp off: the schema's language-tag pattern is not valid under the u flag.
    // A CommonJS default export: under NodeNext its class is the module's `default`.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    // The schema names three formats; check them rather than ignore them.
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
}

beforeAll(requireBuiltCli);

describe('autonomy validate --format sarif', () => {
    let log: SarifLog;
    let exitCode: number | null;

    beforeAll(() => {
        const run = runCli(['validate', '--format', 'sarif', 'errors', 'valid', 'spaced dir', 'warnings']);
        exitCode = run.code;
        log = JSON.parse(run.stdout) as SarifLog;
    });

    it('uses the schema file the package ships', () => {
        expect(existsSync(schemaPath)).toBe(true);
        expect((JSON.parse(readFileSync(schemaPath, 'utf8')) as { title: string }).title).toContain('2.1.0');
    });

    it('is valid against the SARIF 2.1.0 JSON schema', () => {
        const validate = sarifValidator();
        const valid = validate(log);
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        expect(exitCode).toBe(1);
    });

    it('the schema check can fail: a log missing its version is rejected', () => {
        const validate = sarifValidator();
        const { version: _dropped, ...broken } = log;
        expect(validate(broken)).toBe(false);
    });

    it('has the fields GitHub code scanning requires', () => {
        expect(log.version).toBe('2.1.0');
        expect(log.runs).toHaveLength(1);
        const [run] = log.runs;
        expect(run.tool.driver.name).toBe('autonomy');
        expect(run.results.length).toBeGreaterThan(0);
        const ruleIds = run.tool.driver.rules.map(r => r.id);
        expect(new Set(ruleIds).size).toBe(ruleIds.length);
        for (const rule of run.tool.driver.rules) {
            expect(rule.shortDescription.text.length).toBeGreaterThan(0);
            expect(rule.help.text.length).toBeGreaterThan(0);
        }
        for (const result of run.results) {
            expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
            expect(['error', 'warning', 'note']).toContain(result.level);
            expect(result.message.text.length).toBeGreaterThan(0);
            expect(result.locations.length).toBeGreaterThanOrEqual(1);
            expect(result.locations.length).toBeLessThanOrEqual(10);
            const { artifactLocation, region } = result.locations[0].physicalLocation;
            // Relative to the working directory (the repository root in CI), never absolute.
            expect(artifactLocation.uri).not.toMatch(/^(file:|\/)/);
            expect(existsSync(path.join(FIXTURES, decodeURIComponent(artifactLocation.uri)))).toBe(true);
            expect(region.startLine).toBeGreaterThanOrEqual(1);
            expect(region.startColumn).toBeGreaterThanOrEqual(1);
        }
    });

    it('takes each rule\'s help from docs/diagnostics.md', () => {
        const doc = readFileSync(path.join(FIXTURES, '../../../../docs/diagnostics.md'), 'utf8');
        for (const rule of log.runs[0].tool.driver.rules) {
            const row = doc.split('\n').find(l => l.startsWith(`| \`${rule.id}\` |`));
            expect(row, rule.id).toBeDefined();
            const fix = row!.split('|')[4].trim().replace(/`/g, '');
            expect(rule.help.text, rule.id).toContain(fix);
        }
    });

    it('locates each result at the offending text, 1-based', () => {
        const expected = positionOf(readFileSync(path.join(FIXTURES, 'errors/unresolved.autonomy'), 'utf8'), 'Foxtrot');
        const result = log.runs[0].results.find(r => r.locations[0].physicalLocation.artifactLocation.uri === 'errors/unresolved.autonomy')!;
        const { region } = result.locations[0].physicalLocation;
        expect({ line: region.startLine, column: region.startColumn }).toEqual(expected);
    });

    it('maps warnings to warning level and codes to rule ids', () => {
        const warning = log.runs[0].results.find(r => r.ruleId === 'collective-decides-by-vote');
        expect(warning?.level).toBe('warning');
    });

    it('percent-encodes paths with spaces', () => {
        const uris = log.runs[0].results.map(r => r.locations[0].physicalLocation.artifactLocation.uri);
        expect(uris).toContain('spaced%20dir/broken%20name.autonomy');
    });

    it('a clean run is valid SARIF with no results', () => {
        const clean = runCli(['validate', '--format', 'sarif', 'valid']);
        expect(clean.code).toBe(0);
        const empty = JSON.parse(clean.stdout) as SarifLog;
        expect(empty.runs[0].results).toEqual([]);
        expect(sarifValidator()(empty)).toBe(true);
    });
});
