import type { Diagnostic } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { readEditorSettings } from '../src/editor-settings.js';
import { applySeverityOverrides, parseSeverityOverrides } from '../src/severity-overrides.js';

const diagnostic = (code: string, severity: 1 | 2 | 3 | 4): Diagnostic => ({
    code, severity, message: code, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }
});

describe('severity overrides', () => {
    const diagnostics = [diagnostic('collective-decides-by-vote', 2), diagnostic('duplicate-name', 1), diagnostic('low-trust-cession', 2)];

    test('re-grade and hide rules by code, leaving the others alone', () => {
        const overrides = parseSeverityOverrides({ 'collective-decides-by-vote': 'hint', 'low-trust-cession': 'off' });
        const result = applySeverityOverrides(diagnostics, overrides);
        expect(result.map(d => [d.code, d.severity])).toEqual([['collective-decides-by-vote', 4], ['duplicate-name', 1]]);
    });

    test('ignore unknown grades so a typo cannot hide a rule', () => {
        const overrides = parseSeverityOverrides({ 'collective-decides-by-vote': 'of', 'duplicate-name': 42 });
        expect(overrides.size).toBe(0);
        expect(applySeverityOverrides(diagnostics, overrides)).toEqual(diagnostics);
    });
});

describe('editor settings', () => {
    test('read the defaults the user set', () => {
        const settings = readEditorSettings({ defaults: { trustThreshold: 4.5, currency: '€' }, diagnostics: { severity: { x: 'error' } } });
        expect(settings.trustThreshold).toBe(4.5);
        expect(settings.currency).toBe('€');
        expect(settings.severity.get('x')).toBe('error');
    });

    test('fall back to the built-in defaults for missing or invalid values', () => {
        const invalid = readEditorSettings({ defaults: { trustThreshold: -1, currency: '  ' } });
        const missing = readEditorSettings(undefined);
        expect(invalid.trustThreshold).toBe(missing.trustThreshold);
        expect(invalid.currency).toBe(missing.currency);
    });
});
