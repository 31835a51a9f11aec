import { type AnalysisResult, type Coalition, type InitiativeAnalysis, paradoxDoubtWords, paradoxVerdictLabel, practicePercents, type StabilityCheck } from '@autonomy/analysis';
import { type DomainModel, formatCount, formatMoney, formatPercent } from '@autonomy/domain';
import type { Palette } from '../colour.js';
import { textTable } from '../text-table.js';
import { dealLines, sharingRulesTable, votingPowerTable } from './decision-pretty.js';
import { neutraliseOutput, printable } from './terminal-text.js';

/**
 * The analysis for a person at a terminal: one table per initiative (charged,
 * fair, compensation, then stability and the predicted outcome) and one for
 * the practices (the paradox in numbers). Every figure comes from the result;
 * nothing is recomputed here.
 */
export function formatAnalysisPretty(result: AnalysisResult, model: DomainModel, colour: Palette): string {
    const names = new Map([...model.collectives, ...result.practices].map(u => [u.id, printable(u.title)]));
    const name = (id: string) => names.get(id) ?? id;
    const money = (minor: number) => formatMoney(minor, result.settings.currency);
    const group = (members: Coalition) => members.map(name).join(' + ');
    const out: string[] = [];

    const { settings } = result;
    out.push(colour.bold(printable(settings.title)));
    out.push(`Currency ${settings.currency}; horizon ${settings.horizonYears} years; trust threshold ${settings.trustThreshold}.`);
    out.push('');

    for (const initiative of result.initiatives) {
        out.push(...initiativeBlock(initiative, { name, money, group, colour }));
        out.push('');
    }

    out.push(colour.bold('Practices: the autonomy paradox'));
    out.push(textTable(
        [
            { header: 'Practice' }, { header: 'List size', align: 'right' }, { header: 'Autonomy retained', align: 'right' },
            { header: 'Benefit', align: 'right' }, { header: 'Risk alone', align: 'right' }, { header: 'Residual risk', align: 'right' },
            { header: 'E alone', align: 'right' }, { header: 'E collective', align: 'right' }, { header: 'E merger', align: 'right' },
            { header: 'Verdict' }
        ],
        result.practices.map(p => {
            const { risk, residual, alone, collective } = practicePercents(p);
            return [
                printable(p.title), formatCount(p.listSize), formatPercent(p.autonomyRetained),
                money(p.benefit) + (p.benefitStandardError !== undefined ? ` ± ${money(p.benefitStandardError)}` : ''),
                risk, residual, alone, collective, formatPercent(p.expectedMerger),
                paradoxVerdictLabel(p)
            ];
        })
    ));
    out.push('  E = expected autonomy over the horizon. "Better off ceding" means E collective > E alone; "no difference", equal.');
    if (result.practices.some(p => p.benefitStandardError !== undefined)) {
        out.push('  A benefit with ± includes fair shares estimated by sampling; ± is its standard error.');
    }
    // A verdict two standard errors of the estimated benefit could change: the figures that make it uncertain, and what to do.
    for (const p of result.practices.filter(x => x.paradoxVerdictUncertain)) {
        out.push(`  ${paradoxDoubtWords(p, money, `${printable(p.title)}'s`)}`);
    }

    if (result.votingPower && result.votingPower.length > 0) {
        out.push('');
        out.push(colour.bold('Voting power (Shapley-Shubik and normalised Banzhaf)'));
        for (const power of result.votingPower) {
            out.push(...votingPowerTable(power, { name, money, group }));
        }
    }
    if (result.mergers.length > 0) {
        out.push('');
        out.push(colour.bold('Mergers'));
        for (const merger of result.mergers) {
            const shares = merger.shares.map(s => `${name(s.practice)} ${money(s.share)}`).join(', ');
            out.push(`  ${printable(merger.title)}: saves ${money(merger.saving)} a year (${shares}); every merging practice's autonomy ends (E = 0).`);
        }
    }
    if (result.partners.length > 0) {
        out.push('');
        out.push(colour.bold('System partners: relationships to hold'));
        for (const partner of result.partners) {
            out.push(`  ${printable(partner.title)} (${formatCount(partner.population)} patients): ${formatCount(partner.before.relationships, 1)} before, ${formatCount(partner.after.relationships, 1)} after.`);
        }
    }
    return neutraliseOutput(out.join('\n') + '\n');
}

interface Helpers {
    name(id: string): string;
    money(minor: number): string;
    group(members: Coalition): string;
    colour: Palette;
}

function initiativeBlock(initiative: InitiativeAnalysis, h: Helpers): string[] {
    const out: string[] = [];
    const runBy = initiative.collective ? `run by ${h.name(initiative.collective)}; ` : '';
    const sharing = initiative.sharing === 'fair' ? 'fairly (fair shares with compensation)' : 'as charged';
    const method = initiative.method === 'exact'
        ? 'fair shares exact'
        : `fair shares estimated by Monte Carlo (${formatCount(initiative.samples ?? 0)} samples, seed ${initiative.seed ?? '-'})`;
    out.push(h.colour.bold(`Initiative: ${printable(initiative.title)}`));
    out.push(`  ${runBy}proposed sharing: ${sharing}; ${method}.`);
    out.push(`  Current cost ${h.money(initiative.totalCurrentCost)}; shared cost ${h.money(initiative.sharedCost)}; net saving ${h.money(initiative.netSaving)}.`);
    if (initiative.lossMaking) {
        const best = initiative.bestCoalition;
        const bestWords = !best ? ''
            : best.value <= 0
                ? (best.exhaustive ? ' No coalition of its participants saves money.' : ' None of the coalitions tried saves money (not every coalition is tried above the exact limit).')
                : best.exhaustive
                    ? ` The most valuable coalition is ${h.group(best.members)}, saving ${h.money(best.value)}.`
                    : ` Of the coalitions tried, ${h.group(best.members)} saves the most, ${h.money(best.value)} (not every coalition is tried above the exact limit).`;
        out.push(h.colour.red(`  Loses money for the group as a whole.${bestWords}`));
    }
    const estimated = initiative.shares.some(s => s.fairShareStandardError !== undefined);
    out.push(textTable(
        [
            { header: 'Practice' }, { header: 'List size', align: 'right' }, { header: 'Current cost', align: 'right' },
            { header: 'Charged', align: 'right' }, { header: 'Realised benefit', align: 'right' },
            { header: estimated ? 'Fair share (± s.e.)' : 'Fair share', align: 'right' }, { header: 'Compensation', align: 'right' }
        ],
        initiative.shares.map(s => [
            h.name(s.practice), formatCount(s.listSize), h.money(s.currentCost), h.money(s.charge), h.money(s.realisedBenefit),
            h.money(s.fairShare) + (s.fairShareStandardError !== undefined ? ` ± ${h.money(s.fairShareStandardError)}` : ''),
            h.money(s.compensation)
        ])
    ));
    out.push('  Compensation: positive means the practice should receive that much to reach its fair share.');
    for (const payment of initiative.payments) {
        out.push(`  ${h.name(payment.from)} pays ${h.name(payment.to)} ${h.money(payment.amount)} a year.`);
    }
    out.push(`  Stability as charged: ${stability(initiative.charged, h)}`);
    out.push(`  Stability of the fair split: ${stability(initiative.fair, h)}`);
    if (initiative.coreEmpty === true) {
        out.push('  No split at all is stable here: the core is empty.');
    }
    if (initiative.leastCoreEpsilon !== undefined) {
        out.push(`  Least-core epsilon: ${h.money(initiative.leastCoreEpsilon)} (exactly ${initiative.leastCoreEpsilonExact ?? '-'} pence)${initiative.stableSplitMethod ? `; stable split shown: ${initiative.stableSplitMethod}` : ''}.`);
    }
    if (initiative.stableSplit.state !== 'computed' && initiative.stableSplit.state !== 'not-requested') {
        out.push(`  Stable split not computed (${initiative.stableSplit.state}): ${initiative.stableSplit.reason ?? ''}.`);
    }
    const outcome = initiative.outcome;
    // Where estimates within two standard errors of zero could change the verdict, or a practice's part in it, the line says so.
    const open = outcome.proceedsUncertain === true;
    const verdict = outcome.proceeds === null ? 'cannot be predicted'
        : open ? `${outcome.proceeds ? 'would proceed' : 'would not proceed'} on the estimated fair shares, but that is uncertain`
            : outcome.proceeds ? 'proceeds' : 'does not proceed';
    out.push(`  Predicted outcome (${outcome.rule}): ${verdict}. ${printable(outcome.explanation)}`);
    const doubt = new Set(outcome.uncertain ?? []);
    const names = (ids: string[]): string => ids.map(id => h.name(id) + (doubt.has(id) ? ' (on the estimate only)' : '')).join(', ');
    if (outcome.blockers.length > 0) {
        out.push(`  Blockers: ${names(outcome.blockers)}.`);
    }
    if (outcome.defectionRisks.length > 0) {
        out.push(`  Defection risks: ${names(outcome.defectionRisks)}.`);
    }
    out.push(...sharingRulesTable(initiative, h));
    if (initiative.deal) {
        out.push(...dealLines(initiative, initiative.deal, h));
    }
    return out;
}

function stability(check: StabilityCheck, h: Helpers): string {
    if (check.inCore === null) {
        return 'not checked (too many participants to check every coalition).';
    }
    if (check.inCore) {
        return 'stable (no group of practices would do better on its own).';
    }
    const parts: string[] = ['not stable'];
    if (check.mostViolated) {
        parts.push(`${h.group(check.mostViolated.members)} would gain ${h.money(check.mostViolated.excess)} by breaking away`);
    }
    if (check.individuallyIrrational.length > 0) {
        parts.push(`worse off than alone: ${check.individuallyIrrational.map(id => h.name(id)).join(', ')}`);
    }
    return parts.join('; ') + '.';
}
