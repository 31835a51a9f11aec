import * as vscode from 'vscode';
import { createNonce, escapeHtml, shellHtml, type SplitReport } from './webview-html.js';
import { SHELL_CSS } from './webview-style.js';

/** What a preview shows for a document: its styles and body, or why it cannot. */
export type PreviewContent = (uri: vscode.Uri) => Promise<SplitReport | { error: string }>;

export interface PreviewKind {
    viewType: string;
    titlePrefix: string;
    content: PreviewContent;
}

/**
 * One webview beside the editor showing something built from a model (the
 * report, the structure diagram). It refreshes after edits (debounced by
 * `autonomy.preview.debounceMs`) and theme changes, and reveals the source of
 * whatever is clicked.
 */
/** What the preview's script posts back (see the webview script). */
interface WebviewMessage { type?: string; uri?: string; line?: number; character?: number }

export class PreviewPanel implements vscode.Disposable {
    private readonly disposables: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    /** Resolves after the first content (or error) reached the webview. */
    readonly firstRender: Promise<void>;
    private resolveFirstRender!: () => void;
    private lastShown: 'content' | 'error' | undefined;

    constructor(
        readonly documentUri: vscode.Uri,
        private readonly kind: PreviewKind,
        readonly panel: vscode.WebviewPanel,
        script: vscode.Uri,
        private readonly onDisposed: () => void
    ) {
        this.firstRender = new Promise(resolve => { this.resolveFirstRender = resolve; });
        const name = documentUri.path.split('/').pop() ?? 'model';
        panel.title = `${kind.titlePrefix}: ${name}`;
        panel.webview.html = shellHtml({
            cspSource: panel.webview.cspSource,
            nonce: createNonce(),
            title: escapeHtml(panel.title),
            scriptUri: panel.webview.asWebviewUri(script).toString(),
            shellCss: SHELL_CSS
        });
        this.disposables.push(
            panel.onDidDispose(() => this.dispose()),
            panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message)),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.uri.toString() === documentUri.toString()) {
                    this.scheduleRefresh();
                }
            }),
            vscode.window.onDidChangeActiveColorTheme(() => this.refresh())
        );
    }

    /** What the webview currently shows, for tests and the e2e checks. */
    get state(): 'content' | 'error' | undefined {
        return this.lastShown;
    }

    scheduleRefresh(): void {
        const delay = vscode.workspace.getConfiguration('autonomy').get<number>('preview.debounceMs', 400);
        if (this.timer) {
            clearTimeout(this.timer);
        }
        this.timer = setTimeout(() => void this.refresh(), Math.max(0, delay));
    }

    async refresh(): Promise<void> {
        const generation = ++this.generation;
        await this.panel.webview.postMessage({ type: 'busy' });
        const result = await this.kind.content(this.documentUri).catch((error: unknown) => ({
            error: error instanceof Error ? error.message : String(error)
        }));
        if (generation !== this.generation) {
            return; // a newer edit is already being rendered
        }
        if ('error' in result) {
            this.lastShown = 'error';
            await this.panel.webview.postMessage({ type: 'error', error: result.error });
        } else {
            this.lastShown = 'content';
            await this.panel.webview.postMessage({ type: 'update', css: result.css, body: result.body });
        }
        this.resolveFirstRender();
    }

    private async onMessage(message: WebviewMessage): Promise<void> {
        if (message.type === 'ready') {
            // Sent on first load and whenever VS Code recreates a hidden webview.
            await this.refresh();
        } else if (message.type === 'reveal' && typeof message.line === 'number') {
            const uri = message.uri ? vscode.Uri.parse(message.uri) : this.documentUri;
            const position = new vscode.Position(Math.max(0, message.line), Math.max(0, message.character ?? 0));
            const column = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString())?.viewColumn
                ?? vscode.ViewColumn.One;
            await vscode.window.showTextDocument(uri, { viewColumn: column, selection: new vscode.Range(position, position) });
        }
    }

    dispose(): void {
        if (this.timer) {
            clearTimeout(this.timer);
        }
        this.disposables.forEach(d => { d.dispose(); });
        this.disposables.length = 0;
        this.panel.dispose();
        this.onDisposed();
    }
}

/** Keeps one panel of a kind per document, opening it beside the editor. */
export class PreviewManager implements vscode.Disposable {
    private readonly panels = new Map<string, PreviewPanel>();
    /** The one folder a preview may load from: the bundled webview script (esbuild.mjs). */
    private readonly scripts: vscode.Uri;

    constructor(private readonly kind: PreviewKind, extensionUri: vscode.Uri) {
        this.scripts = vscode.Uri.joinPath(extensionUri, 'out', 'webview');
    }

    open(uri: vscode.Uri): PreviewPanel {
        const key = uri.toString();
        const existing = this.panels.get(key);
        if (existing) {
            existing.panel.reveal(vscode.ViewColumn.Beside, true);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(
            this.kind.viewType, this.kind.titlePrefix,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, localResourceRoots: [this.scripts], enableFindWidget: true }
        );
        const preview = new PreviewPanel(uri, this.kind, panel, vscode.Uri.joinPath(this.scripts, 'preview.js'), () => this.panels.delete(key));
        this.panels.set(key, preview);
        return preview;
    }

    get(uri: vscode.Uri): PreviewPanel | undefined {
        return this.panels.get(uri.toString());
    }

    dispose(): void {
        [...this.panels.values()].forEach(p => p.dispose());
    }
}
