import type { LSPClient } from '@codemirror/lsp-client';
import { ReportRequestMethod, type ReportParams, type ReportResult } from '@autonomy/language-server/protocol';
import { offerDownload } from './download.js';
import { messageOf } from './request-failure.js';

/** Today in UTC, as `autonomy report` dates a briefing when given no --date. */
function todayUtc(): string {
    return new Date().toISOString().slice(0, 10);
}

/**
 * The partners' PDF of the open file, made in the worker by the CLI's own renderer: for the same
 * model and date its bytes are those of `autonomy report <file> -f pdf --date <date>`.
 */
export async function downloadPdf(client: LSPClient, uri: string, say: (text: string, isError?: boolean) => void): Promise<void> {
    const name = decodeURIComponent(uri.split('/').pop() ?? 'briefing').replace(/\.autonomy$/, '') + '.pdf';
    say(`Making ${name}…`);
    client.sync();
    try {
        const date = todayUtc();
        const result = await client.request<ReportParams, ReportResult>(ReportRequestMethod, { uri, format: 'pdf', edition: 'partners', date });
        if (result.data === undefined) {
            say(result.error ?? `${name} could not be made.`, true);
            return;
        }
        const bytes = Uint8Array.from(atob(result.data), c => c.charCodeAt(0));
        offerDownload(name, new Blob([bytes], { type: 'application/pdf' }));
        say(`Downloaded ${name} (partners edition, ${Math.ceil(bytes.byteLength / 1024)} KB, dated ${date}).`);
    } catch (error) {
        say(`${name} could not be made: ${messageOf(error)}`, true);
    }
}
