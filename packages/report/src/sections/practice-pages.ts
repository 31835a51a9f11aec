/**
 * The partner edition's page per practice: "what this means for Riverside
 * Surgery": its gain under each option, its autonomy before and after, its
 * risk, what it is asked to pay or receive, and what it must decide.
 */
import { paradoxDoubtWords, paradoxVerdictLabel, type PracticeAnalysis, practicePercents } from '@autonomy/analysis';
import type { Block, Section, TableRow } from '../document.js';
import { doubtful, refusalReason, trustFor } from '../finding-reasons.js';
import { ruleWords } from '../wording.js';
import type { SectionContext } from './context.js';

/** A locality of thousands of practices gets pages for those with most at stake; the rest are in the analyst edition. */
export const MAX_PRACTICE_PAGES = 30;

export function practicePages(ctx: SectionContext): { sections: Section[]; omitted: number } {
    const { practices } = ctx.analysis;
    const atStake = (p: PracticeAnalysis): number => Math.abs(p.benefit) + Math.abs(p.compensationTotal);
    const chosen = practices.length <= MAX_PRACTICE_PAGES
        ? practices
        : [...practices].sort((a, b) => atStake(b) - atStake(a)).slice(0, MAX_PRACTICE_PAGES);
    return { sections: chosen.map(p => practicePage(p, ctx)), omitted: practices.length - chosen.length };
}

function practicePage(p: PracticeAnalysis, ctx: SectionContext): Section {
    const { words, analysis } = ctx;
    const horizon = analysis.settings.horizonYears;
    const { risk, residual, alone, collective } = practicePercents(p);
    const blocks: Block[] = [
        { kind: 'heading', level: 3, text: 'What it gains a year under each option' },
        gainsTable(p, ctx),
        { kind: 'heading', level: 3, text: 'Its autonomy and its risk' },
        {
            kind: 'paragraph',
            text: `Today ${p.title} takes every decision alone. As proposed it would keep ${words.percent(p.autonomyRetained)} of its decisions `
                + `(weighted by how much its partners value each). Going alone, the chance of a crisis that ends its independence within ${horizon} years `
                // "Benefit", not "gain": it may be negative. Its standard error is given here unless the verdict's doubt gives it below.
                + `is ${risk}; with its ${p.benefitStandardError !== undefined ? 'estimated ' : ''}benefit of ${words.signedMoney(p.benefit)} a year`
                + (p.benefitStandardError !== undefined && !p.paradoxVerdictUncertain
                    ? ` (standard error ${words.money(p.benefitStandardError)}, from fair shares estimated by sampling)` : '')
                + ` against a gap of ${words.money(p.gap)}, `
                + `it would be ${residual}. Its expected autonomy (what it keeps, times the chance of avoiding that crisis) is `
                + `${alone} alone, ${collective} in the collective`
                + (analysis.mergers.some(m => m.practices.includes(p.id)) ? ` and ${words.percent(p.expectedMerger)} in a merger` : '')
                + `: ${paradoxVerdictLabel(p)}.` + (p.paradoxVerdictUncertain ? ` ${paradoxDoubtWords(p, m => words.money(m))}` : '')
        },
        { kind: 'heading', level: 3, text: 'What it must decide' },
        ...decisions(p, ctx)
    ];
    return { id: `practice-${p.id}`, title: `What this means for ${p.title}`, blocks };
}

function gainsTable(p: PracticeAnalysis, ctx: SectionContext): Block {
    const { words, analysis } = ctx;
    const rows: TableRow[] = [];
    for (const i of analysis.initiatives) {
        const s = i.shares.find(x => x.practice === p.id);
        if (!s) continue;
        rows.push({
            tone: s.realisedBenefit < 0 ? 'bad' : undefined,
            cells: [
                i.title, words.signedMoney(s.realisedBenefit),
                i.lossMaking ? 'no gain to share' : words.signedMoney(s.fairShare),
                i.lossMaking || s.compensation === 0 ? 'nothing' : s.compensation > 0 ? `receives ${words.money(s.compensation)}` : `pays ${words.money(-s.compensation)}`
            ]
        });
    }
    for (const m of analysis.mergers) {
        const share = m.shares.find(x => x.practice === p.id);
        if (share) rows.push({ cells: [`${m.title} (ends its independence)`, words.signedMoney(share.share), '', ''] });
    }
    if (rows.length === 0) return { kind: 'note', text: `${p.title} takes part in no shared service or merger in this briefing.` };
    return {
        kind: 'table', caption: `${p.title}: yearly gain as charged today and under a fair split`,
        columns: [{ header: 'Option' }, { header: 'As charged', align: 'right' }, { header: 'Fair share', align: 'right' }, { header: 'Payment to reach the fair share', align: 'right' }],
        rows
    };
}

function decisions(p: PracticeAnalysis, ctx: SectionContext): Block[] {
    const { words, analysis } = ctx;
    const items = analysis.initiatives.filter(i => i.participants.includes(p.id)).map(i => {
        const collective = i.collective ? words.title(i.collective) : 'no named collective';
        const trust = trustFor(analysis, p.id, i.collective);
        const reason = refusalReason(p.id, i, analysis, words);
        // Where its part rests on estimates within two standard errors of zero, what it would do is said to be on the estimates.
        const unsure = doubtful(i, p.id) ? 'On estimated fair shares too close to zero to be sure, ' : '';
        const role = i.outcome.blockers.includes(p.id) ? `${unsure ? `${unsure}it may` : 'It would'} block it as proposed (${reason.text}).`
            : i.outcome.defectionRisks.includes(p.id) ? `${unsure ? `${unsure}it` : 'It'} may go its own way (${reason.text}).`
                : i.outcome.agree.includes(p.id) ? `${unsure ? `${unsure}it` : 'It'} would agree as proposed.` : '';
        // The reason already speaks of its trust when trust is why; say it once.
        const trustSaid = role !== '' && reason.claims.some(c => c.about !== 'benefit');
        const trustWords = trustSaid ? ''
            : !trust || trust.score === null ? 'Nobody has yet scored its trust in the group.'
                : `Its trust in ${collective} scores ${trust.score.toFixed(2)} against the ${analysis.settings.trustThreshold} needed; it is ${trust.ready ? '' : 'not yet '}ready to cede.`;
        return `Whether to join ${i.title}, run by ${collective}, which decides by ${ruleWords(i.outcome.rule)}. ${role} ${trustWords}`.replace(/\s+/g, ' ').trim();
    });
    return items.length === 0
        ? [{ kind: 'paragraph', text: `Nothing is asked of ${p.title} yet: it takes part in no proposed service.` }]
        : [{ kind: 'list', items }];
}
