import type { AutonomyServices } from '@autonomy/language';
import type { LangiumSharedServices } from 'langium/lsp';

export type ReportModule = typeof import('@autonomy/report');

/** What the on-demand requests (compare, sensitivity) read of the server. */
export interface ModelRequestContext {
    shared: LangiumSharedServices;
    services: AutonomyServices;
    /** Loaded on first use: the renderer (and pdfmake) is large. */
    loadReport: () => Promise<ReportModule>;
    /** Today's date for the cover (YYYY-MM-DD); injectable so tests are deterministic. */
    today?: () => string;
}

export function todayOf(context: ModelRequestContext): string {
    return context.today ? context.today() : new Date().toISOString().slice(0, 10);
}
