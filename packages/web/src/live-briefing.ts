import type { LSPClient } from '@codemirror/lsp-client';
import { type ReportEdition, ReportRequestMethod, type ReportParams, type ReportResult } from '@autonomy/language-server/protocol';
import { messageOf } from './request-failure.js';

/** Waits this long after the last keystroke before rebuilding the briefing, so typing stays smooth. */
const PAUSE_MS = 500;

/** The HTML briefing beside the editor, rebuilt by the language server a moment after each change. */
export class LiveBriefing {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    /** Which edition to show; the server's default (analyst) unless set. */
    edition: ReportEdition | undefined;

    constructor(
        private readonly client: LSPClient,
        private readonly frame: HTMLIFrameElement,
        private readonly say: (text: string, isError?: boolean) => void
    ) {}

    schedule(uri: string): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(uri), PAUSE_MS);
    }

    private async refresh(uri: string): Promise<void> {
        const generation = ++this.generation;
        // The client sends edits lazily; the server must see the text the user sees.
        this.client.sync();
        try {
            const result = await this.client.request<ReportParams, ReportResult>(ReportRequestMethod, { uri, format: 'html', theme: 'light', purpose: 'preview', edition: this.edition });
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
