import type { Diagnostic } from 'vscode-languageserver';

/** How a user may re-grade a rule in `autonomy.diagnostics.severity`. */
export type SeverityOverride = 'error' | 'warning' | 'information' | 'hint' | 'off';

const LSP_SEVERITY: Record<Exclude<SeverityOverride, 'off'>, 1 | 2 | 3 | 4> = {
    error: 1,
    warning: 2,
    information: 3,
    hint: 4
};

/**
 * Keeps only the overrides that name a known grade, so a typo in settings.json
 * cannot hide a rule by accident.
 */
export function parseSeverityOverrides(value: unknown): Map<string, SeverityOverride> {
    const overrides = new Map<string, SeverityOverride>();
    if (!value || typeof value !== 'object') {
        return overrides;
    }
    for (const [code, grade] of Object.entries(value as Record<string, unknown>)) {
        if (typeof grade === 'string' && (grade === 'off' || grade in LSP_SEVERITY)) {
            overrides.set(code, grade as SeverityOverride);
        }
    }
    return overrides;
}

/** Re-grades diagnostics by their code; `off` removes them. */
export function applySeverityOverrides(diagnostics: readonly Diagnostic[], overrides: ReadonlyMap<string, SeverityOverride>): Diagnostic[] {
    if (overrides.size === 0) {
        return [...diagnostics];
    }
    const result: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const grade = diagnostic.code === undefined ? undefined : overrides.get(String(diagnostic.code));
        if (grade === 'off') {
            continue;
        }
        result.push(grade ? { ...diagnostic, severity: LSP_SEVERITY[grade] } : diagnostic);
    }
    return result;
}
