import type { LSPClient } from '@codemirror/lsp-client';
import { ReportRequestMethod, type ReportParams, type ReportResult } from '@autonomy/language-server/protocol';
import { messageOf } from './request-failure.js';

/** Waits this long after the last keystroke before rebuilding the briefing, so typing stays smooth. */
const PAUSE_MS = 500;

/** What the briefing pane shows while another file's briefing is replaced by this one's. */
const BUILDING = '<p style="font: 14px system-ui, sans-serif; color: #5b6475; padding: 16px">Building the briefing…</p>';

/** The HTML briefing beside the editor, rebuilt by the language server a moment after each change. */
export class LiveBriefing {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;

    constructor(
        private readonly client: LSPClient,
        private readonly frame: HTMLIFrameElement,
        private readonly say: (text: string, isError?: boolean) => void
    ) {}

    schedule(uri: string): void {
        clearTimeout(this.timer);
        // Another file's briefing must not stand beside this one while it is built.
        if (this.frame.dataset.uri !== undefined && this.frame.dataset.uri !== uri) {
            this.frame.srcdoc = BUILDING;
            delete this.frame.dataset.uri;
        }
        this.timer = setTimeout(() => void this.refresh(uri), PAUSE_MS);
    }

    private async refresh(uri: string): Promise<void> {
        const generation = ++this.generation;
        // The client sends edits lazily; the server must see the text the user sees.
        this.client.sync();
        try {
            const result = await this.client.request<ReportParams, ReportResult>(ReportRequestMethod, { uri, format: 'html', theme: 'light', purpose: 'preview' });
            if (generation !== this.generation) return; // a newer change is on its way
            if (result.text !== undefined) {
                this.frame.srcdoc = result.text;
                this.frame.dataset.uri = uri;
                this.frame.dataset.generation = String(generation);
            } else {
                this.say(result.error ?? 'The briefing could not be built.', true);
            }
        } catch (error) {
            if (generation === this.generation) this.say(`The briefing could not be built: ${messageOf(error)}`, true);
        }
    }
}
