import { createAutonomyServices } from '@autonomy/language';
import { URI } from 'langium';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { type CancellationToken, createConnection, ProposedFeatures, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import {
    CONFIGURATION_SECTION, type ReportParams, ReportRequestMethod, type StructureParams, StructureRequestMethod
} from '../shared/protocol.js';
import { validatedModel } from './document-access.js';
import { applyModelDefaults, type EditorSettings, fetchEditorSettings, readEditorSettings } from './editor-settings.js';
import { type CompareParams, CompareRequestMethod } from '../shared/compare-protocol.js';
import { handleCompareRequest } from './compare-request.js';
import { handleReportRequest } from './report-request.js';
import { type SensitivityParams, SensitivityRequestMethod } from '../shared/sensitivity-protocol.js';
import { handleSensitivityRequest } from './sensitivity-request.js';
import { applySeverityOverrides } from './severity-overrides.js';
import { structureSvg } from './structure-diagram.js';

// The extension's language server, started by the client over IPC. It lives in
// the extension (not in @autonomy/language) because it also renders reports,
// and the language package must not depend on the report package.
const connection = createConnection(ProposedFeatures.all);

let settings: EditorSettings = readEditorSettings(undefined);

// Every diagnostic passes through here, so the user's severity overrides apply
// to validator and analysis findings alike. The raw lists are kept to re-grade
// them when the settings change, without re-validating.
const published = new Map<string, PublishDiagnosticsParams>();
const sendDiagnostics = connection.sendDiagnostics.bind(connection);
connection.sendDiagnostics = async (params: PublishDiagnosticsParams) => {
    published.set(params.uri, params);
    return sendDiagnostics({ ...params, diagnostics: applySeverityOverrides(params.diagnostics, settings.severity) });
};

const { shared, Autonomy } = createAutonomyServices({ connection, ...NodeFileSystem });

async function refreshSettings(): Promise<void> {
    const previous = settings;
    settings = await fetchEditorSettings(shared);
    applyModelDefaults(settings);
    for (const params of published.values()) {
        void sendDiagnostics({ ...params, diagnostics: applySeverityOverrides(params.diagnostics, settings.severity) });
    }
    if (previous.trustThreshold !== settings.trustThreshold || previous.currency !== settings.currency) {
        // Models that state no threshold or currency now read differently: rebuild them.
        const uris = shared.workspace.LangiumDocuments.all.map(doc => doc.uri).toArray();
        await shared.workspace.DocumentBuilder.update(uris, []);
    }
}

shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
    if (update.section === CONFIGURATION_SECTION) {
        void refreshSettings();
    }
});
// Langium fetches the configuration once the client is initialised.
void shared.workspace.ConfigurationProvider.ready.then(refreshSettings);

connection.onRequest(ReportRequestMethod, (params: ReportParams, token: CancellationToken) => handleReportRequest({
    shared,
    services: Autonomy,
    severity: () => settings.severity,
    // A dynamic import keeps pdfmake out of start-up.
    loadReport: () => import('@autonomy/report'),
    formulas: () => {
        const path = join(__dirname, 'formulas.md'); // copied beside the bundle by esbuild.mjs
        return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    }
}, params, token));

connection.onRequest(StructureRequestMethod, async (params: StructureParams, token: CancellationToken) => {
    try {
        const { model } = await validatedModel(shared, Autonomy, URI.parse(params.uri).toString(), token);
        return { svg: structureSvg(model) };
    } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
    }
});

connection.onRequest(CompareRequestMethod, (params: CompareParams, token) =>
    handleCompareRequest({ shared, services: Autonomy, loadReport: () => import('@autonomy/report') }, params, token));

connection.onRequest(SensitivityRequestMethod, (params: SensitivityParams, token) => handleSensitivityRequest({
    shared, services: Autonomy, loadReport: () => import('@autonomy/report'),
    refreshHints: () => void connection.languages.inlayHint.refresh().catch(() => undefined)
}, params, token));

startLanguageServer(shared);
