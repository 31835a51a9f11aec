import { LSPPlugin } from '@codemirror/lsp-client';
import type { Text } from '@codemirror/state';
import { type EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';

/** How many times to ask again when the server was not ready (the file still opening, an older version answered). */
const RETRIES = 5;

/**
 * Asks the language server about the view's document when it opens and a
 * moment (`pauseMs`) after each edit. `refresh` answers true when done, false
 * to ask again shortly; after RETRIES failures the trouble is shown in the
 * editor, headed `what`.
 */
export function serverRefresh(pauseMs: number, what: string, refresh: (view: EditorView) => Promise<boolean>) {
    return ViewPlugin.fromClass(class {
        private timer: ReturnType<typeof setTimeout> | undefined;

        constructor(private readonly view: EditorView) {
            this.schedule(0, RETRIES);
        }

        update(update: ViewUpdate): void {
            if (update.docChanged) this.schedule(pauseMs, RETRIES);
        }

        destroy(): void {
            clearTimeout(this.timer);
        }

        private schedule(delay: number, retries: number): void {
            clearTimeout(this.timer);
            this.timer = setTimeout(() => void this.run(retries), delay);
        }

        private async run(retries: number): Promise<void> {
            let problem: unknown = 'the server did not answer for the current text';
            try {
                if (await refresh(this.view)) return;
            } catch (error) {
                problem = error;
            }
            if (retries > 0) this.schedule(pauseMs, retries - 1);
            else LSPPlugin.get(this.view)?.reportError(what, problem);
        }
    });
}

/**
 * Sends a request about the view's document once the server has its text,
 * and answers it only if the document has not changed meanwhile: positions in
 * an answer about older text would mark the wrong characters.
 * Undefined: the view has no server connection, or the text moved on.
 */
export async function requestAboutView<P, R>(view: EditorView, method: string, params: (uri: string) => P): Promise<{ result: R; doc: Text; plugin: LSPPlugin } | undefined> {
    const plugin = LSPPlugin.get(view);
    if (!plugin) return undefined;
    await plugin.client.initializing;
    plugin.client.sync();
    const doc = view.state.doc;
    const result = await plugin.client.request<P, R>(method, params(plugin.uri));
    return view.state.doc === doc ? { result, doc, plugin } : undefined;
}
