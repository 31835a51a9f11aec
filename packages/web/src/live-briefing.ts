import type { LSPClient } from '@codemirror/lsp-client';
import { type ReportEdition, ReportRequestMethod, type ReportParams, type ReportResult } from '@autonomy/language-server/protocol';
import { messageOf } from './request-failure.js';

/** Waits this long after the last keystroke before rebuilding the briefing, so typing stays smooth. */
const PAUSE_MS = 500;
/** While a figure is dragged, the briefing is rebuilt on this beat instead of waiting for a pause. */
const LIVE_MS = 250;

/** What the briefing pane shows while another file's briefing is replaced by this one's. */
const BUILDING = '<p style="font: 14px system-ui, sans-serif; color: #5b6475; padding: 16px">Building the briefing…</p>';

/** The HTML briefing beside the editor, rebuilt by the language server a moment after each change. */
export class LiveBriefing {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private building = false;
    private pending: string | undefined;
    /** Which edition to show; the server's default (analyst) unless set. */
    edition: ReportEdition | undefined;

    constructor(
        private readonly client: LSPClient,
        private readonly frame: HTMLIFrameElement,
        private readonly say: (text: string, isError?: boolean) => void
    ) {}

    /** `live`: a figure is being dragged, so a rebuild already due is not put off by the next step. */
    schedule(uri: string, live = false): void {
        if (live && this.timer !== undefined) return;
        clearTimeout(this.timer);
        // Another file's briefing must not stand beside this one while it is built.
        if (this.frame.dataset.uri !== undefined && this.frame.dataset.uri !== uri) {
            this.frame.srcdoc = BUILDING;
            delete this.frame.dataset.uri;
        }
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.refresh(uri);
        }, live ? LIVE_MS : PAUSE_MS);
    }

    private async refresh(uri: string): Promise<void> {
        // One rebuild at a time: changes made meanwhile are built next, not in parallel in the worker.
        if (this.building) {
            this.pending = uri;
            return;
        }
        this.building = true;
        try {
            await this.build(uri);
        } finally {
            this.building = false;
            const next = this.pending;
            this.pending = undefined;
            if (next !== undefined) void this.refresh(next);
        }
    }

    private async build(uri: string): Promise<void> {
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
