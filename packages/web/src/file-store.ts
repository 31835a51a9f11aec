// The files the page lists: the bundled examples, and whatever the user writes, kept in this browser's localStorage.
import documentHub from '../../../examples/document-hub.autonomy';
import northLocality from '../../../examples/north-locality.autonomy';
import paramedicVisiting from '../../../examples/paramedic-visiting.autonomy';
import practicesRegister from '../../../examples/register/practices.autonomy';
import southvaleStaffBank from '../../../examples/southvale-staff-bank.autonomy';

const KEY = 'autonomy.web.files';
const EXTENSION = '.autonomy';

/** Laid out as in examples/, so the Southvale model's `import "register/practices.autonomy"` resolves. */
export const EXAMPLES: Readonly<Record<string, string>> = {
    'north-locality.autonomy': northLocality,
    'document-hub.autonomy': documentHub,
    'paramedic-visiting.autonomy': paramedicVisiting,
    'southvale-staff-bank.autonomy': southvaleStaffBank,
    'register/practices.autonomy': practicesRegister
};

/** The URI the language server knows a file by: its name is a path under the root, so imports between files resolve. */
export function fileUri(name: string): string {
    return `file:///${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** The name a user typed, made a file name (`.autonomy` added), or a sentence saying what to change. */
export function fileName(typed: string): { name: string } | { error: string } {
    const trimmed = typed.trim().replace(/^\/+/, '');
    const name = trimmed.endsWith(EXTENSION) ? trimmed : `${trimmed}${EXTENSION}`;
    const parts = name.split('/');
    if (trimmed === '' || parts.some(part => part === '' || part === '.' || part === '..' || part === EXTENSION)) {
        return { error: `'${typed}' is not a file name: give a name such as 'scenario.autonomy' or 'register/practices.autonomy' (folders separated by /, no empty, '.' or '..' parts).` };
    }
    if (name.includes('\\') || [...name].some(c => c.charCodeAt(0) < 32)) {
        return { error: `'${typed}' has a backslash or a control character; use letters, digits, '-', '_' and '/' between folders.` };
    }
    return { name };
}

export class FileStore {
    private files: Record<string, string>;

    constructor(private readonly storage: Storage, private readonly onSaveFailed: (message: string) => void = () => undefined) {
        // Once anything is saved, the saved set is the whole set: a deleted example stays deleted.
        this.files = this.load() ?? { ...EXAMPLES };
    }

    names(): string[] {
        return Object.keys(this.files);
    }

    has(name: string): boolean {
        return this.files[name] !== undefined;
    }

    read(name: string): string {
        return this.files[name] ?? '';
    }

    write(name: string, text: string): void {
        this.files[name] = text;
        this.save();
    }

    delete(name: string): void {
        delete this.files[name];
        this.save();
    }

    /** Moves a file's text to a new name, keeping its place in the list. */
    rename(from: string, to: string): void {
        this.files = Object.fromEntries(Object.entries(this.files).map(([name, text]) => [name === from ? to : name, text]));
        this.save();
    }

    /** Adds `text` under a name not yet used (or the one already holding the same text); returns that name. */
    add(stem: string, text: string): string {
        for (let n = 1; ; n++) {
            const name = n === 1 ? `${stem}${EXTENSION}` : `${stem}-${n}${EXTENSION}`;
            if (this.files[name] === undefined || this.files[name] === text) {
                this.write(name, text);
                return name;
            }
        }
    }

    /**
     * Adds files that import one another (a share link's model and its imports) under one new folder
     * named `stem`, keeping their relative paths so the imports still resolve. Returns the folder's prefix.
     */
    addFolder(stem: string, files: Readonly<Record<string, string>>): string {
        const sameAs = (prefix: string) => Object.entries(files).every(([name, text]) => this.files[prefix + name] === text);
        const free = (prefix: string) => Object.keys(files).every(name => this.files[prefix + name] === undefined);
        for (let n = 1; ; n++) {
            const prefix = n === 1 ? `${stem}/` : `${stem}-${n}/`;
            if (sameAs(prefix)) return prefix;
            if (!free(prefix)) continue;
            for (const [name, text] of Object.entries(files)) this.files[prefix + name] = text;
            this.save();
            return prefix;
        }
    }

    private save(): void {
        try {
            this.storage.setItem(KEY, JSON.stringify(this.files));
        } catch {
            // Full or refused storage: the text is still in the page, so say so while it can be saved elsewhere.
            this.onSaveFailed('This browser would not keep the files (its storage is full or switched off): they last only while this page is open. Save the file to disk to keep it.');
        }
    }

    private load(): Record<string, string> | undefined {
        try {
            const parsed: unknown = JSON.parse(this.storage.getItem(KEY) ?? 'null');
            if (parsed === null || typeof parsed !== 'object') return undefined;
            return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
        } catch {
            return undefined;
        }
    }
}
