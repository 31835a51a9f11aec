/**
 * The `autonomy/sensitivity` request: break-evens, tornado charts and fragile
 * verdicts of one model (DOMAIN.md item 16), computed on demand. The server
 * keeps the result, so hovers and inlay hints mark fragile verdicts until the
 * model's figures change.
 */
import type { ReportTheme } from './protocol.js';

export interface SensitivityParams {
    uri: string;
    theme?: ReportTheme;
}

export interface SensitivityResponse {
    /** The sensitivity document as a self-contained HTML page. */
    text?: string;
    error?: string;
}

export const SensitivityRequestMethod = 'autonomy/sensitivity';
