import type { AnalysisResult, SensitivityResult } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import type { ReportDiagnostic } from './diagnostics.js';
import { REPORT_SCHEMA_VERSION, type ReportCover, type ReportDocument, type ReportFinding, type Section } from './document.js';
import { buildFindings, TERMS } from './findings.js';
import { appendixSection } from './sections/appendix.js';
import type { SectionContext } from './sections/context.js';
import { diagnosticsSection } from './sections/diagnostics.js';
import { dealSection } from './sections/deal.js';
import { initiativesSection } from './sections/initiatives.js';
import { sharingRulesSection } from './sections/sharing-rules.js';
import { votingPowerSection } from './sections/voting-power.js';
import { paradoxSection } from './sections/paradox.js';
import { practicesSection } from './sections/practices.js';
import { sensitivitySection } from './sections/sensitivity.js';
import { fragileVerdicts } from './sensitivity-words.js';
import { structureSection } from './sections/structure.js';
import { trustSection } from './sections/trust.js';
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
    const findings = buildFindings(analysis, words);
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        cover: cover(input),
        findings,
        terms: TERMS,
        sections: [
            summarySection(findings),
            practicesSection(ctx),
            initiativesSection(ctx),
            ...decisionSections(ctx),
            paradoxSection(ctx),
            ...(input.sensitivity ? [sensitivitySection(input.sensitivity)] : []),
            trustSection(ctx),
            structureSection(ctx),
            diagnosticsSection(ctx),
            appendixSection(ctx)
        ],
        analysis,
        diagnostics: input.diagnostics
    };
}

function cover(input: ReportInput): ReportCover {
    const { model, analysis } = input;
    return {
        title: model.settings.title,
        subtitle: model.settings.subtitle ?? DEFAULT_SUBTITLE,
        date: input.date,
        sourceFile: input.sourceFile,
        facts: [
            { label: 'Practices', value: String(analysis.practices.length) },
            { label: 'Initiatives', value: String(analysis.initiatives.length) },
            { label: 'Planning horizon', value: `${model.settings.horizonYears} years` },
            { label: 'Currency', value: model.settings.currency }
        ]
    };
}

function summarySection(findings: ReportFinding[]): Section {
    return {
        id: 'summary',
        title: 'Executive summary',
        blocks: [
            findings.length === 0
                ? { kind: 'note', text: 'The analysis raised no findings: the model has no initiatives, practices or partners to compare.' }
                : { kind: 'list', ordered: true, items: findings.map(f => f.sentence) },
            { kind: 'heading', level: 3, text: 'Terms used in this report' },
            { kind: 'terms', items: TERMS }
        ]
    };
}

/** Decision support (DOMAIN.md items 14, 15, 18): present when the analysis was asked for it. */
function decisionSections(ctx: SectionContext): Section[] {
    return [sharingRulesSection(ctx), dealSection(ctx), votingPowerSection(ctx)].filter((s): s is Section => s !== undefined);
}
