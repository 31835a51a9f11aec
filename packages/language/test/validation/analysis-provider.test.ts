import { analyse, type InitiativeCache } from '@autonomy/analysis';
import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it, vi } from 'vitest';
import { EDITOR_EXACT_LIMIT } from '../../src/analysis/analysis-provider.js';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import type { AutonomyFile } from '../../src/generated/ast.js';

function model(current: string): string {
    return [
        'model "Cache" { currency £ }',
        'practice A { list size 1,000 }',
        'practice B { list size 1,000 }',
        'collective N { members A, B decides by consensus }',
        `initiative I { run by N participants A, B current cost A ${current}, B £1,000 shared cost £1,000 fixed share fairly }`
    ].join('\n');
}

describe('AnalysisProvider', () => {
    it('computes once per workspace state and recomputes after a change', async () => {
        const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
        const document = await parseHelper<AutonomyFile>(Autonomy)(model('£3,000'), { documentUri: 'file:///cache.autonomy' });
        const provider = Autonomy.analysis.AnalysisProvider;
        const first = provider.getAnalysis(document);
        expect(first?.result.initiatives[0].netSaving).toBe(300_000);
        expect(provider.getAnalysis(document)).toBe(first);

        const uri = URI.parse('file:///cache.autonomy');
        shared.workspace.LangiumDocuments.deleteDocument(uri);
        const changed = shared.workspace.LangiumDocumentFactory.fromString(model('£5,000'), uri);
        shared.workspace.LangiumDocuments.addDocument(changed);
        await shared.workspace.DocumentBuilder.update([], []);
        const second = provider.getAnalysis(changed);
        expect(second).not.toBe(first);
        expect(second?.result.initiatives[0].netSaving).toBe(500_000);
    });

    it('reuses the last result when an edit only moves declarations, with the new model', async () => {
        const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
        const uri = URI.parse('file:///moved.autonomy');
        const document = await parseHelper<AutonomyFile>(Autonomy)(model('£3,000'), { documentUri: uri.toString() });
        const provider = Autonomy.analysis.AnalysisProvider;
        const first = provider.getAnalysis(document)!;
        expect(first.model.initiatives[0].source?.line).toBe(4);

        const replace = async (text: string) => {
            shared.workspace.LangiumDocuments.deleteDocument(uri);
            const changed = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            shared.workspace.LangiumDocuments.addDocument(changed);
            await shared.workspace.DocumentBuilder.update([], []);
            return provider.getAnalysis(changed)!;
        };
        // Blank lines and a comment move every declaration: the same figures, reused.
        const moved = await replace('\n\n// moved\n' + model('£3,000'));
        expect(moved).not.toBe(first);
        expect(moved.result).toBe(first.result);
        expect(moved.model.initiatives[0].source?.line).toBe(7);
        // A changed value: analysed again.
        const changed = await replace('\n\n// moved\n' + model('£5,000'));
        expect(changed.result).not.toBe(first.result);
        expect(changed.result.initiatives[0].netSaving).toBe(500_000);
        expect(JSON.stringify(changed.result)).toBe(JSON.stringify(
            analyse(changed.model, {
                exactLimit: EDITOR_EXACT_LIMIT, samples: 1_000, stableSplitLimit: 8, stableSplitForFindingsOnly: true
            })));
        // A practice's crisis risk: only its own figures are computed again, equal to a fresh analysis.
        const risky = await replace('\n\n// moved\n' + model('£5,000').replace('practice A { list size 1,000 }', 'practice A { list size 1,000 crisis risk 40% }'));
        expect(risky.result).not.toBe(changed.result);
        expect(risky.result.initiatives).toBe(changed.result.initiatives);
        expect(risky.result.practices[0].crisisRisk).toBe(0.4);
        expect(JSON.stringify(risky.result)).toBe(JSON.stringify(
            analyse(risky.model, {
                exactLimit: EDITOR_EXACT_LIMIT, samples: 1_000, stableSplitLimit: 8, stableSplitForFindingsOnly: true
            })));
        // Back to the first text: analysed again (the last analysis is the £5,000 one), equal to the first.
        const back = await replace(model('£3,000'));
        expect(JSON.stringify(back.result)).toBe(JSON.stringify(first.result));
    });

    it('caps exact fair shares for the editor', async () => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        const names = Array.from({ length: EDITOR_EXACT_LIMIT + 1 }, (_, i) => `P${i}`);
        const text = [
            ...names.map(n => `practice ${n} { list size 1,000 }`),
            `collective N { members ${names.join(', ')} decides by consensus }`,
            `initiative I { run by N participants ${names.join(', ')} current cost ${names.map(n => `${n} £100`).join(', ')} shared cost £50 fixed share fairly }`
        ].join('\n');
        const document = await parseHelper<AutonomyFile>(Autonomy)(text);
        const provider = Autonomy.analysis.AnalysisProvider;
        expect(provider.getAnalysis(document)?.result.initiatives[0].method).toBe('monte-carlo');
        // A batch tool lifts the cap and gets exact figures.
        provider.configure({ exactLimit: 20, timeBudgetMs: undefined });
        expect(provider.getAnalysis(document)?.result.initiatives[0].method).toBe('exact');
    });

    it('returns undefined instead of throwing when the model cannot be analysed, and says why', async () => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        Autonomy.model.DomainModelBuilder.build = () => {
            throw new Error('simulated failure');
        };
        const document = await parseHelper<AutonomyFile>(Autonomy)(model('£3,000'), { validation: true });
        expect(Autonomy.analysis.AnalysisProvider.getAnalysis(document)).toBeUndefined();
        const skipped = document.diagnostics?.filter(d => d.code === 'analysis-skipped') ?? [];
        expect(skipped.map(d => [d.range.start.line, d.severity])).toEqual([[0, 3]]);
        expect(skipped[0].message).toContain('simulated failure');
    });

    it('abandons an analysis over its time budget and says so', async () => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        Autonomy.analysis.AnalysisProvider.configure({ exactLimit: 0, timeBudgetMs: -1 });
        const document = await parseHelper<AutonomyFile>(Autonomy)(model('£3,000'), { validation: true });
        expect(Autonomy.analysis.AnalysisProvider.getAnalysis(document)).toBeUndefined();
        const skipped = document.diagnostics?.filter(d => d.code === 'analysis-skipped') ?? [];
        expect(skipped).toHaveLength(1);
        expect(skipped[0].message).toContain('budget');
    });

    it('finishes the figures of an abandoned analysis in idle time, leaving its diagnostics as they were', async () => {
        const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
        const provider = Autonomy.analysis.AnalysisProvider;
        const initiatives = (provider as unknown as { initiatives: InitiativeCache }).initiatives;
        const text = model('£3,000') + '\ninitiative J { participants A, B current cost A £2,000, B £1,000 shared cost £2,000 fixed }';
        // The first build's clock jumps past the budget at its first look: the analysis is abandoned before any figure.
        let now = Date.now();
        const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 10_000));
        const uri = 'file:///idle.autonomy';
        const document = await parseHelper<AutonomyFile>(Autonomy)(text, { documentUri: uri, validation: true });
        clock.mockRestore();
        const skipped = document.diagnostics?.filter(d => d.code === 'analysis-skipped') ?? [];
        expect(skipped).toHaveLength(1);
        expect(initiatives.size).toBe(0);

        await provider.idleWorkDone();
        expect(initiatives.size).toBe(2);
        expect(document.diagnostics?.filter(d => d.code === 'analysis-skipped')).toEqual(skipped);
        // The next change that moves declarations finds the idle analysis as the last one: its result is that analysis.
        shared.workspace.LangiumDocuments.deleteDocument(URI.parse(uri));
        const moved = shared.workspace.LangiumDocumentFactory.fromString('\n' + text, URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(moved);
        await shared.workspace.DocumentBuilder.update([], []);
        const analysis = provider.getAnalysis(moved)!;
        expect(JSON.parse(JSON.stringify(analysis.result))).toEqual(JSON.parse(JSON.stringify(analyse(analysis.model, { exactLimit: EDITOR_EXACT_LIMIT, samples: 1_000, stableSplitLimit: 8, stableSplitForFindingsOnly: true }))));
    });

    it('drops the idle work of an abandoned analysis when the workspace changes', async () => {
        const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
        const provider = Autonomy.analysis.AnalysisProvider;
        const initiatives = (provider as unknown as { initiatives: InitiativeCache }).initiatives;
        let now = Date.now();
        const clock = vi.spyOn(Date, 'now').mockImplementation(() => (now += 10_000));
        const uri = URI.parse('file:///dropped.autonomy');
        await parseHelper<AutonomyFile>(Autonomy)(model('£3,000'), { documentUri: uri.toString(), validation: true });
        clock.mockRestore();
        await shared.workspace.DocumentBuilder.update([], [uri]);
        await provider.idleWorkDone();
        expect(initiatives.size).toBe(0);
    });

    it('does not analyse for the diagnostics of a file that declares no initiative (every finding is about one)', async () => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        let built = 0;
        Autonomy.model.DomainModelBuilder.build = () => {
            built++;
            throw new Error('simulated failure');
        };
        const text = ['model "Register" { currency £ }', 'practice A { list size 1,000 }', 'practice B { list size 1,000 }',
            'collective N { members A, B decides by consensus }',
            'trust A -> N { credibility 2 reliability 2 intimacy 2 self-orientation 4 }'].join('\n');
        const document = await parseHelper<AutonomyFile>(Autonomy)(text, { validation: true });
        expect(document.diagnostics?.map(d => d.code)).toEqual([]);
        expect(built).toBe(0);
    });

    it('reports no skipped analysis when the analysis runs', async () => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        const document = await parseHelper<AutonomyFile>(Autonomy)(model('£3,000'), { validation: true });
        expect(document.diagnostics?.map(d => d.code)).not.toContain('analysis-skipped');
    });
});
