import { type AutonomyServices, createAutonomyServices } from '@autonomy/language';
import type { DocumentValidator, Module } from 'langium';
import type { DefaultSharedModuleContext, LangiumSharedServices } from 'langium/lsp';
import { CustomRequestService } from './custom-requests.js';
import { EditorSettingsStore } from './editor-settings.js';
import { GradedDocumentValidator } from './graded-document-validator.js';
import { defaultReportSources, type ReportSources } from './report-sources.js';
import { CUSTOM_REQUESTS } from './requests/all-requests.js';

/** The services the language server adds to the language's. */
export interface AutonomyServerAddedServices {
    server: {
        Settings: EditorSettingsStore;
        CustomRequests: CustomRequestService;
        ReportSources: ReportSources;
    };
}

export type AutonomyServerServices = AutonomyServices & AutonomyServerAddedServices;

export const AutonomyServerModule: Module<AutonomyServerServices, AutonomyServerAddedServices & { validation: { DocumentValidator: DocumentValidator } }> = {
    server: {
        Settings: services => new EditorSettingsStore(services.shared),
        CustomRequests: services => new CustomRequestService(services, CUSTOM_REQUESTS),
        ReportSources: () => defaultReportSources
    },
    validation: {
        DocumentValidator: services => new GradedDocumentValidator(services)
    }
};

/** The language's services with the server's added, as every client of the server gets them. */
export function createAutonomyServerServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Autonomy: AutonomyServerServices;
} {
    return createAutonomyServices<AutonomyServerAddedServices>(context, AutonomyServerModule);
}
