import { DEFAULT_SETTINGS } from '@autonomy/domain';
import type { LangiumSharedServices } from 'langium/lsp';
import { CONFIGURATION_SECTION } from '../shared/protocol.js';
import { parseSeverityOverrides, type SeverityOverride } from './severity-overrides.js';

/** The user settings the server honours (package.json `contributes.configuration`). */
export interface EditorSettings {
    trustThreshold: number;
    currency: string;
    severity: Map<string, SeverityOverride>;
}

const BUILT_IN = { trustThreshold: DEFAULT_SETTINGS.trustThreshold, currency: DEFAULT_SETTINGS.currency };

export function readEditorSettings(section: unknown): EditorSettings {
    const root = (section && typeof section === 'object' ? section : {}) as Record<string, unknown>;
    const defaults = (root['defaults'] ?? {}) as Record<string, unknown>;
    const diagnostics = (root['diagnostics'] ?? {}) as Record<string, unknown>;
    const threshold = defaults['trustThreshold'];
    const currency = defaults['currency'];
    return {
        trustThreshold: typeof threshold === 'number' && Number.isFinite(threshold) && threshold >= 0 ? threshold : BUILT_IN.trustThreshold,
        currency: typeof currency === 'string' && currency.trim() !== '' ? currency.trim() : BUILT_IN.currency,
        severity: parseSeverityOverrides(diagnostics['severity'])
    };
}

/**
 * Makes the settings' defaults the values a model gets when it does not state
 * its own. The domain model builder copies DEFAULT_SETTINGS for every build, and
 * this bundle holds its own copy of that object, so updating it here changes
 * exactly the unstated values -- in diagnostics, hovers and reports alike --
 * without the language package knowing about editor settings.
 */
export function applyModelDefaults(settings: EditorSettings): void {
    DEFAULT_SETTINGS.trustThreshold = settings.trustThreshold;
    DEFAULT_SETTINGS.currency = settings.currency;
}

/** Current settings, fetched from the client through workspace/configuration. */
export async function fetchEditorSettings(shared: LangiumSharedServices): Promise<EditorSettings> {
    const provider = shared.workspace.ConfigurationProvider;
    await provider.ready;
    const section = {
        defaults: await provider.getConfiguration(CONFIGURATION_SECTION, 'defaults') as unknown,
        diagnostics: await provider.getConfiguration(CONFIGURATION_SECTION, 'diagnostics') as unknown
    };
    return readEditorSettings(section);
}
