/**
 * A verdict beside percentages that round alike: "70%" and "70%" under "better off ceding" claimed more than
 * the figures showed (pennyGains: expected autonomy 70.00003% in the collective against 70% alone).
 */
import { analyse } from '@autonomy/analysis';
import { describe, expect, it } from 'vitest';
import { pennyGains } from '../../analysis/test/fixtures.js';
import { buildReport } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';

describe('percentages beside a verdict that says they differ', () => {
    const model = pennyGains();
    const analysis = analyse(model);
    const text = ['analyst', 'partners'].map(edition => renderMarkdown(buildReport({
        model, analysis, diagnostics: [], date: '2026-12-03', formulas: '', edition: edition as 'analyst' | 'partners'
    }))).join('\n');

    it('are shown apart in the paradox table, on the practice page and in the summary', () => {
        expect(analysis.practices[0]).toMatchObject({ benefit: 1, paradoxVerdict: 'better-ceding' });
        // Before: "| 30% → 30% | 70% | 70% | better off ceding |".
        expect(text).toMatch(/\| Practice A \| 100% \| \+£0\.01 \| 30% → 29\.99997% \| 70% \| 70\.00003% \| better off ceding \|/);
        expect(text).toContain('is 30%; with its benefit of +£0.01 a year against a gap of £10,000, it would be 29.99997%.');
        expect(text).toContain('is 70% alone, 70.00003% in the collective: better off ceding.');
        expect(text).toContain('goes from 70% alone to 70.00003% in the collective');
        expect(text).not.toMatch(/70% alone, 70% in the collective|\| 70% \| 70% \|/);
    });
});
