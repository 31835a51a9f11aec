import type { Module } from 'langium';
import type { LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { AutonomyServices } from '../autonomy-module.js';
import { IncrementalDocumentFactory } from './incremental-document-factory.js';
import { KeptScopeProvider } from './kept-scopes.js';
import { AutonomyLinker } from './linker.js';
import { AutonomyReferenceDescriptionProvider } from './reference-descriptions.js';
import { AutonomyScopeComputation } from './scope-computation.js';
import { AutonomyValidationRegistry } from './validation-registry.js';
import { ValidationWalk } from './validation-walk.js';

/** The service the speed module adds: the document validator's node walk. */
export interface AutonomySpeedServices {
    speed: {
        ValidationWalk: ValidationWalk;
    };
}

/**
 * Cheaper replacements of Langium's defaults, which give the same documents,
 * diagnostics and reference index (test/speed/equivalence.test.ts checks it
 * against Langium's own services): the linker, the reference index and the
 * validator walk each tree once per parse (ast-walk.ts); the validation
 * registry answers from arrays; scope computation collects no local symbols,
 * which our scope provider does not read. Figures in docs/performance.md.
 * `createAutonomyServices({ ...context, speedUps: false })` leaves it out.
 */
export const AutonomySpeedModule: Module<LangiumServices & AutonomySpeedServices, PartialLangiumServices & AutonomySpeedServices> = {
    references: {
        ScopeComputation: (services) => new AutonomyScopeComputation(services),
        Linker: (services) => new AutonomyLinker(services),
        ScopeProvider: (services) => new KeptScopeProvider(services as unknown as AutonomyServices)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new AutonomyReferenceDescriptionProvider(services)
    },
    validation: {
        ValidationRegistry: (services) => new AutonomyValidationRegistry(services)
    },
    speed: {
        ValidationWalk: (services) => new ValidationWalk(services)
    }
};

/**
 * The speed module's shared service: the document factory that re-parses
 * only the declaration an edit falls in (incremental-parse.ts). Left out with
 * the rest by `speedUps: false`; `AUTONOMY_INCREMENTAL_PARSING=off` or the
 * factory's `incremental = false` parses every change in full.
 */
export const AutonomySharedSpeedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        LangiumDocumentFactory: (services) => new IncrementalDocumentFactory(services)
    }
};
