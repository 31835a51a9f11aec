/**
 * The report document: one structure that every format renders, so Markdown,
 * HTML, JSON and PDF cannot drift apart. Every figure in it is already
 * formatted text taken from the AnalysisResult; renderers only lay it out.
 */
import type { AnalysisResult, ParadoxVerdict } from '@autonomy/analysis';
import type { ReportDiagnostic } from './diagnostics.js';

export const REPORT_SCHEMA_VERSION = '1.2.0';

/** Who the document is for: partners (decisions, no diagnostics or source paths) or analysts (everything). */
export type ReportEdition = 'partners' | 'analyst';

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
    /** How much the row matters (money at stake, severity): a paged summary of a long table keeps the heaviest rows. */
    weight?: number;
}

export interface SplitChart {
    kind: 'split';
    /** Money labels are formatted; values are minor units for plotting. */
    currency: string;
    bars: { label: string; charged: number; fair: number }[];
}

export interface ParadoxChart {
    kind: 'paradox';
    /** `uncertain`: the verdict rests on estimated fair shares and could go either way within two standard errors. */
    points: { label: string; alone: number; collective: number; listSize: number; verdict: ParadoxVerdict; uncertain?: boolean }[];
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
    /**
     * For paged formats (PDF) of a large model: the top entries with totals and a sentence
     * saying where the rest is; `blocks` stays complete for HTML, Markdown and JSON.
     */
    pagedBlocks?: Block[];
    /** A short section that may share the previous section's page in the PDF. */
    runOn?: boolean;
}

/**
 * One figure a summary sentence rests on, named so that a reader (or a test)
 * can look it up in the analysis result and check the sentence against it.
 * Money is in minor units; `split` names the rule a benefit is read under.
 */
export type FindingClaim =
    | { about: 'net-saving'; initiative: string; amount: number }
    | { about: 'benefit'; initiative: string; practice: string; split: 'charged' | 'fair'; amount: number }
    | { about: 'every-gains'; initiative: string; split: 'charged' | 'fair' }
    /** Every participant gains under the fair split, is ready, and no group would break away from it. */
    | { about: 'signable'; initiative: string }
    | { about: 'payment'; initiative: string; from: string; to: string; amount: number }
    | { about: 'breakaway'; initiative: string; split: 'charged' | 'fair'; members: string[]; excess: number }
    | { about: 'stable'; initiative: string; split: 'charged' | 'fair' }
    | { about: 'core-empty'; initiative: string }
    /** The split's stability was not checked (StabilityCheck.inCore null: too many participants to test every group). */
    | { about: 'not-checked'; initiative: string; split: 'charged' | 'fair' }
    | { about: 'blocks'; initiative: string; practice: string; split: 'charged' | 'fair' }
    /** `uncertain`: the verdict could go the other way on estimates within two standard errors of zero (outcome.proceedsUncertain). */
    | { about: 'proceeds'; initiative: string; proceeds: boolean; uncertain?: boolean }
    /** A fair share estimated by Monte Carlo within two standard errors of zero: its sign, and whether the practice agrees where it is the benefit, are uncertain. */
    | { about: 'near-zero'; initiative: string; practice: string; amount: number; standardError: number }
    | { about: 'defection-risk'; initiative: string; practice: string }
    /** The term sheet (DOMAIN.md item 15): this much moved a year leaves no participant losing. */
    | { about: 'deal'; initiative: string; amount: number }
    | { about: 'deal-payment'; initiative: string; from: string; to: string; amount: number }
    /** A member collective that will not follow the collective above it (DOMAIN.md item 19). */
    | { about: 'not-following'; initiative: string; collective: string; parent: string }
    | { about: 'trust-below'; practice: string; collective: string; score: number }
    | { about: 'not-believing'; practice: string; collective: string }
    | { about: 'readiness-unknown'; practice: string; collective: string }
    | { about: 'ready'; practice: string; collective: string }
    /** `uncertain`: two standard errors of the practice's estimated benefit could change the verdict (paradoxVerdictUncertain). */
    | { about: 'verdict'; practice: string; verdict: ParadoxVerdict; uncertain?: boolean }
    | { about: 'relationships'; partner: string; before: number; after: number }
    | { about: 'merger-saving'; merger: string; amount: number }
    /** A verdict of the sensitivity result (its id) that flips within +-10% of an input; that result is not part of the document. */
    | { about: 'fragile'; verdict: string };

/** A ranked executive-summary finding: one plain sentence plus the figures it rests on. */
export interface ReportFinding {
    rank: number;
    kind: 'loss-making' | 'blocker' | 'compensation' | 'unstable' | 'core-empty' | 'ceding' | 'relationships'
        | 'defection' | 'readiness' | 'merger' | 'proceeds' | 'stable' | 'fragile' | 'more-initiatives';
    severity: 'high' | 'medium' | 'low';
    sentence: string;
    initiative?: string;
    practice?: string;
    /** Initiatives a summary sentence covers when it speaks of several at once. */
    initiatives?: string[];
    /** Yearly money at stake (minor units): what the ranking orders by within a severity. */
    atStake: number;
    claims: FindingClaim[];
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
    edition: ReportEdition;
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
