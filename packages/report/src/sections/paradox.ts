import { fragileMark, paradoxDoubtWords, paradoxVerdictLabel, practicePercents } from '@autonomy/analysis';
import type { Block, Section } from '../document.js';
import { type SectionContext, sourceRef } from './context.js';

export function paradoxSection(ctx: SectionContext): Section {
    const { analysis, words, model } = ctx;
    // Only a column the model gives data for: no merger modelled, no merger column.
    const merger = analysis.mergers.length > 0;
    const unsure = analysis.practices.filter(p => p.paradoxVerdictUncertain);
    // A benefit summing fair shares estimated by sampling shows its standard error, as the initiatives' fair shares do.
    const estimated = analysis.practices.some(p => p.benefitStandardError !== undefined);
    const blocks: Block[] = [
        {
            kind: 'paragraph',
            text: 'The autonomy paradox: to keep their autonomy, practices must give some up. A practice that cedes nothing risks a crisis '
                + 'that ends its independence; a merger ends it for certain. Expected autonomy weighs what a practice keeps against that risk '
                + `over ${model.settings.horizonYears} years. The paradox is resolved for a practice when ceding raises its expected autonomy.`
                + (estimated ? ' A benefit shown with ± includes fair shares estimated by sampling, and ± is its standard error.' : '')
        },
        {
            kind: 'table',
            columns: [
                { header: 'Practice' }, { header: 'Autonomy retained', align: 'right' }, { header: 'Benefit a year', align: 'right' },
                { header: 'Crisis risk alone → in collective', align: 'right' },
                { header: 'Expected autonomy alone', align: 'right' }, { header: 'Collective', align: 'right' },
                ...(merger ? [{ header: 'Merger', align: 'right' as const }] : []), { header: 'Verdict' }
            ],
            rows: analysis.practices.map(p => {
                const { risk, residual, alone, collective } = practicePercents(p);
                return {
                    kind: 'practice' as const,
                    weight: Math.abs(p.benefit),
                    source: sourceRef(model.practices.find(m => m.id === p.id)?.source),
                    // Resolved only on the estimates is not shown as settled good news.
                    tone: p.paradoxResolved && !p.paradoxVerdictUncertain ? 'good' : undefined,
                    cells: [
                        p.title, words.percent(p.autonomyRetained),
                        words.signedMoney(p.benefit) + (p.benefitStandardError !== undefined ? ` ± ${words.money(p.benefitStandardError)}` : ''),
                        `${risk} → ${residual}`,
                        alone, collective, ...(merger ? [words.percent(p.expectedMerger)] : []),
                        paradoxVerdictLabel(p) + fragileMark(ctx.fragile, `paradox:${p.id}`)
                    ]
                };
            })
        },
        // Each verdict the estimates could change, with the figures that make it uncertain.
        ...unsure.map(p => ({ kind: 'note' as const, text: paradoxDoubtWords(p, m => words.money(m), `${p.title}'s`) })),
        {
            kind: 'chart',
            title: 'Expected autonomy: alone against in the collective',
            description: 'Each circle is a practice, sized by list size. Above the diagonal, ceding raises its expected autonomy; '
                + 'below it, the practice keeps more by going alone; on it, ceding makes no difference.'
                + (unsure.length > 0 ? ' A ring marks a practice whose verdict rests on estimated fair shares and could go either way within two standard errors.' : ''),
            chart: {
                kind: 'paradox',
                points: analysis.practices.map(p => ({
                    label: p.title, alone: p.expectedAlone, collective: p.expectedCollective, listSize: p.listSize, verdict: p.paradoxVerdict,
                    ...(p.paradoxVerdictUncertain ? { uncertain: true } : {})
                }))
            }
        }
    ];
    if (analysis.mergers.length > 0) {
        blocks.push({ kind: 'heading', level: 3, text: 'Merger options' });
        for (const m of analysis.mergers) {
            blocks.push({
                kind: 'paragraph',
                source: sourceRef(model.mergers.find(x => x.id === m.id)?.source),
                sourceKind: 'merger',
                text: `${m.title}: ${words.names(m.practices)} would save ${words.money(m.saving)} a year, shared by list size. `
                    + 'A merger ends every merging practice\'s independence, so their expected autonomy becomes 0% whatever the saving.'
            });
            blocks.push({
                kind: 'table',
                columns: [{ header: 'Practice' }, { header: 'Share of the merger saving', align: 'right' }],
                rows: m.shares.map(s => ({ kind: 'practice', cells: [words.title(s.practice), words.money(s.share)] }))
            });
        }
    }
    return { id: 'paradox', title: 'The autonomy paradox', blocks };
}
