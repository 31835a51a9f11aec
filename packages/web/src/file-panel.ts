// The file list and its actions: new, open from disk, save to disk, rename, delete.
import { offerDownload } from './download.js';
import { fileName, fileUri, type FileStore } from './file-store.js';
import type { StoreWorkspace } from './store-workspace.js';

export interface FilePanelHost {
    store: FileStore;
    workspace: StoreWorkspace;
    /** The file in the editor. */
    current(): string;
    /** Shows `name` in the editor (undefined: the editor lets go of the current file first, as before a rename). */
    open(name: string | undefined): void;
    say(text: string, isError?: boolean): void;
}

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Lists the files, the current one marked, each a button that opens it. */
export function listFiles(store: FileStore, current: string, open: (name: string) => void): void {
    element<HTMLUListElement>('files').replaceChildren(...store.names().map(name => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = name;
        button.title = name;
        button.setAttribute('aria-current', String(name === current));
        button.addEventListener('click', () => open(name));
        const item = document.createElement('li');
        item.append(button);
        return item;
    }));
}

/** Asks for a file name not yet used; undefined when the user cancels or gives an unusable one (then says why). */
function askName(host: FilePanelHost, question: string, suggestion: string): string | undefined {
    const typed = prompt(question, suggestion);
    if (typed === null) return undefined;
    const checked = fileName(typed);
    if ('error' in checked) {
        host.say(checked.error, true);
        return undefined;
    }
    if (host.store.has(checked.name)) {
        host.say(`There is already a file named ${checked.name}: choose another name.`, true);
        return undefined;
    }
    return checked.name;
}

function addAndOpen(host: FilePanelHost, name: string, text: string): void {
    host.store.write(name, text);
    host.workspace.addFile(fileUri(name), text);
    host.open(name);
}

async function openLocalFile(host: FilePanelHost, file: File): Promise<void> {
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
        host.say(`${file.name} is not UTF-8 text, so it cannot be a model: save it as UTF-8 and open it again.`, true);
        return;
    }
    const name = host.store.add(file.name.replace(/\.[^.]*$/, '') || 'opened', text);
    host.workspace.addFile(fileUri(name), text);
    host.open(name);
    host.say(`Opened ${file.name} as ${name}; it is kept in this browser, not sent anywhere.`);
}

export function wireFileActions(host: FilePanelHost): void {
    const input = element<HTMLInputElement>('file-input');
    element('file-new').addEventListener('click', () => {
        const name = askName(host, 'Name of the new file', 'scenario.autonomy');
        if (name) addAndOpen(host, name, '');
    });
    element('file-open').addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.value = '';
        if (file) void openLocalFile(host, file);
    });
    element('file-save').addEventListener('click', () => {
        const name = host.current();
        offerDownload(name.split('/').pop() ?? name, new Blob([host.store.read(name)], { type: 'text/plain;charset=utf-8' }));
        host.say(`Saved ${name} to your downloads.`);
    });
    element('file-rename').addEventListener('click', () => {
        const from = host.current();
        const to = askName(host, `New name for ${from}`, from);
        if (!to) return;
        host.open(undefined);
        host.workspace.removeFile(fileUri(from));
        host.store.rename(from, to);
        host.workspace.addFile(fileUri(to), host.store.read(to));
        host.open(to);
        host.say(`Renamed ${from} to ${to}. Files that import it by its old name need their import changing.`);
    });
    element('file-delete').addEventListener('click', () => {
        const name = host.current();
        if (!confirm(`Delete ${name} from this browser? This cannot be undone (save it first to keep a copy).`)) return;
        host.open(undefined);
        host.workspace.removeFile(fileUri(name));
        host.store.delete(name);
        const next = host.store.names()[0];
        if (next === undefined) addAndOpen(host, 'model.autonomy', '');
        else host.open(next);
        host.say(`Deleted ${name}.`);
    });
}
