import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../src/autonomy-module.js';
import type { AutonomyCodeActionProvider } from '../src/lsp/code-actions.js';
import { ALL_CODES, ANALYSIS_CODES } from '../src/validation/diagnostic-codes.js';

const doc = readFileSync(new URL('../../../docs/diagnostics.md', import.meta.url), 'utf8');
const rows = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \|.*\| (yes|no)[^|]*\|$/gm)]
    .map(m => ({ code: m[1], severity: m[2], quickFix: m[3] === 'yes' }));

describe('docs/diagnostics.md', () => {
    it('lists every code exactly once, and nothing else', () => {
        expect(rows.map(r => r.code).sort()).toEqual(Object.keys(ALL_CODES).sort());
    });

    it('gives each code the severity the code reports', () => {
        const wrong = rows.filter(r => ALL_CODES[r.code] !== r.severity).map(r => `${r.code}: ${r.severity}`);
        expect(wrong).toEqual([]);
    });

    it('says "yes" for exactly the codes that have a quick fix', () => {
        const provider = createAutonomyServices(EmptyFileSystem).Autonomy.lsp.CodeActionProvider as AutonomyCodeActionProvider;
        const fixable = Object.keys(provider.fixes).sort();
        expect(rows.filter(r => r.quickFix).map(r => r.code).sort()).toEqual(fixable);
    });

    it('knows every finding code the analysis can report', () => {
        const result = readFileSync(new URL('../../analysis/src/result.ts', import.meta.url), 'utf8');
        const union = /export type FindingCode =([^;]+);/.exec(result)?.[1] ?? '';
        const codes = [...union.matchAll(/'([a-z0-9-]+)'/g)].map(m => m[1]).sort();
        expect(codes.length).toBeGreaterThan(0);
        expect(codes).toEqual(Object.keys(ANALYSIS_CODES).sort());
    });
});

describe('README.md', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const listed = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \| [^|]+ \| (yes|no) \|$/gm)]
        .map(m => ({ code: m[1], severity: m[2], quickFix: m[3] === 'yes' }));

    it('lists every diagnostic code with the severity and quick-fix flag of docs/diagnostics.md', () => {
        expect(listed.map(r => r.code).sort()).toEqual(Object.keys(ALL_CODES).sort());
        const documented = new Map(rows.map(r => [r.code, r]));
        const wrong = listed.filter(r => documented.get(r.code)?.severity !== r.severity || documented.get(r.code)?.quickFix !== r.quickFix);
        expect(wrong).toEqual([]);
    });
});
