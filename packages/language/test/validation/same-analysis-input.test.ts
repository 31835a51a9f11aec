import { describe, expect, it } from 'vitest';
import { sameAnalysisInput } from '../../src/analysis/same-analysis-input.js';

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

    it('treats NaN as a difference (the analysis runs again)', () => {
        expect(sameAnalysisInput({ x: NaN }, { x: NaN })).toBe(false);
        expect(sameAnalysisInput({ x: 0 }, { x: -0 })).toBe(true);
    });
});
