import { type AnalysisResult, fragileVerdicts, type SensitivityResult } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import type { ReportDiagnostic } from './diagnostics.js';
import { REPORT_SCHEMA_VERSION, type ReportCover, type ReportDocument, type ReportEdition, type ReportFinding, type Section } from './document.js';
import { analystSections, partnerSections } from './editions.js';
import { buildFindings, TERMS } from './findings.js';
import type { SectionContext } from './sections/context.js';
import { withPagedSummary } from './sections/paged-summary.js';
import { sensitivitySection } from './sections/sensitivity.js';
import { Wording } from './wording.js';

export interface ReportInput {
    model: DomainModel;
    analysis: AnalysisResult;
    diagnostics: ReportDiagnostic[];
    /** YYYY-MM-DD; fixed by the caller so that output is reproducible. */
    date: string;
    sourceFile?: string;
    /** The formulas page's Markdown; read from docs/formulas.md when omitted. */
    formulas?: string;
    /** 'analyst' (everything, the default) or 'partners' (the recommendation and the deal first, no diagnostics or source paths). */
    edition?: ReportEdition;
    /** When given, a sensitivity section follows the paradox and fragile verdicts are marked. */
    sensitivity?: SensitivityResult;
}

const DEFAULT_SUBTITLE = 'Briefing on the autonomy paradox: who gains, who pays, and who keeps their independence';

/** Builds the one document structure that every format renders. */
export function buildReport(input: ReportInput): ReportDocument {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) {
        throw new Error(`Report date "${input.date}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-23.`);
    }
    const { model, analysis } = input;
    const words = new Wording(model, analysis.settings.currency || model.settings.currency);
    const ctx: SectionContext = { model, analysis, diagnostics: input.diagnostics, words, formulas: input.formulas, fragile: fragileVerdicts(input.sensitivity) };
    const findings = buildFindings(analysis, words, input.sensitivity);
    const edition = input.edition ?? 'analyst';
    const partners = edition === 'partners';
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        edition,
        cover: cover(input, partners),
        findings,
        terms: TERMS,
        sections: (partners
            ? partnerSections(ctx, summarySection(findings, 'The recommendation in brief'))
            : analystSections(ctx, summarySection(findings, 'Executive summary'), input.sensitivity ? sensitivitySection(input.sensitivity) : undefined)).map(withPagedSummary),
        analysis,
        // Partners see no diagnostics; the analysis figures stay for other tools.
        diagnostics: partners ? [] : input.diagnostics
    };
}

function cover(input: ReportInput, partners: boolean): ReportCover {
    const { model, analysis } = input;
    return {
        title: model.settings.title,
        subtitle: model.settings.subtitle ?? DEFAULT_SUBTITLE,
        date: input.date,
        // A file path means nothing to a partner and may expose a consultant's folders.
        sourceFile: partners ? undefined : input.sourceFile,
        facts: [
            { label: 'Practices', value: String(analysis.practices.length) },
            { label: 'Initiatives', value: String(analysis.initiatives.length) },
            { label: 'Planning horizon', value: `${model.settings.horizonYears} years` },
            { label: 'Currency', value: model.settings.currency }
        ]
    };
}

function summarySection(findings: ReportFinding[], title: string): Section {
    return {
        id: 'summary',
        title,
        blocks: [
            findings.length === 0
                ? { kind: 'note', text: 'The analysis raised no findings: the model has no initiatives, practices or partners to compare.' }
                : { kind: 'list', ordered: true, items: findings.map(f => f.sentence) },
            { kind: 'heading', level: 3, text: 'Terms used in this report' },
            { kind: 'terms', items: TERMS }
        ]
    };
}
