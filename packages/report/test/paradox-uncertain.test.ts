/**
 * A practice's paradox verdict resting on estimated fair shares near its tie (analysis paradoxVerdictUncertain):
 * the paradox table and chart, the practice's page and the summary may not state it as certain, nor count it
 * as settled, and say so only where it is flagged.
 */
import { analyse } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import fc from 'fast-check';
import { thirteenPractices, thirteenPracticesNearTie } from '../../analysis/test/thirteen-practices.js';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/index.js';
import { paradoxChartSvg } from '../src/charts/scatter-chart.js';
import type { ParadoxChart } from '../src/document.js';
import { renderMarkdown } from '../src/render/markdown.js';

function briefing(model: DomainModel, exactLimit: number) {
    const analysis = analyse(model, { exactLimit });
    const build = (edition: 'analyst' | 'partners') => buildReport({ model, analysis, diagnostics: [], date: '2026-12-03', formulas: '# Formulas', edition });
    const doc = build('analyst');
    return { analysis, doc, md: renderMarkdown(doc) + renderMarkdown(build('partners')) };
}

const DOUBT = 'Practice P1\'s benefit of -£76.36 a year rests on estimated fair shares with a standard error of £114.13, '
    + 'and within two standard errors either way the verdict could change: raise the exact limit or the number of orderings to tell.';

describe('Practice P1, better off alone on an estimated benefit of -£76.36 ± £114.13 (better off ceding at +2 standard errors)', () => {
    const { analysis, doc, md } = briefing(thirteenPracticesNearTie(), 12);

    it('is flagged by the analysis', () => {
        expect(analysis.practices[1]).toMatchObject({ benefit: -7_636, paradoxVerdict: 'better-alone', paradoxVerdictUncertain: { standardError: 11_413 } });
    });

    it('the paradox table says the verdict is uncertain, with the figures and what to do', () => {
        expect(md).toMatch(/\| Practice P1 \|[^\n]*\| better off alone on the estimated fair shares, but that is uncertain \|/);
        expect(md).toContain(DOUBT);
        // The others' verdicts are not marked.
        expect(md).toMatch(/\| Practice P0 \|[^\n]*\| better off ceding \|/);
    });

    it('every practice\'s benefit, estimated, shows its standard error in the table and on its page', () => {
        // Before: "-£76.36" and "with its gain of -£76.36 a year", as if exact.
        expect(analysis.practices.every(p => p.benefitStandardError !== undefined)).toBe(true);
        expect(analysis.practices[1].benefitStandardError).toBe(11_413);
        expect(md).toMatch(/\| Practice P1 \| 99% \| -£76\.36 ± £114\.13 \|/);
        expect(md).toContain('A benefit shown with ± includes fair shares estimated by sampling, and ± is its standard error.');
        expect(md).toContain('with its estimated benefit of +£8,149.38 a year (standard error £136.45, from fair shares estimated by sampling) against a gap of £10,000');
        // P1's verdict is flagged: its doubt gives the standard error, once.
        expect(md).toContain('with its estimated benefit of -£76.36 a year against a gap of £5,000');
        expect(md.split('\n').filter(l => l.includes('What this means') || l.includes('estimated benefit of -£76.36')).join('\n').match(/£114\.13/g)?.length).toBe(1);
    });

    it('the practice\'s page says so', () => {
        expect(md).toContain(': better off alone on the estimated fair shares, but that is uncertain. Its benefit of -£76.36 a year rests on estimated fair shares '
            + 'with a standard error of £114.13, and within two standard errors either way the verdict could change: raise the exact limit or the number of orderings to tell.');
    });

    it('the summary does not count P1 as keeping more by going alone, and says why', () => {
        const s = doc.findings.find(f => f.kind === 'ceding')!;
        expect(s.sentence).toBe('Ceding raises expected autonomy for 12 of 13 practices (Practice P0, Practice P2, Practice P3, Practice P4, Practice P5 and 7 other practices); '
            + 'Practice P0 goes from 70% alone to 94.4% in the collective. On the estimated fair shares, Practice P1 would keep more by going alone '
            + '(estimated benefit -£76.36 a year, standard error £114.13), but within two standard errors that verdict could go either way, '
            + 'so it is uncertain: raise the exact limit or the number of orderings to tell.');
        expect(s.claims).toContainEqual({ about: 'verdict', practice: 'P1', verdict: 'better-alone', uncertain: true });
        expect(s.claims).toContainEqual({ about: 'verdict', practice: 'P0', verdict: 'better-ceding' });
    });

    it('the chart draws P1 as a ring and explains it', () => {
        const chart = doc.sections.flatMap(x => x.blocks).find(b => b.kind === 'chart' && b.chart.kind === 'paradox');
        expect(chart?.kind === 'chart' && chart.description).toContain('A ring marks a practice whose verdict rests on estimated fair shares');
        const spec = (chart?.kind === 'chart' ? chart.chart : undefined) as ParadoxChart;
        expect(spec.points.filter(p => p.uncertain).map(p => p.label)).toEqual(['Practice P1']);
        const svg = paradoxChartSvg(spec);
        expect(svg).toContain('Uncertain (estimates)');
        expect(svg.match(/stroke-dasharray="2 1.5"/g)).toHaveLength(2);
    });
});

describe('the same model with exact fair shares', () => {
    const { analysis, doc, md } = briefing(thirteenPracticesNearTie(), 20);

    it('states P1\'s verdict plainly: it is exact', () => {
        expect(analysis.practices[1].paradoxVerdictUncertain).toBeUndefined();
        expect(analysis.practices.some(p => p.benefitStandardError !== undefined)).toBe(false);
        expect(md).not.toContain('±');
        expect(md).not.toContain('estimated gain');
        expect(md).not.toContain('but that is uncertain');
        expect(md).not.toContain('rests on estimated fair shares');
        expect(md).toMatch(/\| Practice P1 \|[^\n]*\| better off alone \|/);
        const s = doc.findings.find(f => f.kind === 'ceding')!;
        expect(s.sentence).toContain('Practice P1 keeps more autonomy by going alone.');
        expect(s.sentence).not.toContain('uncertain');
        expect(paradoxChartSvg({ kind: 'paradox', points: analysis.practices.map(p => ({ label: p.title, alone: p.expectedAlone, collective: p.expectedCollective, listSize: p.listSize, verdict: p.paradoxVerdict })) }))
            .not.toContain('Uncertain');
    });
});

describe('the briefing over generated games with fair shares estimated from a few orderings', () => {
    it('says a practice\'s verdict is uncertain exactly where the analysis flags it, and counts it as settled nowhere', () => {
        let flagged = 0;
        let certain = 0;
        fc.assert(fc.property(
            fc.integer({ min: 2, max: 6 }).chain(n => fc.record({
                costs: fc.array(fc.integer({ min: 0, max: 8_000_000 }), { minLength: n, maxLength: n }),
                fixed: fc.integer({ min: 0, max: 8_000_000 }),
                samples: fc.integer({ min: 5, max: 60 })
            })),
            g => {
                const base = thirteenPractices('consensus');
                const ids = g.costs.map((_, k) => `P${k}`);
                const model: DomainModel = {
                    ...base,
                    practices: base.practices.slice(0, ids.length),
                    collectives: [{ ...base.collectives[0], members: ids }],
                    trust: base.trust.slice(0, ids.length),
                    initiatives: [{
                        ...base.initiatives[0], participants: ids, currentCosts: Object.fromEntries(ids.map((id, k) => [id, g.costs[k]])),
                        sharedCost: [{ kind: 'fixed', amount: g.fixed }]
                    }]
                };
                const analysis = analyse(model, { exactLimit: 1, samples: g.samples });
                const doc = buildReport({ model, analysis, diagnostics: [], date: '2026-12-03', formulas: '# F', edition: 'partners' });
                const md = renderMarkdown(doc) + renderMarkdown(buildReport({ model, analysis, diagnostics: [], date: '2026-12-03', formulas: '# F' }));
                const ceding = doc.findings.find(f => f.kind === 'ceding')!;
                for (const p of analysis.practices) {
                    const unsure = p.paradoxVerdictUncertain !== undefined;
                    if (unsure) flagged++;
                    else certain++;
                    const row = md.split('\n').find(line => line.startsWith(`| ${p.title} | `) && line.includes(' → '))!;
                    expect(row.includes('on the estimated fair shares, but that is uncertain'), row).toBe(unsure);
                    expect(md.includes(`${p.title}'s benefit of `)).toBe(unsure);
                    expect(ceding.claims).toContainEqual({ about: 'verdict', practice: p.id, verdict: p.paradoxVerdict, ...(unsure ? { uncertain: true } : {}) });
                    // Counted under a settled verdict only when it is one.
                    const named = new RegExp(`\\(${p.title}[,) ]|, ${p.title}[,) ]| ${p.title} (keeps|and)|: ${p.title} keeps`);
                    if (unsure) expect(ceding.sentence.split('On the estimated fair shares')[0]).not.toMatch(named);
                }
            }
        ), { numRuns: 150 });
        expect(flagged).toBeGreaterThan(10);
        expect(certain).toBeGreaterThan(10);
    });
});

describe('scenarios compared, P1\'s verdict exact in one and uncertain in the other', () => {
    it('says the uncertain one rests on the estimates, and so does the change', async () => {
        const { compareScenarios } = await import('@autonomy/analysis');
        const { buildComparisonDocument } = await import('../src/index.js');
        // A £500 gap puts the tie at £11.78: exactly (+£18.46) better off ceding, on the estimate (-£76.36 ± £114.13) better off alone.
        const base = thirteenPracticesNearTie();
        const model = { ...base, practices: base.practices.map(p => (p.id === 'P1' ? { ...p, gap: 50_000 } : p)) };
        const exact = analyse(model);
        const estimated = analyse(model, { exactLimit: 12 });
        expect([exact.practices[1].paradoxVerdict, estimated.practices[1].paradoxVerdict]).toEqual(['better-ceding', 'better-alone']);
        const comparison = compareScenarios([{ name: 'exact', result: exact }, { name: 'estimated', result: estimated }]);
        expect(comparison.practices[1].figures.map(f => f?.verdictUncertain)).toEqual([undefined, true]);
        const md = renderMarkdown(buildComparisonDocument({ comparison, baseline: exact, date: '2026-12-03' }));
        const rows = md.split('\n').filter(l => l.startsWith('| Practice P1 |'));
        const row = rows.find(l => l.includes('ready'))!;
        expect(row).toContain('| better off ceding; ready |');
        expect(row).toContain('| better off alone on the estimates (uncertain); ready (changed on the estimates) |');
        const p0 = md.split('\n').filter(l => l.startsWith('| Practice P0 |')).find(l => l.includes('ready'))!;
        expect(p0).not.toContain('uncertain');
    });
});
