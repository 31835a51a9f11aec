import type { AnalysisResult } from '@autonomy/analysis';
import type { DomainModel, SourceLocation } from '@autonomy/domain';
import type { ReportDiagnostic } from '../diagnostics.js';
import type { SourceRef } from '../document.js';
import type { Wording } from '../wording.js';

/** What every section builder reads. */
export interface SectionContext {
    model: DomainModel;
    analysis: AnalysisResult;
    diagnostics: ReportDiagnostic[];
    words: Wording;
    formulas?: string;
    /** Ids of verdicts that flip within 10% of an input (sensitivity-words.ts); empty without a sensitivity run. */
    fragile: Set<string>;
}

export function sourceRef(location: SourceLocation | undefined): SourceRef | undefined {
    return location ? { uri: location.uri, line: location.line, character: location.character } : undefined;
}

export function yesNo(value: boolean | null | undefined, unknown = 'unknown'): string {
    return value === null || value === undefined ? unknown : value ? 'yes' : 'no';
}
