import { AutonomyDocumentValidator } from '@autonomy/language';
import type { LangiumDocument, ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { EditorSettingsStore } from './editor-settings.js';
import type { AutonomyServerServices } from './server-module.js';
import { applySeverityOverrides } from './severity-overrides.js';

/**
 * The language's validator, with the user's severity overrides applied to
 * what it finds (validator and analysis findings alike), so every consumer of
 * a document's diagnostics -- publishDiagnostics, the report's problem list --
 * sees the same grades.
 */
export class GradedDocumentValidator extends AutonomyDocumentValidator {
    private readonly settings: EditorSettingsStore;

    constructor(services: AutonomyServerServices) {
        super(services);
        this.settings = services.server.Settings;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        await this.settings.loaded;
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        return applySeverityOverrides(diagnostics, this.settings.current.severity);
    }
}
