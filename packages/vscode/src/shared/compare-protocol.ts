/**
 * The `autonomy/compare` request: a comparison briefing (DOMAIN.md item 17)
 * of a baseline model and the scenarios chosen with "Compare with...".
 */
import type { ReportTheme } from './protocol.js';

export interface CompareParams {
    /** The baseline first, then each scenario: URIs of .autonomy files. */
    uris: string[];
    theme?: ReportTheme;
}

export interface CompareResult {
    /** The comparison as a self-contained HTML page. */
    text?: string;
    /** Set when no comparison could be built; a sentence the user can act on. */
    error?: string;
}

export const CompareRequestMethod = 'autonomy/compare';
