import { describe, expect, it } from 'vitest';
import { chartSvg } from '../src/charts/chart-svg.js';
import { linearScale } from '../src/charts/scale.js';

describe('chart scales', () => {
    it('picks round ticks covering the data, with zero when the data crosses it', () => {
        expect(linearScale(0, 1, 0, 100).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
        const money = linearScale(-669.77, 6133.72, 0, 300);
        expect(money.ticks).toContain(0);
        expect(money.ticks[0]).toBeLessThanOrEqual(-669.77);
        expect(money.ticks[money.ticks.length - 1]).toBeGreaterThanOrEqual(6133.72);
        expect(money(money.ticks[0])).toBe(0);
        expect(money(money.ticks[money.ticks.length - 1])).toBe(300);
    });
});

describe('charts', () => {
    it('draws a bar for every practice under each split, losses left of zero', () => {
        const svg = chartSvg({ kind: 'split', currency: '£', bars: [{ label: 'A', charged: -50_000, fair: 20_000 }, { label: 'B', charged: 30_000, fair: 10_000 }] });
        expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="8"/g)).toHaveLength(4);
        expect(svg).toContain('Yearly benefit (£)');
    });

    it('sizes paradox circles by list size and colours them by verdict', () => {
        const svg = chartSvg({
            kind: 'paradox', points: [
                { label: 'Big', alone: 0.5, collective: 0.7, listSize: 16000, verdict: 'better-ceding' },
                { label: 'Small', alone: 0.8, collective: 0.6, listSize: 4000, verdict: 'better-alone' }
            ]
        });
        const radii = [...svg.matchAll(/<circle cx="[\d.]+" cy="[\d.]+" r="([\d.]+)" fill="#[0-9a-f]+" fill-opacity="0.75"/g)].map(m => Number(m[1]));
        expect(radii).toHaveLength(2);
        expect(radii[0]).toBeCloseTo(2 * radii[1], 5);
        expect(svg).toContain('fill="#2e8b57" fill-opacity="0.75"');
        expect(svg).toContain('fill="#c2423f" fill-opacity="0.75"');
    });

    it('colours a practice for which ceding makes no difference grey, and says so in the legend', () => {
        const svg = chartSvg({
            kind: 'paradox', points: [{ label: 'Bystander', alone: 0.7, collective: 0.7, listSize: 5000, verdict: 'no-difference' }]
        });
        expect(svg).toContain('fill="#8c8c8c" fill-opacity="0.75"');
        expect(svg).not.toMatch(/fill="#(2e8b57|c2423f)" fill-opacity="0.75"/);
        expect(svg).toContain('>No difference</text>');
    });

    it('nests practices inside their collectives and survives a membership cycle', () => {
        const svg = chartSvg({
            kind: 'structure', roots: [{
                label: 'Federation', kind: 'collective', children: [
                    { label: 'PCN', kind: 'collective', children: [{ label: 'Riverside', kind: 'practice', children: [] }] },
                    { label: 'Loop', kind: 'collective', detail: 'membership cycle', children: [] }
                ]
            }]
        });
        expect(svg.match(/<rect class="collective"/g)).toHaveLength(3);
        expect(svg.match(/<rect class="practice"/g)).toHaveLength(1);
        expect(svg).toContain('membership cycle');
    });
});

describe('structure of the model', () => {
    it('puts top collectives first, then practices in no collective, and stops at a membership cycle', async () => {
        const { structureRoots } = await import('../src/sections/structure.js');
        const { Wording } = await import('../src/wording.js');
        const { sampleModel } = await import('./fixtures/sample.js');
        const model = sampleModel();
        model.practices.push({ id: 'D', title: 'Loner Surgery', listSize: 3000, gap: 0, crisisRisk: 0.2, believesAloneUnsustainable: false });
        model.collectives.push(
            { id: 'X', title: 'X group', kind: 'collective', members: ['Y'], decisionRule: 'consensus', speaksForMembers: false },
            { id: 'Y', title: 'Y group', kind: 'collective', members: ['X'], decisionRule: 'consensus', speaksForMembers: false }
        );
        const roots = structureRoots(model, new Wording(model, '£'));
        expect(roots.map(r => r.label)).toEqual(['North Primary Care Network', 'Loner Surgery']);
        expect(roots[0].children.map(c => c.label)).toEqual(['Riverside Surgery', 'Hillside Medical Centre', 'Oakfield Practice']);

        const cyclic = sampleModel();
        cyclic.collectives = model.collectives.slice(1);
        const cycleRoots = structureRoots(cyclic, new Wording(cyclic, '£'));
        expect(cycleRoots[0].children[0].children[0]).toMatchObject({ label: 'X group', detail: 'membership cycle', children: [] });
    });
});
