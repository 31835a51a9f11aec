import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse, type AnalysisResult, PARADOX_VERDICT_LABELS } from '@autonomy/analysis';
import { formatMoney } from '@autonomy/domain';
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem, URI } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from './run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/north-locality.autonomy', import.meta.url));

/** The analysis computed in this process, through the language package, not through the CLI. */
async function analyseInProcess(file: string): Promise<AnalysisResult> {
    const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return analyse(Autonomy.model.DomainModelBuilder.build(document), { decisionSupport: true });
}

beforeAll(requireBuiltCli);

describe('autonomy analyse', () => {
    let expected: AnalysisResult;
    beforeAll(async () => {
        expected = await analyseInProcess(EXAMPLE);
    });

    it('--format json prints the analysis result for the example, figure for figure', () => {
        const run = runCli(['analyse', '--format', 'json', EXAMPLE]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const printed = JSON.parse(run.stdout) as AnalysisResult;
        expect(printed).toEqual(expected);
        expect(printed.initiatives.length).toBeGreaterThan(0);
        expect(printed.practices.map(p => p.id)).toContain('Riverside');
    });

    it('--format json matches the analysis JSON Schema for every example', () => {
        const schemaFile = fileURLToPath(new URL('../../analysis/schema/analysis-result.schema.json', import.meta.url));
        const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
        const examples = readdirSync(path.dirname(EXAMPLE)).filter(f => f.endsWith('.autonomy'));
        expect(examples.length).toBeGreaterThanOrEqual(5);
        for (const example of examples) {
            const run = runCli(['analyse', '-f', 'json', path.join(path.dirname(EXAMPLE), example)]);
            expect(run.code, `${example}: ${run.stderr}`).toBe(0);
            const valid = validate(JSON.parse(run.stdout));
            expect(validate.errors ?? [], example).toEqual([]);
            expect(valid).toBe(true);
        }
        // One CLI process per example: minutes, not seconds, on a loaded two-core machine.
    }, 180_000);

    it('prints JSON by default when the output is not a terminal', () => {
        const run = runCli(['analyse', EXAMPLE]);
        expect(run.code).toBe(0);
        expect((JSON.parse(run.stdout) as AnalysisResult).schemaVersion).toBe(expected.schemaVersion);
    });

    it('--format pretty shows each initiative and practice with money in the model currency', () => {
        const run = runCli(['analyse', '--format', 'pretty', EXAMPLE]);
        expect(run.code).toBe(0);
        const currency = expected.settings.currency;
        for (const initiative of expected.initiatives) {
            expect(run.stdout).toContain(`Initiative: ${initiative.title}`);
            expect(run.stdout).toContain(`net saving ${formatMoney(initiative.netSaving, currency)}`);
            for (const share of initiative.shares) {
                expect(run.stdout).toContain(formatMoney(share.fairShare, currency));
                expect(run.stdout).toContain(formatMoney(share.charge, currency));
            }
        }
        for (const practice of expected.practices) {
            const row = run.stdout.split('\n').find(l => l.trimStart().startsWith(practice.title) && l.includes('better off'));
            expect(row, practice.title).toBeDefined();
            expect(row).toContain(formatMoney(practice.benefit, currency));
            expect(row).toContain(PARADOX_VERDICT_LABELS[practice.paradoxVerdict]);
        }
    });

    it('exits 1 and prints the errors, not an analysis, when the model has errors', () => {
        const run = runCli(['analyse', '--format', 'json', 'errors/unresolved.autonomy']);
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('errors/unresolved.autonomy:');
        expect(run.stderr).toContain('Foxtrot');
    });

    it('exits 2 unless given exactly one model file', () => {
        expect(runCli(['analyse']).code).toBe(2);
        expect(runCli(['analyse', 'valid']).code).toBe(2);
        expect(runCli(['analyse', 'missing.autonomy']).code).toBe(2);
        expect(runCli(['analyse', '--format', 'sarif', path.basename(EXAMPLE)], { cwd: path.dirname(EXAMPLE) }).code).toBe(2);
    });
});
