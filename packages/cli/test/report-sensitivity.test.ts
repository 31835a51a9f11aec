/** `autonomy report --sensitivity`: the section, and fragile verdicts marked beside the verdict. */
import { fileURLToPath } from 'node:url';
import type { SensitivityResult } from '@autonomy/analysis';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from './run-cli.js';

const HUB = fileURLToPath(new URL('../../../examples/document-hub.autonomy', import.meta.url));

beforeAll(requireBuiltCli);

/** The rows of the paradox table (eight columns, a verdict in the last). */
function rowsOf(markdown: string): string[] {
    return markdown.split('\n').filter(l => l.startsWith('| ') && /better off|no difference/.test(l) && l.split('|').length > 8);
}

describe('autonomy report --sensitivity', () => {
    it('adds the section and marks exactly the fragile paradox verdicts (fragile)', () => {
        const sensitivity = JSON.parse(runCli(['sensitivity', '--format', 'json', HUB]).stdout) as SensitivityResult;
        const run = runCli(['report', '--sensitivity', '--format', 'md', '-o', '-', '--date', '2026-12-01', HUB]);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^## Sensitivity and break-even$/m);
        const paradoxRows = rowsOf(run.stdout);
        for (const v of sensitivity.verdicts.filter(x => x.ref.kind === 'paradox')) {
            const title = v.subject.replace(/'s paradox verdict$/, '');
            const row = paradoxRows.find(l => l.startsWith(`| ${title} |`));
            expect(row, title).toBeDefined();
            expect(row!.includes('(fragile)')).toBe(v.fragile);
        }
        expect(sensitivity.verdicts.some(v => v.fragile && v.ref.kind === 'paradox')).toBe(true);
        const without = runCli(['report', '--format', 'md', '-o', '-', '--date', '2026-12-01', HUB]);
        // The formulas appendix describes the method either way; the section itself is only there when asked for.
        expect(without.stdout).not.toMatch(/^## Sensitivity and break-even$/m);
        expect(rowsOf(without.stdout).filter(l => l.includes('(fragile)'))).toEqual([]);
        expect(rowsOf(without.stdout).length).toBe(paradoxRows.length);
    }, 120_000);
});
