import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

/**
 * Langium's service registry, but a file whose name does not end in .autonomy
 * (`m.txt`, `model`, a file named `.autonomy`) is still read as a model when
 * asked for by name: there is only one language, and the command line checks a
 * file whatever its extension. `hasServices` stays strict, so the language
 * server's folder scan still picks up only .autonomy files.
 */
export class AnyExtensionServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            const languages = this.all;
            if (languages.length === 1) {
                return languages[0];
            }
            throw error;
        }
    }

    override hasServices(uri: URI): boolean {
        return this.knows(uri);
    }

    private knows(uri: URI): boolean {
        try {
            super.getServices(uri);
            return true;
        } catch {
            return false;
        }
    }
}
