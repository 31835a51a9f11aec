import {
    type AnalysisResult, type InitiativeAnalysis, nearestFlip, paradoxDoubtWords, type PracticeAnalysis, practicePercents, type SensitivityResult, sharedPracticesSentence, SHARING_RULE_LABELS, type TrustAnalysis
} from '@autonomy/analysis';
import { type DomainModel, escapeMarkdown as md, formatCount, formatMoney, formatPercent } from '@autonomy/domain';
import { compensationSides, estimatedInitiatives } from './figure-labels.js';
import { investmentHover } from './investment-figures.js';

/**
 * The Markdown of each hover, written from the analysis result alone: every
 * figure is one the analysis computed, formatted the way reports format it.
 * Model text (titles, and the analysis's sentences that quote them) is
 * escaped here: a title like `[x](javascript:…)` or `<img onerror>` must show
 * as written in any client, not only in one that sanitises.
 */
export class HoverContent {
    private readonly currency: string;

    /** `decisions`: the same analysis with decision support (sharing rules, the deal, voting power), when it could be had. */
    /** `sensitivity`: the result of "Show Sensitivity" for this model, when the user has run it. */
    constructor(
        private readonly model: DomainModel, private readonly result: AnalysisResult, private readonly decisions?: AnalysisResult,
        private readonly sensitivity?: SensitivityResult
    ) {
        this.currency = result.settings.currency;
    }

    practice(id: string): string | undefined {
        const p = this.result.practices.find(practice => practice.id === id);
        if (!p) {
            return undefined;
        }
        const { alone, collective } = practicePercents(p);
        const lines = [
            `**${md(p.title)}** · practice \`${p.id}\``,
            '',
            '| | |',
            '|---|---|',
            `| List size | ${formatCount(p.listSize)} patients |`,
            `| Autonomy retained | ${formatPercent(p.autonomyRetained)} |`,
            `| Net benefit | ${this.money(p.benefit)} per year |`,
            ...(p.investmentTotal ? [`| Money up front | ${this.money(p.investmentTotal)} (${this.money(Math.round(p.annualisedInvestment ?? 0))} a year over the horizon) |`] : []),
            `| Fair share | ${this.money(p.fairShareTotal)} per year |`,
            `| Compensation | ${this.practiceCompensation(p)} |`,
            `| Expected autonomy | alone ${alone} · collective ${collective} · merger ${formatPercent(p.expectedMerger)} |`,
            '',
            verdict(p) + this.fragile(`paradox:${p.id}`),
            // Two standard errors of its estimated benefit could change the verdict: the figures, and what to do.
            ...(p.paradoxVerdictUncertain ? ['', paradoxDoubtWords(p, m => this.money(m))] : [])
        ];
        const estimated = estimatedInitiatives(this.result, p);
        if (estimated.length > 0) {
            const samples = [...new Set(estimated.map(i => formatCount(i.samples ?? 0)))].join(' or ');
            // Its benefit sums phi_i only where an initiative is shared fairly (and saves money).
            const fairly = estimated.some(i => i.sharing === 'fair' && !i.lossMaking);
            lines.push('', `Fair shares of ${estimated.map(i => md(i.title)).join(', ')} are Monte Carlo estimates (${samples} samples): `
                + `its fair share, compensation${fairly ? ' and net benefit' : ''} here are estimates; the initiative's hover gives each standard error.`);
        }
        if (p.initiatives.length === 0) {
            lines.push('', 'Takes part in no initiative.');
        }
        return lines.join('\n');
    }

    collective(id: string): string | undefined {
        const collective = this.model.collectives.find(c => c.id === id);
        if (!collective) {
            return undefined;
        }
        const practices = this.result.practices.filter(p => p.memberOf.includes(id));
        const population = practices.reduce((sum, p) => sum + p.listSize, 0);
        const lines = [
            `**${md(collective.title)}** · ${collective.kind} \`${collective.id}\``,
            '',
            `Members: ${collective.members.map(m => this.title(m)).join(', ') || 'none'}`,
            '',
            `Population: ${formatCount(population)} patients in ${practices.length} practice${practices.length === 1 ? '' : 's'}`,
            '',
            `Decision rule: ${collective.decisionRule ?? 'none stated (add `decides by consensus`)'}`
            + (collective.speaksForMembers ? ' · speaks for its members to system partners' : '')
        ];
        const rows = practices.map(p => this.trustRow(p, this.result.trust.find(t => t.practice === p.id && t.collective === id)));
        if (rows.length > 0) {
            lines.push('', `| Member | Trust (Green) | Clears ${this.result.settings.trustThreshold}? | Ready to cede |`, '|---|---|---|---|', ...rows);
        }
        const power = this.decisions?.votingPower?.find(p => p.collective === id);
        if (power && power.members.length > 0) {
            lines.push('', `Voting power (a decision needs ${formatCount(power.quota)} of ${formatCount(power.totalWeight)} votes):`, '',
                '| Member | Share of patients | Shapley-Shubik | Banzhaf | |', '|---|---|---|---|---|',
                ...power.members.map(m => `| ${this.title(m.member)} | ${formatPercent(m.listShare)} | ${formatPercent(m.shapleyShubik)} | ${formatPercent(m.banzhaf)} | ${[m.veto ? 'veto' : '', m.dummy ? 'dummy' : ''].filter(Boolean).join(', ')} |`));
            const shared = sharedPracticesSentence(power, member => this.title(member));
            if (shared) {
                lines.push('', shared);
            }
        }
        return lines.join('\n');
    }

    trust(practice: string, collective: string, components: string): string | undefined {
        const t = this.result.trust.find(entry => entry.practice === practice && entry.collective === collective);
        if (!t) {
            return undefined;
        }
        const threshold = this.result.settings.trustThreshold;
        const score = t.score === null ? 'no score' : `T = ${formatScore(t.score)}`;
        const clears = t.clearsThreshold === null ? 'unknown'
            : t.clearsThreshold ? `clears the threshold of ${threshold}` : `below the threshold of ${threshold}`;
        return [
            `**Trust** · ${this.title(practice)} → ${this.title(collective)}`,
            '',
            `Green's trust score ${score}: (credibility + reliability + intimacy) / self-orientation, from ${md(components)}.`,
            '',
            `${capitalise(clears)}. ${readiness(t)}`
        ].join('\n');
    }

    /** The best coalition of a loss-making initiative, claiming an optimum only when every coalition was compared. */
    private bestCoalition(best: { members: string[]; value: number; exhaustive: boolean }): string {
        const names = best.members.map(m => this.title(m)).join(' + ');
        const tried = 'not every coalition is tried above the exact limit';
        if (best.value > 0) {
            return best.exhaustive
                ? `the most valuable coalition is ${names} (saving ${this.money(best.value)})`
                : `of the coalitions tried, ${names} saves the most (${this.money(best.value)}; ${tried})`;
        }
        return best.exhaustive ? 'no coalition of its participants saves money' : `none of the coalitions tried saves money (${tried})`;
    }

    initiative(id: string): string | undefined {
        const i = this.result.initiatives.find(initiative => initiative.id === id);
        if (!i) {
            return undefined;
        }
        const lines = [
            `**${md(i.title)}** · initiative \`${i.id}\`${i.collective ? `, run by ${this.title(i.collective)}` : ''}`,
            '',
            `Net saving: ${this.money(i.netSaving)} per year (${this.money(i.totalCurrentCost)} today against a shared cost of ${this.money(i.sharedCost)})`,
            '',
            `Fair shares: ${method(i)} · shared ${i.sharing === 'fair' ? 'fairly' : 'as charged'}`,
            '',
            `Outcome: ${outcome(i, id => this.titleOf(id))}${this.fragile(`outcome:${i.id}`)}${this.fragile(`charged-core:${i.id}`)}`
        ];
        if (i.lossMaking && i.bestCoalition) {
            lines.push('', `It costs the group more than it saves; ${this.bestCoalition(i.bestCoalition)}.`);
        }
        if (i.shares.length > 0) {
            lines.push('', '| Participant | Charged | Realised benefit | Fair share | Compensation |', '|---|---|---|---|---|');
            for (const s of i.shares) {
                lines.push(`| ${this.title(s.practice)} | ${this.money(s.charge)} | ${this.money(s.realisedBenefit)} | ${this.money(s.fairShare)}${s.fairShareStandardError !== undefined ? ` ± ${this.money(s.fairShareStandardError)}` : ''} | ${this.compensation(s.compensation)} |`);
            }
        }
        lines.push(...investmentHover(i, this.result.settings.horizonYears, id => this.title(id), minor => this.money(minor)));
        lines.push(...this.decisionLines(id));
        return lines.join('\n');
    }

    /** Sharing rules side by side and the deal's one line, from the decision-support analysis. */
    private decisionLines(id: string): string[] {
        const i = this.decisions?.initiatives.find(initiative => initiative.id === id);
        if (!i) {
            return [];
        }
        const lines: string[] = [];
        if (i.sharingRules?.status === 'computed') {
            lines.push('', `| Sharing rule | ${i.participants.map(p => this.title(p)).join(' | ')} | In core |`, `|---|${i.participants.map(() => '---|').join('')}---|`);
            for (const r of i.sharingRules.rules) {
                const gains = r.gains ? r.gains.map(g => this.money(g)) : i.participants.map(() => '-');
                const core = r.status !== 'computed' ? `not computed: ${md(r.reason ?? '')}` : r.inCore === null || r.inCore === undefined ? 'not checked' : r.inCore ? 'yes' : 'no';
                lines.push(`| ${SHARING_RULE_LABELS[r.rule]} | ${gains.join(' | ')} | ${core} |`);
            }
        }
        if (i.deal) {
            const money = i.deal.status === 'deal' ? ` (${this.money(i.deal.moneyMoved)} a year moved; the fair-share compensation moves ${this.money(i.deal.fairCompensationMoved)})` : '';
            lines.push('', `**The deal:** ${md(i.deal.consensus.sentence)}${money}`);
            if (i.deal.levers.length > 0) {
                lines.push('', ...i.deal.levers.map(l => `- ${md(l.sentence)}`));
            }
        }
        return lines;
    }

    merger(id: string): string | undefined {
        const m = this.result.mergers.find(merger => merger.id === id);
        if (!m) {
            return undefined;
        }
        return [
            `**${md(m.title)}** · merger \`${m.id}\``,
            '',
            `Saving ${this.money(m.saving)} per year, shared by list size: ${m.shares.map(s => `${this.title(s.practice)} ${this.money(s.share)}`).join(', ')}.`,
            '',
            'A merger ends the autonomy of every merging practice (expected autonomy 0%), whatever the saving.'
        ].join('\n');
    }

    partner(id: string): string | undefined {
        const p = this.result.partners.find(partner => partner.id === id);
        if (!p) {
            return undefined;
        }
        const figures = (f: { units: number; averagePopulation: number; relationships: number }) =>
            `${formatCount(f.relationships, 1)} relationships (${formatCount(f.units)} unit${f.units === 1 ? '' : 's'} averaging ${formatCount(f.averagePopulation)} patients)`;
        return [
            `**${md(p.title)}** · system partner \`${p.id}\` serving ${formatCount(p.population)} patients`,
            '',
            `Before: ${figures(p.before)}`,
            '',
            `After: ${figures(p.after)}`,
            '',
            `Effective (a collective speaks only for the practices that trust it enough): ${figures(p.effective)}`
        ].join('\n');
    }

    private trustRow(p: PracticeAnalysis, t: TrustAnalysis | undefined): string {
        if (!t || t.score === null) {
            return `| ${md(p.title)} | no trust statement | unknown | unknown (counted as not ready) |`;
        }
        const ready = t.ready === null ? 'unknown' : t.ready ? 'yes' : 'no';
        return `| ${md(p.title)} | ${formatScore(t.score)} | ${t.clearsThreshold ? 'yes' : 'no'} | ${ready} |`;
    }

    /** Both sides when it receives on one initiative and pays on another: the net alone could read "none needed". */
    private practiceCompensation(p: PracticeAnalysis): string {
        const sides = compensationSides(this.result, p);
        if (sides.receive > 0 && sides.pay > 0) {
            return `should receive ${this.money(sides.receive)} and pay ${this.money(sides.pay)} per year across its initiatives (net ${this.money(p.compensationTotal)})`;
        }
        return this.compensation(p.compensationTotal);
    }

    private compensation(amount: number): string {
        if (Math.round(amount) === 0) {
            return 'none needed';
        }
        return amount > 0 ? `should receive ${this.money(amount)} per year` : `should pay ${this.money(-amount)} per year`;
    }

    /** " **Fragile**: <nearest flip>." when the verdict flips within 10% of an input (DOMAIN.md item 16); nothing otherwise. */
    private fragile(verdictId: string): string {
        const v = this.sensitivity?.verdicts.find(x => x.id === verdictId);
        if (!v?.fragile || !this.sensitivity) {
            return '';
        }
        const flip = nearestFlip(v, new Map(this.sensitivity.inputs.map(i => [i.id, i])), this.currency);
        return `\n\n**Fragile** (${md(v.subject)}): ${md(flip ?? 'an input moving by 10% flips it')}.`;
    }

    /** An amount in the model's currency, whose symbol is model text. */
    private money(minor: number): string {
        return md(formatMoney(minor, this.currency));
    }

    /** A practice's or collective's title, escaped for Markdown. */
    private title(id: string): string {
        return md(this.titleOf(id));
    }

    private titleOf(id: string): string {
        return this.result.practices.find(p => p.id === id)?.title
            ?? this.model.collectives.find(c => c.id === id)?.title
            ?? id;
    }
}

const ESTIMATED_VERDICT: Readonly<Record<PracticeAnalysis['paradoxVerdict'], string>> = {
    'better-ceding': 'would raise its expected autonomy',
    'no-difference': 'would make no difference to its expected autonomy',
    'better-alone': 'would not raise its expected autonomy'
};

function verdict(p: PracticeAnalysis): string {
    const { alone: from, collective: to } = practicePercents(p);
    if (p.paradoxVerdictUncertain) {
        // On estimates near the tie the verdict is what the estimates give, not a settled one (paradoxDoubtWords says why).
        return `**On the estimated fair shares, ceding ${ESTIMATED_VERDICT[p.paradoxVerdict]}** (${from} alone, ${to} in the collective), but that is uncertain.`;
    }
    switch (p.paradoxVerdict) {
        case 'better-ceding':
            return `**Ceding raises its expected autonomy** (${from} alone → ${to} in the collective): the paradox is resolved for it.`;
        case 'no-difference':
            return `**Ceding makes no difference to its expected autonomy** (${from} alone and in the collective) as modelled.`;
        case 'better-alone':
            return `**Ceding does not raise its expected autonomy** (${from} alone, ${to} in the collective): it is better off alone as modelled.`;
    }
}

function readiness(t: TrustAnalysis): string {
    if (t.ready === null) {
        return 'Readiness to cede is unknown (counted as not ready).';
    }
    if (t.ready) {
        return 'Ready to cede: it trusts the collective enough and its partners believe going alone is unsustainable.';
    }
    return t.believesAloneUnsustainable
        ? 'Not ready to cede: it does not trust the collective enough.'
        : 'Not ready to cede: its partners do not believe going alone is unsustainable.';
}

function method(i: InitiativeAnalysis): string {
    return i.method === 'exact'
        ? `exact (Shapley value over all ${2 ** i.participants.length} coalitions)`
        : `Monte Carlo estimate (${formatCount(i.samples ?? 0)} samples, seed ${i.seed ?? 'default'})`;
}

/** "proceeds", "blocked by X, Y", or "unpredictable", then the analysis's own sentence: Markdown, model text escaped. */
export function outcome(i: InitiativeAnalysis, rawTitleOf: (id: string) => string = id => id): string {
    const o = i.outcome;
    // A part that rests on an estimate within two standard errors of zero is marked; so is a verdict it could change.
    const doubt = new Set(o.uncertain ?? []);
    const titleOf = (id: string) => md(rawTitleOf(id)) + (doubt.has(id) && !o.proceedsUncertain ? ' (on the estimate only)' : '');
    const open = o.proceedsUncertain === true;
    const head = o.proceeds === null ? 'cannot be predicted'
        : o.proceeds ? `${open ? 'would proceed' : 'proceeds'} under ${o.rule}`
            : o.blockers.length > 0 ? `${open ? 'may be blocked' : 'blocked'} by ${o.blockers.map(titleOf).join(', ')}`
                : `${open ? 'would not proceed' : 'does not proceed'} under ${o.rule}`;
    const risks = o.defectionRisks.length > 0 ? ` · defection risk: ${o.defectionRisks.map(titleOf).join(', ')}` : '';
    return `**${head}${open ? ' on the estimated fair shares (uncertain)' : ''}**${risks}. ${md(o.explanation)}`;
}

function formatScore(score: number): string {
    return Number(score.toFixed(2)).toString();
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
