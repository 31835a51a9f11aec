import { DEFAULT_SETTINGS } from '@autonomy/domain';
import type { LangiumSharedServices } from 'langium/lsp';
import { CONFIGURATION_SECTION } from './protocol.js';
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
        // Whatever the client sends: readEditorSettings checks it.
        defaults: await provider.getConfiguration(CONFIGURATION_SECTION, 'defaults') as unknown,
        diagnostics: await provider.getConfiguration(CONFIGURATION_SECTION, 'diagnostics') as unknown
    };
    return readEditorSettings(section);
}

/**
 * The settings the server works with, kept current from the client's
 * `autonomy` section. Validation waits for the first answer (`loaded`), so the
 * first build already reads models with the user's defaults and grades; a later
 * change that alters how models read (the defaults) or which problems show
 * (the severity overrides) rebuilds the models, so diagnostics, hovers and
 * reports all follow it.
 */
export class EditorSettingsStore {
    current: EditorSettings = readEditorSettings(undefined);
    readonly loaded: Promise<void>;

    constructor(private readonly shared: LangiumSharedServices) {
        const provider = shared.workspace.ConfigurationProvider;
        provider.onConfigurationSectionUpdate(update => {
            if (update.section === CONFIGURATION_SECTION) {
                void this.refresh();
            }
        });
        // Langium fetches the configuration once the client is initialised. A
        // client that claims workspace/configuration but never answers must
        // not hold validation back for good: after SETTINGS_WAIT_MS the
        // defaults are used, and a later answer still applies.
        const answered = provider.ready.then(() => fetchEditorSettings(shared));
        let settled = false;
        const waited = new Promise<void>(resolve => {
            const timer = setTimeout(() => {
                if (!settled) {
                    console.warn(`The editor did not answer workspace/configuration within ${SETTINGS_WAIT_MS / 1000} s; using the default settings until it does.`);
                }
                resolve();
            }, SETTINGS_WAIT_MS);
            // Node's timers keep the process alive unless unref'd; a browser worker's (the web edition) are numbers.
            if (typeof timer === 'object') {
                timer.unref();
            }
        });
        this.loaded = Promise.race([answered.then(settings => this.use(settings)), waited]).then(() => {
            settled = true;
        });
        void answered.then(settings => this.apply(settings));
    }

    async refresh(): Promise<void> {
        await this.loaded;
        await this.apply(await fetchEditorSettings(this.shared));
    }

    private use(settings: EditorSettings): void {
        this.current = settings;
        applyModelDefaults(settings);
    }

    /** Uses `settings`, rebuilding the models when they change what the models say or show. */
    private async apply(settings: EditorSettings): Promise<void> {
        if (settingsKey(this.current) === settingsKey(settings)) {
            return;
        }
        this.use(settings);
        const uris = this.shared.workspace.LangiumDocuments.all.map(doc => doc.uri).toArray();
        await this.shared.workspace.DocumentBuilder.update(uris, []);
    }
}

/** How long validation waits for the client's first configuration answer. */
const SETTINGS_WAIT_MS = 10_000;

function settingsKey(settings: EditorSettings): string {
    return JSON.stringify([settings.trustThreshold, settings.currency, [...settings.severity].sort()]);
}
