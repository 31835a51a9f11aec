import { type DeepPartial, type Module, inject } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { AutonomyGeneratedModule, AutonomyGeneratedSharedModule } from './generated/module.js';
import { AnyExtensionServiceRegistry } from './any-extension-service-registry.js';
import { ImportAwareIndexManager } from './imports/import-aware-index-manager.js';
import { ImportLoader } from './imports/import-loader.js';
import { ImportResolver } from './imports/import-resolver.js';
import { ProjectRoot } from './imports/project-root.js';
import { CompactAstNodeDescriptionProvider } from './references/compact-node-description.js';
import { AutonomyScopeProvider } from './references/scope-provider.js';
import { EchoLimitedDocumentValidator } from './validation/echo-limited-validator.js';
import { DomainModelBuilder } from './domain-model/build-domain-model.js';
import { registerValidationChecks } from './validation/register-checks.js';
import { AutonomySharedSpeedModule, AutonomySpeedModule, type AutonomySpeedServices } from './speed/speed-module.js';
import { AutonomyLspModule, AutonomySharedLspModule } from './lsp/lsp-module.js';
import { AnalysisProvider } from './analysis/analysis-provider.js';
import { SensitivityStore } from './analysis/sensitivity-store.js';
import { AutonomyCodeActionProvider } from './lsp/code-actions.js';
import { createAutonomyParser } from './parser/cst-node-builder.js';
import { AutonomyLexer } from './parser/autonomy-lexer.js';
import { AutonomyLexerErrorMessageProvider, AutonomyParserErrorMessageProvider } from './parser/error-messages.js';
import { AutonomyValueConverter } from './parser/value-converter.js';

/** Services this language adds to Langium's defaults. */
export interface AutonomyAddedServices {
    references: {
        ImportResolver: ImportResolver;
        ProjectRoot: ProjectRoot;
    };
    model: {
        DomainModelBuilder: DomainModelBuilder;
    };
    analysis: {
        AnalysisProvider: AnalysisProvider;
        SensitivityStore: SensitivityStore;
    };
}

/** The speed module's services are there unless it was left out (`speedUps: false`). */
export type AutonomyServices = LangiumServices & AutonomyAddedServices & Partial<AutonomySpeedServices>;

export interface AutonomyModuleContext extends DefaultSharedModuleContext {
    /**
     * False leaves out the speed module (speed/speed-module.ts), building with
     * Langium's own linker, reference index, validation registry and walks:
     * the same results, more slowly. For the equivalence tests and to rule the speed-ups out.
     */
    speedUps?: boolean;
}

export const AutonomyModule: Module<AutonomyServices, PartialLangiumServices & AutonomyAddedServices> = {
    parser: {
        LangiumParser: (services) => createAutonomyParser(services),
        Lexer: (services) => new AutonomyLexer(services),
        ParserErrorMessageProvider: () => new AutonomyParserErrorMessageProvider(),
        LexerErrorMessageProvider: () => new AutonomyLexerErrorMessageProvider(),
        ValueConverter: () => new AutonomyValueConverter()
    },
    references: {
        ImportResolver: (services) => new ImportResolver(services),
        ProjectRoot: () => new ProjectRoot(),
        ScopeProvider: (services) => new AutonomyScopeProvider(services)
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new CompactAstNodeDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new EchoLimitedDocumentValidator(services)
    },
    model: {
        DomainModelBuilder: (services) => new DomainModelBuilder(services)
    },
    analysis: {
        AnalysisProvider: (services) => new AnalysisProvider(services),
        SensitivityStore: () => new SensitivityStore()
    },
    lsp: {
        ...AutonomyLspModule,
        CodeActionProvider: (services) => new AutonomyCodeActionProvider(services)
    }
};

/** Shared services this language replaces: files of any extension are models; imports count as dependencies. */
const AutonomySharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    ServiceRegistry: (services) => new AnyExtensionServiceRegistry(services),
    workspace: {
        IndexManager: (services) => new ImportAwareIndexManager(services)
    }
};

/**
 * Creates the shared services and the language services. The editor, the CLI
 * and the tests all build their services here, so they read models the same way.
 */
export function createAutonomyServices<Added = object>(
    context: AutonomyModuleContext,
    /** Services a host adds or replaces (the language server's custom requests and settings), applied in order. */
    ...modules: Array<Module<AutonomyServices & Added, DeepPartial<AutonomyServices> & Added>>
): {
    shared: LangiumSharedServices;
    Autonomy: AutonomyServices & Added;
} {
    const sharedSpeed = context.speedUps === false ? {} : AutonomySharedSpeedModule;
    const shared = inject(createDefaultSharedModule(context), AutonomyGeneratedSharedModule, AutonomySharedLspModule, AutonomySharedModule,
        sharedSpeed as Module<LangiumSharedServices>);
    const speed = context.speedUps === false ? {} : AutonomySpeedModule;
    const Autonomy = inject(createDefaultModule({ shared }), AutonomyGeneratedModule, AutonomyModule, speed as Module<AutonomyServices & Added>,
        ...(modules as Array<Module<AutonomyServices & Added>>));
    shared.ServiceRegistry.register(Autonomy);
    registerValidationChecks(Autonomy);
    if (context.connection) {
        // The server's project root: the workspace folders, or each opened file's folder when there are none.
        shared.lsp.LanguageServer.onInitialize(params => Autonomy.references.ProjectRoot.setWorkspaceFolders(
            params.workspaceFolders?.map(folder => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])));
        new ImportLoader(Autonomy).start();
    } else {
        // Outside a language server nothing would trigger the configuration update.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Autonomy };
}
