/**
 * Every diagnostic code the language server emits, with its severity. Checks
 * can only report a code listed here (the type enforces it), and
 * docs/diagnostics.md documents each one (a test keeps the two in sync).
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const VALIDATION_CODES = {
    // Collectives
    'collective-without-decision-rule': 'error',
    'collective-decides-by-vote': 'warning',
    'empty-collective': 'warning',
    'membership-cycle': 'error',
    'practice-in-two-members': 'warning',
    // Declarations and properties
    'duplicate-name': 'error',
    'duplicate-title': 'warning',
    'duplicate-property': 'error',
    'duplicate-reference': 'warning',
    'missing-required-property': 'error',
    'duplicate-model-settings': 'error',
    // Initiatives
    'participant-not-member': 'error',
    'cession-for-non-participant': 'error',
    'domain-ceded-twice': 'warning',
    'duplicate-cession': 'error',
    'single-participant-initiative': 'warning',
    'participant-without-current-cost': 'error',
    'current-cost-for-non-participant': 'error',
    'shares-do-not-sum-to-100': 'error',
    'share-for-non-participant': 'error',
    'participant-without-share': 'error',
    'compensation-not-between-participants': 'error',
    'compensation-to-self': 'error',
    'coalition-member-not-participant': 'error',
    'investment-split-not-100': 'error',
    'investment-without-charging-rule': 'warning',
    // Trust
    'trust-score-out-of-range': 'error',
    'zero-self-orientation': 'error',
    'missing-trust-component': 'error',
    'duplicate-trust-statement': 'error',
    'trust-for-non-member': 'warning',
    // Mergers
    'merger-too-small': 'error',
    // Values
    'percentage-out-of-range': 'error',
    'negative-value': 'error',
    'fractional-list-size': 'warning',
    'value-too-large': 'error',
    'sub-penny-amount': 'error',
    'zero-step-size': 'error',
    'horizon-not-positive': 'error',
    'currency-mismatch': 'error',
    // Imports
    'import-not-found': 'error',
    'import-cycle': 'error',
    'import-self': 'error',
    'import-not-a-model': 'error',
    'import-outside-root': 'error',
    'duplicate-import': 'warning',
    // Analysis
    'analysis-skipped': 'info'
} as const satisfies Record<string, Severity>;

export type ValidationCode = keyof typeof VALIDATION_CODES;

/**
 * Codes of findings the analysis reports (packages/analysis FindingCode); the
 * severity is the one the analysis gives each finding, listed here for the docs.
 */
export const ANALYSIS_CODES = {
    'uncompensated-loss': 'warning',
    'loss-making-initiative': 'warning',
    'charged-split-outside-core': 'warning',
    'predicted-blocker': 'warning',
    'defection-risk': 'warning',
    'low-trust-cession': 'warning',
    'no-shared-belief': 'warning',
    'unknown-readiness': 'info',
    'estimated-fair-share': 'info',
    'collective-will-not-follow': 'warning',
    'investment-not-repaid': 'warning',
    'voting-power-differs': 'info'
} as const satisfies Record<string, Severity>;

/** Codes Langium itself emits for text it cannot read or names it cannot resolve. */
export const LANGIUM_CODES = {
    'lexing-error': 'error',
    'parsing-error': 'error',
    'linking-error': 'error'
} as const satisfies Record<string, Severity>;

export const ALL_CODES: Record<string, Severity> = { ...VALIDATION_CODES, ...ANALYSIS_CODES, ...LANGIUM_CODES };
