/**
 * Custom requests between the extension and its language server. Shared by
 * both bundles so that the method names and payloads cannot drift apart.
 */

/** `charts`: every chart of the report as SVG, for slides. */
export type ReportFormat = 'html' | 'markdown' | 'json' | 'pdf' | 'charts';

export type ReportEdition = 'partners' | 'analyst';

export type ReportTheme = 'light' | 'dark';

export interface ReportParams {
    /** URI of an open or workspace .autonomy document. */
    uri: string;
    format: ReportFormat;
    /** For HTML: which colour scheme the editor shows. */
    theme?: ReportTheme;
    /**
     * `preview` uses the editor's bounded analysis (the figures hovers show);
     * `export` (the default) the full analysis, as the CLI does.
     */
    purpose?: 'preview' | 'export';
    /** Partners: the recommendation and the deal first, no diagnostics; analyst (the default): everything. */
    edition?: ReportEdition;
}

export interface ReportResult {
    /** Text formats carry `text`; PDF carries base64 `data`. */
    text?: string;
    data?: string;
    /** For `charts`: one SVG per chart, named for its file. */
    charts?: { name: string; svg: string }[];
    /** Set when no report could be built; a sentence the user can act on. */
    error?: string;
}

export const ReportRequestMethod = 'autonomy/report';

export interface StructureParams {
    uri: string;
}

export interface StructureResult {
    /** A self-contained SVG drawing of the collectives and their members. */
    svg?: string;
    error?: string;
}

export const StructureRequestMethod = 'autonomy/structure';

/** The configuration section the server reads through workspace/configuration. */
export const CONFIGURATION_SECTION = 'autonomy';
