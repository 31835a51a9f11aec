import { describe, expect, it } from 'vitest';
import type { DomainModel } from '@autonomy/domain';
import { practiceRiskChanges, sameAnalysisInput } from '../../src/analysis/same-analysis-input.js';

describe('sameAnalysisInput', () => {
    const base = () => ({
        settings: { currency: '£', title: 'T' },
        practices: [{ id: 'A', listSize: 10, gap: 0, source: { uri: 'file:///a', line: 1, character: 0 } }],
        initiatives: [{ id: 'I', participants: ['A'], currentCosts: { A: 5 }, collective: undefined, source: { uri: 'file:///a', line: 4, character: 0 } }]
    });

    it('ignores source locations at any depth, and a missing one', () => {
        const moved = base();
        moved.practices[0].source = { uri: 'file:///a', line: 7, character: 2 };
        delete (moved.initiatives[0] as { source?: unknown }).source;
        expect(sameAnalysisInput(base(), moved)).toBe(true);
    });

    it('sees any other difference', () => {
        const changes: Array<(m: ReturnType<typeof base>) => void> = [
            m => { m.practices[0].listSize = 11; },
            m => { m.settings.title = 'U'; },
            m => { m.initiatives[0].participants.push('B'); },
            m => { m.initiatives[0].currentCosts = { A: 5, B: 0 } as never; },
            m => { delete (m.initiatives[0] as { collective?: unknown }).collective; },
            m => { (m.initiatives[0] as { collective?: unknown }).collective = 'N'; },
            m => { (m.practices[0] as { listSize: unknown }).listSize = '10'; },
            m => { m.practices = [] as never; },
            m => { (m as { practices: unknown }).practices = { 0: m.practices[0] }; }
        ];
        for (const change of changes) {
            const changed = base();
            change(changed);
            expect(sameAnalysisInput(base(), changed)).toBe(false);
            expect(sameAnalysisInput(changed, base())).toBe(false);
        }
    });

    it('counts NaN as itself, and 0 against -0 or a new key order as a difference (the analysis runs again)', () => {
        expect(sameAnalysisInput({ x: NaN }, { x: NaN })).toBe(true);
        expect(sameAnalysisInput({ x: 0 }, { x: -0 })).toBe(false);
        expect(sameAnalysisInput({ x: 1, y: 2 }, { y: 2, x: 1 })).toBe(false);
        expect(sameAnalysisInput({ x: 1, source: 1, y: 2 }, { source: 2, x: 1, y: 2 })).toBe(true);
    });
});

describe('practiceRiskChanges', () => {
    const risk = new Set(['crisisRisk', 'gap']);
    const model = (): DomainModel => (({
        settings: { title: 'T', currency: '£', horizonYears: 5, trustThreshold: 6 },
        domains: [], collectives: [], trust: [], initiatives: [], mergers: [], partners: [],
        practices: [
            { id: 'A', title: 'A', listSize: 10, gap: 5, crisisRisk: 0.2, believesAloneUnsustainable: false, source: { uri: 'u', line: 1, character: 0 } },
            { id: 'B', title: 'B', listSize: 20, gap: 6, crisisRisk: 0.3, believesAloneUnsustainable: true }
        ]
    }));

    it('lists the practices whose crisis risk or gap changed, and nothing when only sources moved', () => {
        const moved = model();
        moved.practices[0].source = { uri: 'u', line: 9, character: 1 };
        expect(practiceRiskChanges(model(), moved, risk)).toEqual([]);
        const changed = model();
        changed.practices[1].crisisRisk = 0.4;
        expect(practiceRiskChanges(model(), changed, risk)).toEqual([1]);
        changed.practices[0].gap = 0;
        expect(practiceRiskChanges(model(), changed, risk)).toEqual([0, 1]);
    });

    it('declines any other change', () => {
        const changes: Array<(m: DomainModel) => void> = [
            m => { m.practices[0].listSize = 11; },
            m => { m.practices[1].title = 'b'; },
            m => { m.practices.pop(); },
            m => { m.settings.title = 'U'; },
            m => { m.domains.push({ id: 'd', title: 'd', weight: 1 }); },
            m => { (m as unknown as Record<string, unknown>).extra = 1; }
        ];
        for (const change of changes) {
            const changed = model();
            change(changed);
            if (changed.practices[0]) {
                changed.practices[0].crisisRisk = 0.9;
            }
            expect(practiceRiskChanges(model(), changed, risk)).toBeUndefined();
        }
    });
});
