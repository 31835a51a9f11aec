import type { Section } from '../document.js';
import { type SectionContext, sourceRef, yesNo } from './context.js';

export function practicesSection(ctx: SectionContext): Section {
    const { model, analysis, words } = ctx;
    const rows = analysis.practices.map(p => {
        const practice = model.practices.find(m => m.id === p.id);
        return {
            kind: 'practice' as const,
            weight: p.gap,
            source: sourceRef(practice?.source),
            cells: [
                p.title,
                words.count(p.listSize),
                words.money(p.gap),
                words.percent(p.crisisRisk),
                yesNo(practice?.believesAloneUnsustainable),
                p.memberOf.length > 0 ? words.names(p.memberOf) : 'none',
                p.initiatives.length > 0 ? words.names(p.initiatives) : 'none'
            ]
        };
    });
    return {
        id: 'practices',
        title: 'Practices',
        blocks: [
            {
                kind: 'paragraph',
                text: `${analysis.practices.length} practices. The sustainability gap is what each practice is short each year; `
                    + `the crisis risk is the chance over ${model.settings.horizonYears} years that going alone ends its independence `
                    + '(forced merger or contract hand-back).'
            },
            {
                kind: 'table',
                columns: [
                    { header: 'Practice' }, { header: 'List size', align: 'right' }, { header: 'Gap a year', align: 'right' },
                    { header: 'Crisis risk alone', align: 'right' }, { header: 'Believes alone unsustainable', align: 'center' },
                    { header: 'Member of' }, { header: 'Initiatives' }
                ],
                rows: [...rows, {
                    cells: [
                        [{ text: `All ${words.count(analysis.practices.length)} practices`, style: 'bold' as const }],
                        words.count(analysis.practices.reduce((n, p) => n + p.listSize, 0)),
                        words.money(analysis.practices.reduce((n, p) => n + p.gap, 0)), '', '', '', ''
                    ]
                }]
            }
        ]
    };
}
