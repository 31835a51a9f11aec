import { LSPPlugin, Workspace, type LSPClient, type WorkspaceFile } from '@codemirror/lsp-client';
import { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** What syncFiles reports for one file (the package does not export the type). */
type FileUpdate = ReturnType<Workspace['syncFiles']>[number];

class StoredFile implements WorkspaceFile {
    constructor(
        readonly uri: string,
        readonly languageId: string,
        public version: number,
        public doc: Text,
        public view: EditorView | null
    ) {}

    getView(): EditorView | null {
        return this.view;
    }
}

/**
 * Every file of the page's store stays open in the language server, not only the one in the editor,
 * so `import "register/practices.autonomy"` resolves (the worker has no disk to read it from) and a
 * register's edits reach the models that import it. The editor's file is synced from its view.
 */
export class StoreWorkspace extends Workspace {
    files: StoredFile[];

    constructor(client: LSPClient, initial: readonly { uri: string; text: string }[]) {
        super(client);
        this.files = initial.map(f => new StoredFile(f.uri, 'autonomy', 0, Text.of(f.text.split('\n')), null));
    }

    syncFiles(): readonly FileUpdate[] {
        const updates: FileUpdate[] = [];
        for (const file of this.files) {
            const plugin = file.view && LSPPlugin.get(file.view);
            if (!file.view || !plugin || plugin.unsyncedChanges.empty) continue;
            updates.push({ changes: plugin.unsyncedChanges, file, prevDoc: file.doc });
            file.doc = file.view.state.doc;
            file.version++;
            plugin.clear();
        }
        return updates;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        const file = this.getFile(uri) as StoredFile | null;
        if (file && file.doc.eq(view.state.doc)) {
            file.view = view;
            return;
        }
        if (file) this.removeFile(uri);
        const opened = new StoredFile(uri, languageId, 0, view.state.doc, view);
        this.files.push(opened);
        this.client.didOpen(opened);
    }

    /** The editor lets go of the file; the server keeps it, with the last of the editor's changes. */
    closeFile(uri: string): void {
        this.client.sync();
        const file = this.getFile(uri) as StoredFile | null;
        if (file) file.view = null;
    }

    /** A file that is not in the editor: a new one, or one opened from disk or a share link. */
    addFile(uri: string, text: string): void {
        if (this.getFile(uri)) this.removeFile(uri);
        const file = new StoredFile(uri, 'autonomy', 0, Text.of(text.split('\n')), null);
        this.files.push(file);
        this.client.didOpen(file);
    }

    removeFile(uri: string): void {
        if (!this.getFile(uri)) return;
        this.files = this.files.filter(f => f.uri !== uri);
        this.client.didClose(uri);
    }
}
