/** The CLI's practices table shows apart the percentages its verdict says differ (formatPercentsApart). */
import { analyse } from '@autonomy/analysis';
import { describe, expect, it } from 'vitest';
import { pennyGains } from '../../analysis/test/fixtures.js';
import { formatAnalysisPretty } from '../src/formats/analysis-pretty.js';

const plain = (s: string): string => s;
const palette = { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain };

describe('the practices table of a practice better off ceding by a hair', () => {
    it('shows its risk and expected autonomy apart, not "30% 30% 70% 70%" beside "better off ceding"', () => {
        const model = pennyGains();
        const row = formatAnalysisPretty(analyse(model), model, palette).split('\n').find(l => l.includes('Practice A ') && l.includes('%'));
        expect(row).toMatch(/30%\s+29\.99997%\s+70%\s+70\.00003%\s+0%\s+better off ceding/);
    });
});
