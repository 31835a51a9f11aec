// The web edition's page: the file list, the editor talking to the language server in a worker, the live briefing and the share link.
import { openLintPanel } from '@codemirror/lint';
import { LSPClient, languageServerExtensions } from '@codemirror/lsp-client';
import { basicSetup, EditorView } from 'codemirror';
import { listFiles, wireFileActions } from './file-panel.js';
import { FileStore, fileUri } from './file-store.js';
import { importedFiles } from './imported-files.js';
import { LiveBriefing } from './live-briefing.js';
import { downloadPdf } from './pdf-download.js';
import { openPartnerView, partnerFragment, partnerShareFragment } from './partner-view.js';
import { problemSummary } from './problem-summary.js';
import { sanitizeHtml } from './sanitize-html.js';
import { scrubbing } from './scrubbing.js';
import { semanticHighlighting } from './semantic-highlighting.js';
import { decodeShareFragment, encodeShareFragment } from './share-link.js';
import { StoreWorkspace } from './store-workspace.js';
import { workerTransport } from './worker-transport.js';

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const status = element<HTMLSpanElement>('status');
const shareLink = element<HTMLInputElement>('share-link');
const problems = element<HTMLButtonElement>('problems');

function say(text: string, isError = false): void {
    status.textContent = text;
    status.classList.toggle('error', isError);
}

// The first analysis of a large model in the worker can take seconds; the client's default of 3 s is too short.
const REQUEST_TIMEOUT_MS = 30_000;

const store = new FileStore(localStorage, message => say(message, true));
const storeWorkspace = (c: LSPClient) => new StoreWorkspace(c, store.names().map(name => ({ uri: fileUri(name), text: store.read(name) })));
const transport = workerTransport(new Worker('worker.js', { type: 'module' }));
const client = new LSPClient({ rootUri: 'file:///', extensions: languageServerExtensions(), timeout: REQUEST_TIMEOUT_MS, sanitizeHTML: sanitizeHtml, workspace: storeWorkspace })
    .connect(transport);
const workspace = client.workspace as StoreWorkspace;
const briefing = new LiveBriefing(client, element<HTMLIFrameElement>('briefing'), say);
let view: EditorView | undefined;
let current = '';

function open(name: string | undefined): void {
    view?.destroy();
    view = undefined;
    if (name === undefined) return;
    current = name;
    const uri = fileUri(name);
    view = new EditorView({
        doc: store.read(name),
        parent: element('editor'),
        extensions: [
            basicSetup,
            EditorView.lineWrapping,
            client.plugin(uri, 'autonomy'),
            semanticHighlighting(),
            scrubbing(),
            EditorView.updateListener.of(update => {
                problems.textContent = problemSummary(update.state);
                if (!update.docChanged) return;
                store.write(name, update.state.doc.toString());
                briefing.schedule(uri);
            })
        ]
    });
    listFiles(store, current, open);
    // After the editor's LSP plugin is in place: the server may have published this file's problems before.
    setTimeout(() => transport.replayDiagnostics(uri), 0);
    briefing.schedule(uri);
}

wireFileActions({ store, workspace, current: () => current, open, say });

problems.addEventListener('click', () => {
    if (view) openLintPanel(view);
});

element<HTMLButtonElement>('download-pdf').addEventListener('click', () => void downloadPdf(client, fileUri(current), say));

function showShareLink(partner: boolean): void {
    if (!view) return;
    const imports = importedFiles(current, name => (store.has(name) ? store.read(name) : undefined));
    const context = Object.keys(imports).length > 0 ? { name: current, files: imports } : undefined;
    void encodeShareFragment(view.state.doc.toString(), context).then(shared => {
        const fragment = partner ? partnerFragment(shared) : shared;
        const url = `${location.origin}${location.pathname}#${fragment}`;
        history.replaceState(null, '', url);
        shareLink.hidden = false;
        shareLink.value = url;
        shareLink.select();
        say(`${partner ? 'Partner view link' : 'Share link'} ready (${url.length.toLocaleString('en-GB')} characters): the model travels in the link itself, not through any server.`);
    });
}

element<HTMLButtonElement>('share').addEventListener('click', () => showShareLink(false));
element<HTMLButtonElement>('share-partner').addEventListener('click', () => showShareLink(true));

async function start(): Promise<void> {
    const partner = partnerShareFragment(location.hash);
    const shared = await decodeShareFragment(partner ?? location.hash);
    if (shared && 'model' in shared && partner !== undefined) {
        // The imports go to the worker only: nothing a partner opens is kept in this browser.
        const files = shared.files && shared.name !== undefined ? shared.files : undefined;
        for (const [name, text] of Object.entries(files ?? {})) workspace.addFile(fileUri(`partner/${name}`), text);
        const uri = files && shared.name !== undefined ? fileUri(`partner/${shared.name}`) : undefined;
        openPartnerView(shared.model, client, briefing, element('editor'), element('partner'), uri);
        say('Partner view: move a slider and the briefing follows. Nothing you change here is saved or sent anywhere.');
    } else if (shared && 'files' in shared && shared.files && shared.name !== undefined) {
        const folder = store.addFolder('shared', shared.files);
        for (const [name, text] of Object.entries(shared.files)) workspace.addFile(fileUri(folder + name), text);
        open(folder + shared.name);
        say('Opened the model and its imports from the share link.');
    } else if (shared && 'model' in shared) {
        const name = store.add('shared', shared.model);
        workspace.addFile(fileUri(name), shared.model);
        open(name);
        say('Opened the model from the share link.');
    } else {
        open(store.names()[0]);
        if (shared) say(shared.error, true);
    }
}

void start();
