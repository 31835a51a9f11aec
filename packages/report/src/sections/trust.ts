import type { Section } from '../document.js';
import { type SectionContext, yesNo } from './context.js';

export function trustSection(ctx: SectionContext): Section {
    const { analysis, words } = ctx;
    const threshold = analysis.settings.trustThreshold;
    return {
        id: 'trust',
        title: 'Trust and readiness',
        blocks: [
            {
                kind: 'paragraph',
                text: `Trust score (Green): (credibility + reliability + intimacy) / self-orientation. A practice is ready to cede to a collective `
                    + `when its score is at least ${threshold} and its partners believe going alone is unsustainable. Where the model has no trust `
                    + 'statement, readiness is unknown and the predictions count the practice as not ready.'
            },
            analysis.trust.length === 0
                ? { kind: 'note', text: 'The model has no trust statements.' }
                : {
                    kind: 'table',
                    columns: [
                        // Item 19: collectives may trust the collective containing them.
                        { header: analysis.trust.some(t => t.truster === 'collective') ? 'Practice or collective' : 'Practice' },
                        { header: 'Collective' }, { header: 'Trust score', align: 'right' },
                        { header: `Score ≥ ${threshold}`, align: 'center' }, { header: 'Believes alone unsustainable', align: 'center' },
                        { header: 'Ready to cede', align: 'center' }
                    ],
                    rows: analysis.trust.map(t => ({
                        kind: t.truster === 'collective' ? 'collective' : 'practice',
                        // Paged summaries keep the practices that are not ready first.
                        weight: t.ready === true ? 0 : 1,
                        tone: t.ready === true ? 'good' : t.ready === false ? 'bad' : undefined,
                        cells: [
                            words.title(t.practice), words.title(t.collective),
                            t.score === null ? 'no statement' : t.score.toFixed(2),
                            yesNo(t.clearsThreshold), yesNo(t.believesAloneUnsustainable), yesNo(t.ready)
                        ]
                    }))
                }
        ]
    };
}
