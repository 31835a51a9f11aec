/**
 * The custom requests the Autonomy language server answers beyond LSP, as typed
 * request definitions that the server and every client import, so method names
 * and payloads cannot drift apart. This module has no run-time dependency but
 * vscode-languageserver-protocol's RequestType, so a client bundle stays small.
 *
 * Every result carries either its payload or `error`, a sentence the user can
 * act on (the file is not open, the model has errors, ...); malformed params are
 * answered with the JSON-RPC error -32602 instead.
 */
import type { AnalysisResult, ValueKind } from '@autonomy/analysis';
import type { ReportFormat as DocumentFormat } from '@autonomy/report';
import { type Range, RequestType } from 'vscode-languageserver-protocol';

/** The report's own formats (REPORT_FORMATS), and `charts`: every chart of the report as SVG, for slides. */
export type ReportFormat = DocumentFormat | 'charts';

export type ReportEdition = 'partners' | 'analyst';

export type ReportTheme = 'light' | 'dark';

/** Params of every request about one document. */
export interface DocumentParams {
    /** URI of an open or workspace .autonomy document. */
    uri: string;
}

export interface ReportParams extends DocumentParams {
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
    /** The cover date, YYYY-MM-DD (the CLI's --date), so a briefing can be pinned; today when absent. */
    date?: string;
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

/** The briefing of a document in any format, built from the server's own view of the model. */
export const ReportRequest = new RequestType<ReportParams, ReportResult, void>('autonomy/report');

export type StructureParams = DocumentParams;

export interface StructureResult {
    /** A self-contained SVG drawing of the collectives and their members. */
    svg?: string;
    error?: string;
}

/** The structure diagram of a document. */
export const StructureRequest = new RequestType<StructureParams, StructureResult, void>('autonomy/structure');

export type AnalysisParams = DocumentParams;

export interface AnalysisResponse {
    /** The full analysis (the JSON `autonomy analyse --format json` prints). */
    analysis?: AnalysisResult;
    error?: string;
}

/** The full analysis of a document, as the CLI computes it. */
export const AnalysisRequest = new RequestType<AnalysisParams, AnalysisResponse, void>('autonomy/analysis');

export interface CompareParams {
    /** The baseline first, then each scenario: URIs of .autonomy files. */
    uris: string[];
    theme?: ReportTheme;
}

export interface CompareResult {
    /** The comparison briefing (DOMAIN.md item 17) as a self-contained HTML page. */
    text?: string;
    error?: string;
}

/** The scenarios of one locality compared ("Compare with..."). */
export const CompareRequest = new RequestType<CompareParams, CompareResult, void>('autonomy/compare');

export interface SensitivityParams extends DocumentParams {
    theme?: ReportTheme;
}

export interface SensitivityResponse {
    /** The sensitivity document (DOMAIN.md item 16) as a self-contained HTML page. */
    text?: string;
    error?: string;
}

/**
 * Break-evens, tornado charts and fragile verdicts, computed on demand. The
 * server keeps the result, so hovers and inlay hints mark fragile verdicts
 * until the model's figures change.
 */
export const SensitivityRequest = new RequestType<SensitivityParams, SensitivityResponse, void>('autonomy/sensitivity');

export type FiguresParams = DocumentParams;

/** One figure the model states, where it is written and the range the language allows for it. */
export interface StatedFigureInfo {
    range: Range;
    /** As written, e.g. "£24,000", "40%", "8,200". */
    text: string;
    /** In the model's units: money in minor units (pence), percentages as fractions. */
    value: number;
    kind: ValueKind;
    min: number;
    /** Absent: the language sets no upper limit. */
    max?: number;
    /** Whole units only (pence, patients). */
    whole: boolean;
    /** The practice, initiative or statement it belongs to, e.g. "Riverside Surgery". */
    group: string;
    /** The figure within it, e.g. "list size". */
    label: string;
    /** A verdict can depend on it: an input of the sensitivity analysis. */
    input: boolean;
}

export interface FiguresResult {
    /** The document version the ranges refer to. */
    version?: number;
    figures?: StatedFigureInfo[];
    error?: string;
}

/** Every figure a document states, for scrubbing and sliders (the web edition). */
export const FiguresRequest = new RequestType<FiguresParams, FiguresResult, void>('autonomy/figures');

/** Method names, for clients that send requests by name (Neovim, Emacs, ...). */
export const ReportRequestMethod = ReportRequest.method;
export const StructureRequestMethod = StructureRequest.method;
export const AnalysisRequestMethod = AnalysisRequest.method;
export const CompareRequestMethod = CompareRequest.method;
export const SensitivityRequestMethod = SensitivityRequest.method;
export const FiguresRequestMethod = FiguresRequest.method;

/** The configuration section the server reads through workspace/configuration. */
export const CONFIGURATION_SECTION = 'autonomy';
