/**
 * The report document: one structure that every format renders, so Markdown,
 * HTML, JSON and PDF cannot drift apart. Every figure in it is already
 * formatted text taken from the AnalysisResult; renderers only lay it out.
 */
import type { AnalysisResult, ParadoxVerdict } from '@autonomy/analysis';
import type { ReportDiagnostic } from './diagnostics.js';

export const REPORT_SCHEMA_VERSION = '1.1.0';

/** Where an element was written, zero-based like LSP, so the editor can reveal it. */
export interface SourceRef {
    uri: string;
    line: number;
    character: number;
}

/** A run of text inside a paragraph or cell. */
export interface Inline {
    text: string;
    style?: 'bold' | 'italic' | 'code';
}

export type RichText = string | Inline[];

export interface Column {
    header: string;
    align?: 'left' | 'right' | 'center';
    /** Keep each cell on one line (locations, codes); figures never wrap anyway. */
    noWrap?: boolean;
}

export interface TableRow {
    cells: RichText[];
    /** Marks the row as an element of the model (practice, initiative, diagnostic). */
    source?: SourceRef;
    kind?: 'practice' | 'initiative' | 'diagnostic' | 'collective' | 'partner' | 'merger';
    /** Visual emphasis for rows that need attention. */
    tone?: 'bad' | 'good';
}

export interface SplitChart {
    kind: 'split';
    /** Money labels are formatted; values are minor units for plotting. */
    currency: string;
    bars: { label: string; charged: number; fair: number }[];
}

export interface ParadoxChart {
    kind: 'paradox';
    points: { label: string; alone: number; collective: number; listSize: number; verdict: ParadoxVerdict }[];
}

export interface StructureChart {
    kind: 'structure';
    /** Top-level units; collectives hold nested members. */
    roots: StructureNode[];
}

export interface StructureNode {
    label: string;
    kind: 'practice' | 'collective';
    detail?: string;
    /** A collective's trust in the one containing it, and the initiatives it will not follow on (item 19); `bad` when it will not follow or is below the threshold. */
    alert?: { text: string; bad: boolean };
    children: StructureNode[];
}

/** DOMAIN.md item 16: one headline figure with each input moved down and up. */
export interface TornadoChart {
    kind: 'tornado';
    /** 'money': values in minor units; 'autonomy': fractions, drawn in percentage points. */
    unit: 'money' | 'autonomy';
    currency: string;
    axisTitle: string;
    base: number;
    bars: { label: string; atLow: number; atHigh: number }[];
}

/** DOMAIN.md item 17: each practice's expected autonomy in each scenario (null: not in that scenario). */
export interface ScenarioChart {
    kind: 'scenarios';
    scenarios: string[];
    practices: { label: string; alone: (number | null)[]; collective: (number | null)[] }[];
}

export type ChartSpec = SplitChart | ParadoxChart | StructureChart | TornadoChart | ScenarioChart;

export type Block =
    | { kind: 'paragraph'; text: RichText; source?: SourceRef; sourceKind?: TableRow['kind'] }
    | { kind: 'heading'; level: 3 | 4; text: string; source?: SourceRef; sourceKind?: TableRow['kind'] }
    | { kind: 'list'; ordered?: boolean; items: RichText[] }
    | { kind: 'table'; caption?: string; columns: Column[]; rows: TableRow[] }
    | { kind: 'chart'; title: string; description: string; chart: ChartSpec }
    | { kind: 'terms'; items: { term: string; meaning: string }[] }
    | { kind: 'code'; text: string }
    | { kind: 'note'; text: RichText };

export interface Section {
    id: string;
    title: string;
    blocks: Block[];
}

/** A ranked executive-summary finding: one plain sentence plus detail. */
export interface ReportFinding {
    rank: number;
    kind: 'loss-making' | 'blocker' | 'compensation' | 'unstable' | 'ceding' | 'relationships'
        | 'defection' | 'readiness' | 'merger' | 'proceeds' | 'stable';
    severity: 'high' | 'medium' | 'low';
    sentence: string;
    initiative?: string;
    practice?: string;
}

export interface ReportCover {
    title: string;
    subtitle: string;
    date: string;
    sourceFile?: string;
    facts: { label: string; value: string }[];
}

export interface ReportDocument {
    schemaVersion: string;
    cover: ReportCover;
    findings: ReportFinding[];
    /** One-line explanations of the jargon the findings use. */
    terms: { term: string; meaning: string }[];
    sections: Section[];
    /** The figures the report was built from, for other tools (JSON). */
    analysis: AnalysisResult;
    diagnostics: ReportDiagnostic[];
}

export function plainText(text: RichText): string {
    return typeof text === 'string' ? text : text.map(run => run.text).join('');
}
