/**
 * DOMAIN.md item 19 in the briefing when two member collectives share a
 * practice: F (consensus or weighted vote) = A (P1, S) and B (S, P2), A agrees
 * and B does not. S is counted with A, listed first: it agrees, and no
 * sentence may also say that it would block, may go its own way, or that
 * nothing happens in it because B will not follow.
 */
import { analyse } from '@autonomy/analysis';
import type { DecisionRule, DomainModel } from '@autonomy/domain';
import { describe, expect, it } from 'vitest';
import { outvotedInside, overlapping } from '../../analysis/test/overlapping-members.js';
import type { Block, ReportDocument } from '../src/document.js';
import { buildReport } from '../src/index.js';
import { renderMarkdown } from '../src/render/markdown.js';

/** F (`rule`) = A (P1, S) and B (S, P2): P1 and S gain £2,000 a year, P2 loses £2,000 (overlapping-members.ts). */
function model(rule: DecisionRule): DomainModel {
    return overlapping(rule, ['A', 'B'], 'S');
}

function report(rule: DecisionRule): ReportDocument {
    const m = model(rule);
    return buildReport({ model: m, analysis: analyse(m), diagnostics: [], date: '2026-12-03', formulas: '' });
}

/** What the briefing says against a practice: it blocks, may defect, or is held back by its member collective. */
const AGAINST = /would block|may block|may go its own way|nothing (?:may )?happens? in|Blockers:|Defection risks:/;

describe('a practice in two member collectives in the briefing (item 19)', () => {
    it('weighted vote: S agrees through A, and B\'s sentence holds back only P2, naming S apart', () => {
        const doc = report('weighted-vote');
        const sentences = doc.findings.map(f => f.sentence);
        // Before: "... so nothing happens in Practice S and Practice P2." beside "Practice P1 and Practice S agree."
        expect(sentences).toContain('Collective B will not follow Collective F on Initiative I (its own decision does not carry), so nothing happens in Practice P2. '
            + 'Practice S takes part in Collective B\'s vote but is counted with Collective A, the first member collective listed that contains it, and goes with that one.');
        expect(sentences).toContain('Initiative I goes ahead under list-size-weighted vote: Practice P1 and Practice S agree.');
        const votes = doc.sections.find(s => s.id === 'initiatives')!.blocks
            .find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && (b.caption ?? '').includes('member collectives decide'));
        // Before: "no, nor its 2 practices".
        expect(votes?.rows.find(r => r.cells[0] === 'Collective B')?.cells[4])
            .toBe('no, nor its practice counted with it (counted elsewhere: Practice S with Collective A)');
    });

    for (const rule of ['consensus', 'weighted-vote'] as const) {
        it(`${rule}: no sentence that names S says it blocks, may go its own way or is held back`, () => {
            const lines = renderMarkdown(report(rule)).split('\n').flatMap(line => line.split(/(?<=\.) (?=[A-Z])/));
            // "Practice S takes part in Collective B's vote but is counted with Collective A" is the one sentence on S under B.
            const against = lines.filter(l => /Practice S\b/.test(l) && AGAINST.test(l) && !/^Practice S takes part/.test(l));
            expect(against).toEqual([]);
        });
    }
});

describe('a shared practice outvoted inside the member it is counted with', () => {
    it('its reason is its own loss, not the other member\'s refusal to follow', () => {
        // F (weighted) = A (majority: P1 1,000, S 6,000, X 1,000) and B (consensus: S, P2 5,000). £40,000 charged equally:
        // P1 and X gain £2,000, S and P2 lose £2,000. A carries 2 of 3 with 8,000 of F's 13,000 patients (S counted with A),
        // so F proceeds and S is outvoted inside A; B (S and P2 against) will not follow, but S goes with A.
        const m = outvotedInside('S');
        const sentences = buildReport({ model: m, analysis: analyse(m), diagnostics: [], date: '2026-12-03', formulas: '' }).findings.map(f => f.sentence);
        // Before: "so nothing happens in Practice S and Practice P2", and no sentence on S's own risk (B spoke for it).
        expect(sentences).toContain('Collective B will not follow Collective F on Initiative I (its own decision does not carry), so nothing happens in Practice P2. '
            + 'Practice S takes part in Collective B\'s vote but is counted with Collective A, the first member collective listed that contains it, and goes with that one.');
        expect(sentences).toContain('Initiative I goes ahead by list-size-weighted vote, but Practice S (it would lose £2,000 a year under the charged split) may go rogue.');
    });
});
