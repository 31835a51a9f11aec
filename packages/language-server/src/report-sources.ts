import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ReportModule = typeof import('@autonomy/report');

/** What the report request needs from its surroundings; a service, so tests and hosts can replace it. */
export interface ReportSources {
    /** Loaded on first use: the report renderer (and pdfmake) is large. */
    loadReport(): Promise<ReportModule>;
    /** Today's date for the cover (YYYY-MM-DD). */
    today(): string;
    /** The formulas page the appendix quotes, when it sits beside the running code (the VS Code bundle). */
    formulas(): string | undefined;
}

export const defaultReportSources: ReportSources = {
    // A dynamic import keeps pdfmake out of start-up.
    loadReport: () => import('@autonomy/report'),
    today: () => new Date().toISOString().slice(0, 10),
    formulas: () => {
        // esbuild.mjs copies formulas.md beside the bundle, which cannot reach docs/;
        // elsewhere the report reads docs/formulas.md itself.
        const path = join(dirname(fileURLToPath(import.meta.url)), 'formulas.md');
        return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    }
};
