import type { AutonomyServices } from '../autonomy-module.js';
import { AutonomyCompletionProvider } from './completion-provider.js';
import { AutonomyFormatter } from './formatter.js';
import { AutonomyRenameProvider } from './rename-provider.js';

/**
 * The language-server features this language adds to Langium's defaults,
 * registered under `lsp` in autonomy-module.ts.
 */
export const AutonomyLspModule = {
    Formatter: (_services: AutonomyServices) => new AutonomyFormatter(),
    CompletionProvider: (services: AutonomyServices) => new AutonomyCompletionProvider(services),
    RenameProvider: (services: AutonomyServices) => new AutonomyRenameProvider(services)
};
