import type { DomainModel } from '@autonomy/domain';
import { describe, expect, test } from 'vitest';
import { structureSvg } from '../src/structure-diagram.js';

function model(partial: Partial<DomainModel>): DomainModel {
    return {
        settings: { title: 'T', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [], practices: [], collectives: [], trust: [], initiatives: [], mergers: [], partners: [],
        ...partial
    };
}

const practice = (id: string, line: number) => ({
    id, title: `${id} Surgery`, listSize: 5000, gap: 0, crisisRisk: 0.2, believesAloneUnsustainable: true,
    source: { uri: 'file:///m.autonomy', line, character: 0 }
});

describe('the structure diagram', () => {
    const nested = model({
        practices: [practice('A', 1), practice('B', 2), practice('C', 3)],
        collectives: [
            { id: 'PCN', title: 'Network', kind: 'network', members: ['A', 'B'], decisionRule: 'consensus', speaksForMembers: true },
            { id: 'Fed', title: 'Federation <&>', kind: 'federation', members: ['PCN', 'C'], decisionRule: 'majority-vote', speaksForMembers: false }
        ],
        trust: [
            { practice: 'A', collective: 'PCN', credibility: 6, reliability: 6, intimacy: 6, selfOrientation: 3 },
            { practice: 'B', collective: 'PCN', credibility: 2, reliability: 2, intimacy: 2, selfOrientation: 3 }
        ]
    });
    const svg = structureSvg(nested);

    test('draws a box per unit and a line per membership', () => {
        expect(svg.match(/class="unit practice"/g)).toHaveLength(3);
        expect(svg.match(/class="unit collective( warn)?"/g)).toHaveLength(2);
        expect(svg.match(/<line /g)).toHaveLength(4);
    });

    test('puts a nested collective in a column between its parent and the practices', () => {
        const x = (id: string) => Number(new RegExp(`<title>[^<]*\\(${id}\\)</title><rect x="([\\d.]+)"`).exec(svg)![1]);
        expect(x('Fed')).toBeLessThan(x('PCN'));
        expect(x('PCN')).toBeLessThan(x('A'));
        expect(x('A')).toBe(x('C'));
    });

    test('labels trust scores and marks those below the threshold', () => {
        expect(svg).toContain('>T 6.0</text>');
        expect(svg).toMatch(/class="trust distrusted"[^>]*>T 2\.0</);
    });

    test('flags a collective that decides by vote and escapes model text', () => {
        expect(svg).toMatch(/class="unit collective warn"[^>]*><title>Federation &lt;&amp;&gt; \(Fed\)/);
    });

    test('carries source locations so a click can reveal the declaration', () => {
        expect(svg).toContain('data-uri="file:///m.autonomy" data-line="2" data-character="0"');
    });

    test('survives a membership cycle', () => {
        const cyclic = structureSvg(model({
            practices: [practice('A', 1)],
            collectives: [
                { id: 'X', title: 'X', kind: 'collective', members: ['Y', 'A'], decisionRule: 'consensus', speaksForMembers: false },
                { id: 'Y', title: 'Y', kind: 'collective', members: ['X'], decisionRule: 'consensus', speaksForMembers: false }
            ]
        }));
        expect(cyclic).toContain('<svg');
    });

    test('says so when there is nothing to draw', () => {
        expect(structureSvg(model({}))).toMatch(/no practices or collectives/);
    });
});
