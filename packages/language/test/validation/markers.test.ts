import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { compareWithMarkers, readExpectations } from './markers.js';

const diagnostic = (line: number, code: string, severity: DiagnosticSeverity = 1): Diagnostic =>
    ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, data: { code }, message: code });

describe('expectation markers', () => {
    it('applies an own-line marker to the next code line and a trailing marker to its own line', () => {
        const text = [
            '// @expect error a',
            '',
            'practice X { }',
            'members A // @expect warning b @expect info c'
        ].join('\n');
        expect(readExpectations(text).expectations).toEqual([
            { line: 2, severity: 'error', code: 'a' },
            { line: 3, severity: 'warning', code: 'b' },
            { line: 3, severity: 'info', code: 'c' }
        ]);
    });

    it('rejects a marker that applies to no line', () => {
        expect(() => readExpectations('practice X { }\n// @expect error a\n')).toThrow(/no line/);
    });

    it('detects a missing, an extra and a misplaced diagnostic', () => {
        const text = '// @expect error a\nline one\nline two\n';
        const ok = compareWithMarkers(text, [diagnostic(1, 'a')], new Set());
        expect(ok.actual).toEqual(ok.expected);
        const missing = compareWithMarkers(text, [], new Set());
        expect(missing.actual).not.toEqual(missing.expected);
        const extra = compareWithMarkers(text, [diagnostic(1, 'a'), diagnostic(2, 'b')], new Set());
        expect(extra.actual).not.toEqual(extra.expected);
        const misplaced = compareWithMarkers(text, [diagnostic(2, 'a')], new Set());
        expect(misplaced.actual).not.toEqual(misplaced.expected);
        const wrongSeverity = compareWithMarkers(text, [diagnostic(1, 'a', 2)], new Set());
        expect(wrongSeverity.actual).not.toEqual(wrongSeverity.expected);
    });

    it('ignores analysis codes unless the file opts in with @analysis', () => {
        const ignored = new Set(['uncompensated-loss']);
        const without = compareWithMarkers('x\n', [diagnostic(0, 'uncompensated-loss', 2)], ignored);
        expect(without.actual).toEqual([]);
        const opted = compareWithMarkers('// @analysis\nx\n', [diagnostic(1, 'uncompensated-loss', 2)], ignored);
        expect(opted.actual).toEqual(['2: warning uncompensated-loss']);
        expect(opted.expected).toEqual([]);
    });
});
