// The files the page lists: the bundled examples, and whatever the user writes, kept in this browser's localStorage.
import documentHub from '../../../examples/document-hub.autonomy';
import northLocality from '../../../examples/north-locality.autonomy';
import paramedicVisiting from '../../../examples/paramedic-visiting.autonomy';

const KEY = 'autonomy.web.files';

export const EXAMPLES: Readonly<Record<string, string>> = {
    'north-locality.autonomy': northLocality,
    'document-hub.autonomy': documentHub,
    'paramedic-visiting.autonomy': paramedicVisiting
};

/** The URI the language server knows a file by: its name is a path under the root, so imports between files resolve. */
export function fileUri(name: string): string {
    return `file:///${name.split('/').map(encodeURIComponent).join('/')}`;
}

export class FileStore {
    private files: Record<string, string>;

    constructor(private readonly storage: Storage) {
        this.files = { ...EXAMPLES, ...this.load() };
    }

    names(): string[] {
        return Object.keys(this.files);
    }

    read(name: string): string {
        return this.files[name] ?? '';
    }

    write(name: string, text: string): void {
        this.files[name] = text;
        this.storage.setItem(KEY, JSON.stringify(this.files));
    }

    /** Adds `text` under a name not yet used (or the one already holding the same text); returns that name. */
    add(stem: string, text: string): string {
        for (let n = 1; ; n++) {
            const name = n === 1 ? `${stem}.autonomy` : `${stem}-${n}.autonomy`;
            if (this.files[name] === undefined || this.files[name] === text) {
                this.write(name, text);
                return name;
            }
        }
    }

    private load(): Record<string, string> {
        try {
            const parsed: unknown = JSON.parse(this.storage.getItem(KEY) ?? '{}');
            if (parsed === null || typeof parsed !== 'object') return {};
            return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
        } catch {
            return {};
        }
    }
}
