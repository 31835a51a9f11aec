import { type Module, inject } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { AutonomyGeneratedModule, AutonomyGeneratedSharedModule } from './generated/module.js';
import { ImportResolver } from './imports/import-resolver.js';
import { AutonomyScopeProvider } from './references/scope-provider.js';
import { AutonomyScopeComputation } from './references/scope-computation.js';
import { AutonomyLinker } from './references/linker.js';
import { AutonomyReferenceDescriptionProvider } from './references/reference-descriptions.js';
import { AutonomyDocumentValidator } from './validation/document-validator.js';
import { DomainModelBuilder } from './domain-model/build-domain-model.js';
import { registerValidationChecks } from './validation/register-checks.js';
import { AutonomyValidationRegistry } from './validation/validation-registry.js';
import { AutonomyLspModule, AutonomySharedLspModule } from './lsp/lsp-module.js';
import { AnalysisProvider } from './analysis/analysis-provider.js';
import { AutonomyCodeActionProvider } from './lsp/code-actions.js';
import { createAutonomyParser } from './parser/cst-node-builder.js';
import { AutonomyLexerErrorMessageProvider, AutonomyParserErrorMessageProvider } from './parser/error-messages.js';

/** Services this language adds to Langium's defaults. */
export interface AutonomyAddedServices {
    references: {
        ImportResolver: ImportResolver;
    };
    model: {
        DomainModelBuilder: DomainModelBuilder;
    };
    analysis: {
        AnalysisProvider: AnalysisProvider;
    };
}

export type AutonomyServices = LangiumServices & AutonomyAddedServices;

export const AutonomyModule: Module<AutonomyServices, PartialLangiumServices & AutonomyAddedServices> = {
    parser: {
        LangiumParser: (services) => createAutonomyParser(services),
        ParserErrorMessageProvider: () => new AutonomyParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new AutonomyLexerErrorMessageProvider()
    },
    references: {
        ImportResolver: (services) => new ImportResolver(services),
        ScopeProvider: (services) => new AutonomyScopeProvider(services),
        ScopeComputation: (services) => new AutonomyScopeComputation(services),
        Linker: (services) => new AutonomyLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new AutonomyReferenceDescriptionProvider(services)
    },
    validation: {
        ValidationRegistry: (services) => new AutonomyValidationRegistry(services),
        DocumentValidator: (services) => new AutonomyDocumentValidator(services)
    },
    model: {
        DomainModelBuilder: (services) => new DomainModelBuilder(services)
    },
    analysis: {
        AnalysisProvider: (services) => new AnalysisProvider(services)
    },
    lsp: {
        ...AutonomyLspModule,
        CodeActionProvider: (services) => new AutonomyCodeActionProvider(services)
    }
};

/**
 * Creates the shared services and the language services. The editor, the CLI
 * and the tests all build their services here, so they read models the same way.
 */
export function createAutonomyServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Autonomy: AutonomyServices;
} {
    const shared = inject(createDefaultSharedModule(context), AutonomyGeneratedSharedModule, AutonomySharedLspModule);
    const Autonomy = inject(createDefaultModule({ shared }), AutonomyGeneratedModule, AutonomyModule);
    shared.ServiceRegistry.register(Autonomy);
    registerValidationChecks(Autonomy);
    if (!context.connection) {
        // Outside a language server nothing would trigger the configuration update.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Autonomy };
}
