/**
 * A document holding only the sensitivity section, for `autonomy sensitivity
 * --format md`: the same section the briefing report carries, rendered by the
 * same renderers.
 */
import type { AnalysisResult, SensitivityResult } from '@autonomy/analysis';
import { REPORT_SCHEMA_VERSION, type ReportDocument } from './document.js';
import { sensitivitySection } from './sections/sensitivity.js';

export interface SensitivityDocumentInput {
    analysis: AnalysisResult;
    sensitivity: SensitivityResult;
    /** YYYY-MM-DD */
    date: string;
    sourceFile?: string;
}

export function buildSensitivityDocument(input: SensitivityDocumentInput): ReportDocument {
    const { sensitivity } = input;
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        // For analysts: every figure, with the files it came from.
        edition: 'analyst',
        cover: {
            title: sensitivity.title,
            subtitle: 'Sensitivity and break-even: how far each input must move before a verdict changes',
            date: input.date,
            sourceFile: input.sourceFile,
            facts: [
                { label: 'Verdicts', value: String(sensitivity.verdicts.length) },
                { label: 'Fragile', value: String(sensitivity.verdicts.filter(v => v.fragile).length) },
                { label: 'Inputs', value: String(sensitivity.inputs.length) }
            ]
        },
        findings: [],
        terms: [],
        sections: [sensitivitySection(sensitivity)],
        analysis: input.analysis,
        diagnostics: []
    };
}
