/**
 * The editor's analysis shortcuts (initiative figures reused across edits,
 * the stable split only where a finding quotes it, the LP-free emptiness
 * proof) must leave every diagnostic and every analysed figure as it was,
 * on generated localities of several files.
 */
import { InitiativeCache, analyse } from '@autonomy/analysis';
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateModel } from '../src/generate-model.js';
import { allDiagnostics, buildDocuments } from '../src/in-memory-workspace.js';

const EDITOR = { exactLimit: 12, samples: 1_000, stableSplitLimit: 8 };

describe('editor analysis shortcuts on generated models', () => {
    test.each([1, 2])('seed %i: the same diagnostics as with every stable split computed, and the same analysis with the cache', async seed => {
        const files = generateModel({ lines: 1_500, seed }).files;
        const editor = createAutonomyServices(EmptyFileSystem);
        const full = createAutonomyServices(EmptyFileSystem);
        // The editor's defaults except the shortcut under test (no budget: a slow CI machine must not change the result).
        editor.Autonomy.analysis.AnalysisProvider.configure({ ...EDITOR, stableSplitForFindingsOnly: true });
        full.Autonomy.analysis.AnalysisProvider.configure({ ...EDITOR, stableSplitForFindingsOnly: false });
        const editorDiagnostics = allDiagnostics(await buildDocuments(editor.shared, files));
        const fullDiagnostics = allDiagnostics(await buildDocuments(full.shared, files));
        expect(editorDiagnostics.length).toBeGreaterThan(50);
        expect(editorDiagnostics).toEqual(fullDiagnostics);

        const cache = new InitiativeCache();
        for (const document of editor.shared.workspace.LangiumDocuments.all.toArray()) {
            const model = editor.Autonomy.model.DomainModelBuilder.build(document);
            const plain = JSON.stringify(analyse(model, EDITOR));
            expect(JSON.stringify(analyse(model, { ...EDITOR, initiativeCache: cache }))).toBe(plain);
            expect(JSON.stringify(analyse(model, { ...EDITOR, initiativeCache: cache }))).toBe(plain);
        }
        expect(cache.size).toBeGreaterThan(10);
    }, 60_000);
});
